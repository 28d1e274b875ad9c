package io.github.methodbank.docx.internal.wml;

import java.util.Locale;

/**
 * The styles the workshop document uses, by role. Without a template they are defined here
 * and written as they are; with a template, the template's own style of the same name is used
 * and only missing ones are added (see {@link Template}).
 */
public final class StyleSheet {

    /** Page content width in twentieths of a point: A4 less 2 cm margins on both sides. */
    public static final int CONTENT_WIDTH = 9638;

    /** A style the document uses: its id in our style sheet and its Word name. */
    public enum Role {
        NORMAL("Normal", "Normal"),
        TITLE("Title", "Title"),
        SUBTITLE("Subtitle", "Subtitle"),
        HEADING1("Heading1", "heading 1"),
        HEADING2("Heading2", "heading 2"),
        HEADING3("Heading3", "heading 3"),
        HEADING4("Heading4", "heading 4"),
        HEADING5("Heading5", "heading 5"),
        HEADING6("Heading6", "heading 6"),
        LIST_BULLET("ListBullet", "List Bullet"),
        LIST_NUMBER("ListNumber", "List Number"),
        HEADER("Header", "header"),
        FOOTER("Footer", "footer"),
        TABLE_TEXT("TableText", "Table Text"),
        TABLE_HEADING("TableHeading", "Table Heading"),
        PATH_TEXT("PathText", "Path Text"),
        PATH_HEADING("PathHeading", "Path Heading"),
        PATH_MARK("PathMark", "Path Mark"),
        FILL_IN("FillIn", "Fill-in Field"),
        FILLED_IN("FilledIn", "Filled-in Text"),
        HYPERLINK("Hyperlink", "Hyperlink"),
        PLACEHOLDER("PlaceholderText", "Placeholder Text"),
        STRONG("Strong", "Strong"),
        CODE("HTMLCode", "HTML Code"),
        TABLE_GRID("TableGrid", "Table Grid");

        public final String id;
        public final String wordName;

        Role(String id, String wordName) {
            this.id = id;
            this.wordName = wordName;
        }
    }

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String FONT = "<w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:eastAsia=\"Arial\" w:cs=\"Arial\"/>";

    private static final String XML = """
            <w:styles xmlns:w="%W%">
              <w:docDefaults>
                <w:rPrDefault><w:rPr>%FONT%<w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="en-GB" w:eastAsia="en-GB" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
                <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault>
              </w:docDefaults>
              <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
              <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>
              <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/>
                <w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
              <w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:semiHidden/></w:style>
              <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
                <w:pPr><w:spacing w:before="0" w:after="240" w:line="240" w:lineRule="auto"/><w:contextualSpacing/><w:outlineLvl w:val="9"/></w:pPr>
                <w:rPr><w:b/><w:bCs/><w:color w:val="1F3864"/><w:kern w:val="28"/><w:sz w:val="52"/><w:szCs w:val="52"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
                <w:pPr><w:spacing w:after="360"/></w:pPr>
                <w:rPr><w:color w:val="595959"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>
                <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr>
                <w:rPr><w:b/><w:bCs/><w:color w:val="1F3864"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>
                <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr>
                <w:rPr><w:b/><w:bCs/><w:color w:val="2E5597"/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>
                <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="200" w:after="60"/><w:outlineLvl w:val="2"/></w:pPr>
                <w:rPr><w:b/><w:bCs/><w:color w:val="1F3864"/><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:styleId="Heading4"><w:name w:val="heading 4"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>
                <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="160" w:after="40"/><w:outlineLvl w:val="3"/></w:pPr>
                <w:rPr><w:b/><w:bCs/><w:i/><w:iCs/><w:color w:val="1F3864"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:styleId="Heading5"><w:name w:val="heading 5"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>
                <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="120" w:after="40"/><w:outlineLvl w:val="4"/></w:pPr>
                <w:rPr><w:b/><w:bCs/><w:color w:val="2E5597"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:styleId="Heading6"><w:name w:val="heading 6"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>
                <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="120" w:after="40"/><w:outlineLvl w:val="5"/></w:pPr>
                <w:rPr><w:i/><w:iCs/><w:color w:val="2E5597"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/>
                <w:pPr><w:numPr><w:numId w:val="%NUMID%"/></w:numPr><w:spacing w:after="60"/><w:ind w:left="360" w:hanging="360"/></w:pPr></w:style>
              <w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/>
                <w:pPr><w:spacing w:after="60"/><w:ind w:left="360" w:hanging="360"/></w:pPr></w:style>
              <w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/>
                <w:pPr><w:tabs><w:tab w:val="center" w:pos="4819"/><w:tab w:val="right" w:pos="9638"/></w:tabs><w:spacing w:after="0"/></w:pPr>
                <w:rPr><w:color w:val="595959"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/>
                <w:pPr><w:tabs><w:tab w:val="center" w:pos="4819"/><w:tab w:val="right" w:pos="9638"/></w:tabs><w:spacing w:after="0"/></w:pPr>
                <w:rPr><w:color w:val="595959"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:customStyle="1" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:qFormat/>
                <w:pPr><w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/></w:pPr></w:style>
              <w:style w:type="paragraph" w:customStyle="1" w:styleId="TableHeading"><w:name w:val="Table Heading"/><w:basedOn w:val="TableText"/><w:qFormat/>
                <w:pPr><w:keepNext/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>
              <w:style w:type="paragraph" w:customStyle="1" w:styleId="PathText"><w:name w:val="Path Text"/><w:basedOn w:val="TableText"/><w:qFormat/>
                <w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:customStyle="1" w:styleId="PathHeading"><w:name w:val="Path Heading"/><w:basedOn w:val="TableHeading"/><w:qFormat/>
                <w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:customStyle="1" w:styleId="PathMark"><w:name w:val="Path Mark"/><w:basedOn w:val="TableText"/><w:qFormat/>
                <w:pPr><w:jc w:val="center"/></w:pPr></w:style>
              <w:style w:type="paragraph" w:customStyle="1" w:styleId="FillIn"><w:name w:val="Fill-in Field"/><w:basedOn w:val="TableText"/><w:qFormat/>
                <w:rPr><w:color w:val="808080"/></w:rPr></w:style>
              <w:style w:type="character" w:customStyle="1" w:styleId="FilledIn"><w:name w:val="Filled-in Text"/><w:basedOn w:val="DefaultParagraphFont"/><w:qFormat/>
                <w:rPr><w:color w:val="auto"/></w:rPr></w:style>
              <w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/>
                <w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>
              <w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/>
                <w:rPr><w:color w:val="808080"/></w:rPr></w:style>
              <w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="22"/><w:qFormat/>
                <w:rPr><w:b/><w:bCs/></w:rPr></w:style>
              <w:style w:type="character" w:styleId="HTMLCode"><w:name w:val="HTML Code"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
                <w:rPr><w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:eastAsia="Courier New" w:cs="Courier New"/><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>
              <w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/>
                <w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
                <w:tblPr><w:tblBorders>
                  <w:top w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:left w:val="single" w:sz="4" w:space="0" w:color="808080"/>
                  <w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:right w:val="single" w:sz="4" w:space="0" w:color="808080"/>
                  <w:insideH w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="808080"/>
                </w:tblBorders></w:tblPr></w:style>
            </w:styles>
            """.replace("%W%", W).replace("%FONT%", FONT);

