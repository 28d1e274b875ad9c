package io.github.methodbank.docx.internal.template;

import io.github.methodbank.docx.internal.wml.Ooxml;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a workshop document takes from a template, decided by allow-lists: which relationships
 * each kind of part may keep (and the content type their target must have), and which fields a
 * header or footer may hold. Everything else is left out, with one warning per kind; the kinds
 * named here only make those warnings readable.
 */
final class TemplatePolicy {

    static final String R = Ooxml.R;
    static final String CT = "application/vnd.openxmlformats-officedocument.";
    static final String WML = CT + "wordprocessingml.";
    static final String THEME = R + "theme";
    static final String FONT_TABLE = R + "fontTable";
    static final String WEB_SETTINGS = R + "webSettings";
    static final String FOOTNOTES = R + "footnotes";
    static final String ENDNOTES = R + "endnotes";
    static final String IMAGE = R + "image";
    static final String FONT = R + "font";
    static final String STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects";

    /** The main part's relationships kept besides styles, numbering and settings, with their targets' content types. */
    static final Map<String, String> MAIN = Map.of(
            Ooxml.HEADER, WML + "header+xml",
            Ooxml.FOOTER, WML + "footer+xml",
            THEME, CT + "theme+xml",
            FONT_TABLE, WML + "fontTable+xml",
            WEB_SETTINGS, WML + "webSettings+xml",
            FOOTNOTES, WML + "footnotes+xml",
            ENDNOTES, WML + "endnotes+xml",
            STYLES_WITH_EFFECTS, "application/vnd.ms-word.stylesWithEffects+xml");

    /** The content types of the parts whose text may hold fields, pictures and objects: they are filtered. */
    static final Set<String> STORIES = Set.of(WML + "header+xml", WML + "footer+xml", WML + "footnotes+xml",
            WML + "endnotes+xml");

    /**
     * The fields a header, footer or note may keep: they show page numbers, dates, document
     * properties and references within the document. Fields that fetch something (INCLUDEPICTURE,
     * INCLUDETEXT, LINK, DDE, DDEAUTO, IMPORT, HYPERLINK …) or run something (MACROBUTTON, AUTOTEXT,
     * DATABASE, MERGEFIELD …) are not on it.
     */
    static final Set<String> FIELDS = Set.of("PAGE", "NUMPAGES", "SECTIONPAGES", "SECTION", "DATE", "TIME",
            "CREATEDATE", "SAVEDATE", "PRINTDATE", "EDITTIME", "TITLE", "SUBJECT", "AUTHOR", "LASTSAVEDBY", "KEYWORDS",
            "COMMENTS", "DOCPROPERTY", "FILENAME", "STYLEREF", "REF", "PAGEREF", "NOTEREF", "SEQ", "SYMBOL", "NUMWORDS",
            "NUMCHARS", "REVNUM", "USERNAME", "USERINITIALS");

    private TemplatePolicy() {}

    /**
     * The relationship types a copied part of {@code contentType} may keep, with the content types
     * their targets must have ({@code "image/"}: any image); external ones only for hyperlinks.
     */
    static Map<String, String> allowed(String contentType) {
        if (STORIES.contains(contentType)) {
            return Map.of(IMAGE, "image/", Ooxml.HYPERLINK, "");
        }
        if (contentType.equals(CT + "theme+xml")) {
            return Map.of(IMAGE, "image/");
        }
        if (contentType.equals(WML + "fontTable+xml")) {
            return Map.of(FONT, "application/vnd.openxmlformats-officedocument.obfuscatedFont");
        }
        if (contentType.equals(WML + "numbering+xml")) {
            return Map.of(IMAGE, "image/");
        }
        return Map.of();
    }

    /** Whether a part's content type is what its relationship allows. */
    static boolean fits(String required, String contentType) {
        if (required.isEmpty()) {
            return true;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return required.endsWith("/") ? type.startsWith(required) && !type.contains("xml") : type.equals(required);
    }

    /** What a left-out relationship brought, in words for the warning. */
    static String kind(String relType, String target, boolean external) {
        String t = relType.toLowerCase(Locale.ROOT);
        String file = target.toLowerCase(Locale.ROOT);
        if (t.contains("vbaproject") || t.contains("vbadata") || file.endsWith(".bin") && file.contains("vba")
                || t.contains("keymapcustomizations") || t.contains("wordvbadata")) {
            return "macros (a VBA project)";
        }
        if (t.contains("control") || t.contains("activex") || file.contains("activex")) {
            return "ActiveX controls";
        }
        if (t.endsWith("/oleobject") || t.endsWith("/package") || t.contains("embed") || file.contains("embeddings/")) {
            return "OLE objects and embedded files";
        }
        if (t.endsWith("/attachedtemplate")) {
            return "a link to an attached template";
        }
        if (t.contains("mailmerge") || t.contains("recipientdata")) {
            return "a mail-merge data source";
        }
        if (t.endsWith("/glossarydocument")) {
            return "building blocks (the glossary)";
        }
        if (t.endsWith("/customxml")) {
            return "custom XML data";
        }
        if (external) {
            return "links to other files or web addresses, which Word would fetch";
        }
        return "parts a workshop document does not use (" + relType.substring(relType.lastIndexOf('/') + 1) + ")";
    }
}
