package io.github.methodbank.docx.internal.wml;

/** Namespaces, relationship types and content types of WordprocessingML packages (ECMA-376, transitional). */
public final class Ooxml {

    /** The WordprocessingML main namespace. */
    public static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** The namespace of relationship ids in parts. */
    public static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /** The main part of a document. */
    public static final String DOCUMENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    /** The main part of a template. */
    public static final String TEMPLATE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";

    /** The prefix of the relationship types of office documents. */
    public static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    /** Package to main part. */
    public static final String OFFICE_DOCUMENT = R + "officeDocument";
    /** A hyperlink's target. */
    public static final String HYPERLINK = R + "hyperlink";
    /** The style sheet. */
    public static final String STYLES = R + "styles";
    /** The numbering definitions. */
    public static final String NUMBERING = R + "numbering";
    /** The document settings. */
    public static final String SETTINGS = R + "settings";
    /** A header. */
    public static final String HEADER = R + "header";
    /** A footer. */
    public static final String FOOTER = R + "footer";
    /** Package to custom properties. */
    public static final String CUSTOM_PROPERTIES = R + "custom-properties";

    private Ooxml() {}
}