    /** What precedes and follows the document language in {@link #XML} (w:docDefaults/w:rPrDefault/w:lang/@w:val). */
    private static final String[] AROUND_LANGUAGE = XML.split("<w:lang w:val=\"en-GB\" w:eastAsia=\"en-GB\" w:bidi=\"ar-SA\"", -1);

    static {
        if (AROUND_LANGUAGE.length != 2) {
            throw new IllegalStateException("the built-in style sheet must set the language once");
        }
    }

    private static final byte[] BEFORE_LANGUAGE = (XmlWriter.DECLARATION + AROUND_LANGUAGE[0])
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    private static final byte[] AFTER_LANGUAGE = AROUND_LANGUAGE[1].replace("%NUMID%", "1")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private StyleSheet() {}

    /** Our style sheet with List Bullet pointing at the bullet numbering {@code bulletNumId}; the language still en-GB. */
    public static String xml(int bulletNumId) {
        return XML.replace("%NUMID%", Integer.toString(bulletNumId));
    }

    /**
     * Writes the styles part: our style sheet with the document language {@code wordLang} (also as
     * the language of right-to-left text when it is written right to left) and List Bullet on
     * numbering 1.
     */
    public static void write(XmlWriter out, String wordLang) {
        out.bytes(BEFORE_LANGUAGE);
        out.raw("<w:lang w:val=\"").attr(wordLang).raw("\" w:eastAsia=\"en-GB\" w:bidi=\"")
                .attr(Wml.rightToLeft(wordLang) ? wordLang : "ar-SA").raw("\"");
        out.bytes(AFTER_LANGUAGE);
    }

    /** The Word language name for a BCP 47 tag: fi → fi-FI, sv → sv-SE, en → en-GB, ar → ar-SA …, others as given. */
    public static String wordLanguage(String tag) {
        if (tag.contains("-")) {
            return tag;
        }
        return switch (tag.toLowerCase(Locale.ROOT)) {
            case "fi" -> "fi-FI";
            case "sv" -> "sv-SE";
            case "en" -> "en-GB";
            case "ar" -> "ar-SA";
            case "he" -> "he-IL";
            case "fa" -> "fa-IR";
            case "ur" -> "ur-PK";
            default -> tag;
        };
    }
}
