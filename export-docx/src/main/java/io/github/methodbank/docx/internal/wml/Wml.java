package io.github.methodbank.docx.internal.wml;

import io.github.methodbank.core.export.TextDirection;

/**
 * The WordprocessingML building blocks of a document body: paragraphs, runs, headings, bullet
 * items, tables, content controls, hyperlinks and pictures, each written as XML text at the end
 * of the body in document order. One per document; not thread-safe.
 *
 * <p>A paragraph is opened with {@link #pStart} and written with its first run (see
 * {@link #open}), whose text decides the paragraph's direction. Texts passed in must hold only
 * characters XML allows (the workshop writer cleans them first); labels do.
 *
 * <p>Somewhat over 500 lines on purpose: paragraphs, runs and tables share the state of the
 * paragraph waiting for its first run and of the table being written (its column widths, its
 * row count), and keeping them in one class keeps that state private to it.
 */
public final class Wml {

    private static final String HEADER_SHADE = "E7E6E6";

    private final XmlWriter x;
    private final WordPackage pkg;
    /** Whether the document's language is written right to left: its tables' columns then run from the right. */
    private final boolean rightToLeftDocument;
    /** Whether a template's styles are in use: a left-to-right paragraph then says so. */
    private final boolean templated;
    private final String[] styleIds;
    private final Numbering numbering;
    /**
     * The paragraph opened by {@link #pStart} and not yet written: its properties go out with its
     * first run, whose text decides the paragraph's direction. Null when none is waiting.
     */
    private StyleSheet.Role pendingRole;
    private boolean pendingPageBreak;
    /** The numbering of the waiting paragraph (0 for none), its level, and its left indent (0 for none). */
    private int pendingNumId;
    private int pendingLevel;
    private int pendingIndent;
    private int nextSdtId = 1;
    private int nextDrawingId = 1;
    /** This document's content width in twentieths of a point. */
    private final int width;
    /** The Word language of the runs being written when it is not the document's (a fallback text), else null. */
    private String runLanguage;
    /** The column widths of the table being written, and how many rows it has so far. */
    private int[] columns;
    private int rows;

    /**
     * A body writer.
     *
     * @param x where the body goes
     * @param pkg the package, for hyperlinks' relationships
     * @param styleIds the style id of each {@link StyleSheet.Role}, by ordinal
     * @param numbering the document's lists
     * @param width the content width in twentieths of a point
     * @param rightToLeftDocument whether the document's language runs right to left
     * @param templated whether a template's styles are in use
     */
    public Wml(XmlWriter x, WordPackage pkg, String[] styleIds, Numbering numbering, int width, boolean rightToLeftDocument,
            boolean templated) {
        this.x = x;
        this.pkg = pkg;
        this.styleIds = styleIds;
        this.numbering = numbering;
        this.width = width;
        this.rightToLeftDocument = rightToLeftDocument;
        this.templated = templated;
    }

    /** Whether a paragraph starting with this text runs right to left (text without direction does not). */
    public static boolean rightToLeftText(String text) {
        return TextDirection.of(text) == TextDirection.RIGHT_TO_LEFT;
    }

    /** Whether a language (a BCP 47 tag) is written right to left. */
    public static boolean rightToLeft(String language) {
        return TextDirection.ofLanguage(language) == TextDirection.RIGHT_TO_LEFT;
    }

    /** The XML being written. */
    public XmlWriter xml() {
        return x;
    }

    /** A cell's left and right margins together, in twentieths of a point (the Normal Table style's). */
    public static final int CELL_MARGINS = 2 * 108;

    /** The content width in twentieths of a point. */
    public int width() {
        return width;
    }

    /** The style id of a role. */
    public String style(StyleSheet.Role role) {
        return styleIds[role.ordinal()];
    }

    // ---------------------------------------------------------------- paragraphs

    /** Opens a paragraph in the style (Normal: no style reference); it is written with its first run. */
    public void pStart(StyleSheet.Role role) {
        pendingRole = role;
        pendingPageBreak = false;
        pendingNumId = 0;
        pendingIndent = 0;
    }

    /** Opens an item of a list: numbering {@code numId} at {@code level} (0 to 8). */
    public void listItemStart(StyleSheet.Role role, int numId, int level) {
        pStart(role);
        pendingNumId = numId;
        pendingLevel = level;
    }

    /** Opens a paragraph indented {@code left} twentieths of a point, such as a list item's second paragraph. */
    public void indentedStart(StyleSheet.Role role, int left) {
        pStart(role);
        pendingIndent = left;
    }

    /**
     * Marks the runs written from now on with a language other than the document's (a text the
     * bank has only in another language), or with none again when {@code wordLanguage} is null.
     */
    public void runLanguage(String wordLanguage) {
        runLanguage = wordLanguage;
    }

    private void language() {
        x.raw("<w:lang w:val=\"").attr(runLanguage).raw("\"/>");
    }

    /** The document's lists. */
    public Numbering numbering() {
        return numbering;
    }

    /**
     * Writes the waiting paragraph's start and properties: right to left when {@code firstText}
     * (the paragraph's first run) starts with right-to-left text; without text of its own (an empty
     * cell, a fill-in field) in the direction of the document's language.
     */
    public void open(String firstText) {
        StyleSheet.Role role = pendingRole;
        if (role == null) {
            return;
        }
        pendingRole = null;
        boolean rtl = firstText == null ? rightToLeftDocument : rightToLeftText(firstText);
        String direction = direction(rtl);
        if (role == StyleSheet.Role.NORMAL && direction.isEmpty() && pendingIndent == 0) {
            x.raw("<w:p>");
            return;
        }
        x.raw("<w:p><w:pPr>");
        if (role != StyleSheet.Role.NORMAL) {
            x.raw("<w:pStyle w:val=\"").attr(style(role)).raw("\"/>");
        }
        if (pendingPageBreak) {
            x.raw("<w:pageBreakBefore/>");
        }
        if (pendingNumId > 0) {
            x.raw("<w:numPr><w:ilvl w:val=\"").num(pendingLevel).raw("\"/><w:numId w:val=\"").num(pendingNumId)
                    .raw("\"/></w:numPr>");
        }
        x.raw(direction);
        if (pendingIndent > 0) {
            x.raw("<w:ind w:left=\"").num(pendingIndent).raw("\"/>");
        }
        x.raw("</w:pPr>");
    }

    /**
     * The paragraph property for a direction: {@code <w:bidi/>} right to left; left to right,
     * {@code <w:bidi w:val="0"/>} where styles could say otherwise (a template's, or ours in a
     * right-to-left document), else nothing.
     */
    public String direction(boolean rightToLeft) {
        if (rightToLeft) {
            return "<w:bidi/>";
        }
        return templated || rightToLeftDocument ? "<w:bidi w:val=\"0\"/>" : "";
    }

    /** Closes the paragraph (writing it first if it has no run). */
    public void pEnd() {
        open(null);
        x.raw("</w:p>");
    }

    /** A paragraph of one run holding the text. */
    public void paragraph(StyleSheet.Role role, String text) {
        pStart(role);
        run(text);
        pEnd();
    }

    /** A paragraph without text. */
    public void emptyParagraph(StyleSheet.Role role) {
        pStart(role);
        pEnd();
    }

    /** The heading style of a level, 1 to 6 (deeper levels get Heading 6). */
    public static StyleSheet.Role headingRole(int level) {
        return switch (level) {
            case 1 -> StyleSheet.Role.HEADING1;
            case 2 -> StyleSheet.Role.HEADING2;
            case 3 -> StyleSheet.Role.HEADING3;
            case 4 -> StyleSheet.Role.HEADING4;
            case 5 -> StyleSheet.Role.HEADING5;
            default -> StyleSheet.Role.HEADING6;
        };
    }

    /** A heading of level 1 to 6, starting a new page when asked. */
    public void heading(int level, String text, boolean pageBreakBefore) {
        pStart(headingRole(level));
        pendingPageBreak = pageBreakBefore;
        run(text);
        pEnd();
    }

    /** Opens an item of the bullet list: the List Bullet style and the bullet numbering. */
    public void bulletStart() {
        listItemStart(StyleSheet.Role.LIST_BULLET, numbering.bulletNumId(), 0);
    }

    /** A bullet item of one run. */
    public void bullet(String text) {
        bulletStart();
        run(text);
        pEnd();
    }

    /** An empty paragraph without space after it, between tables. */
    public void spacer() {
        x.raw("<w:p><w:pPr><w:spacing w:after=\"0\"/></w:pPr></w:p>");
    }

    // ---------------------------------------------------------------- runs

    /** A line break in the open paragraph. */
    public void lineBreak() {
        open(null);
        x.raw("<w:r><w:br/></w:r>");
    }

    /** A run with the text, line breaks as Word line breaks. */
    public void run(String text) {
        open(text);
        x.raw("<w:r>");
        if (runLanguage != null) {
            x.raw("<w:rPr>");
            language();
            x.raw("</w:rPr>");
        }
        runText(x, text);
        x.raw("</w:r>");
    }

    /** A run in a character style. */
    public void styledRun(StyleSheet.Role role, String text) {
        open(text);
        x.raw("<w:r><w:rPr><w:rStyle w:val=\"").attr(style(role)).raw("\"/>");
        if (runLanguage != null) {
            language();
        }
        x.raw("</w:rPr>");
        runText(x, text);
        x.raw("</w:r>");
    }

    /** The content of a run: w:t per line (spaces at either end kept), w:br between lines. */
    public static void runText(XmlWriter out, String text) {
        int from = 0;
        int n = text.length();
        while (from <= n) {
            int nl = text.indexOf('\n', from);
            int end = nl < 0 ? n : nl;
            if (end > from) {
                boolean keep = Character.isWhitespace(text.charAt(from)) || Character.isWhitespace(text.charAt(end - 1));
                out.raw(keep ? "<w:t xml:space=\"preserve\">" : "<w:t>");
                out.text(end == n && from == 0 ? text : text.substring(from, end));
                out.raw("</w:t>");
            }
            if (nl < 0) {
                return;
            }
            out.raw("<w:br/>");
            from = nl + 1;
        }
    }

    /**
     * A run of rich text: bold and italic (also in their complex-script forms, which Word uses for
     * Arabic, Hebrew …), in a character style (code, a hyperlink) when {@code role} is not null.
     */
    public void formattedRun(String text, boolean bold, boolean italic, StyleSheet.Role role) {
        formattedRun(text, bold, italic, role, 0);
    }

    /** A run as {@link #formattedRun(String, boolean, boolean, StyleSheet.Role)}, {@code halfPoints} large (0: as styled). */
    public void formattedRun(String text, boolean bold, boolean italic, StyleSheet.Role role, int halfPoints) {
        open(text);
        x.raw("<w:r>");
        if (bold || italic || role != null || halfPoints > 0 || runLanguage != null) {
            x.raw("<w:rPr>");
            if (role != null) {
                x.raw("<w:rStyle w:val=\"").attr(style(role)).raw("\"/>");
            }
            if (bold) {
                x.raw("<w:b/><w:bCs/>");
            }
            if (italic) {
                x.raw("<w:i/><w:iCs/>");
            }
            if (halfPoints > 0) {
                x.raw("<w:sz w:val=\"").num(halfPoints).raw("\"/><w:szCs w:val=\"").num(halfPoints).raw("\"/>");
            }
            if (runLanguage != null) {
                language();
            }
            x.raw("</w:rPr>");
        }
        runText(x, text);
        x.raw("</w:r>");
    }

    /** A label in bold, a colon, and the value. */
    public void labelled(String label, String value) {
        styledRun(StyleSheet.Role.STRONG, label + ": ");
        run(value);
    }

    /** Opens a hyperlink to {@code url} in the open paragraph; its runs follow, then {@link #hyperlinkEnd()}. */
    public void hyperlinkStart(String url, String firstText) {
        String id = pkg.relate(Ooxml.HYPERLINK, url, true);
        open(firstText);
        x.raw("<w:hyperlink r:id=\"").attr(id).raw("\">");
    }

    /** Closes a hyperlink. */
    public void hyperlinkEnd() {
        x.raw("</w:hyperlink>");
    }

    /**
     * A plain-text content control with placeholder text, in the open paragraph. Word shows
     * the placeholder in the Placeholder Text style and formats what is typed with the
     * control's own style; the paragraph should have the Fill-in Field style.
     */
    public void contentControl(String tag, String alias, String placeholder, boolean multiLine) {
        // text typed into the control: not grey like the placeholder (the paragraph's style greys the
        // placeholder for readers that ignore run formatting inside controls); what is typed there
        // runs in the document's direction, whatever the language of the placeholder
        open(null);
        x.raw("<w:sdt><w:sdtPr><w:rPr><w:rStyle w:val=\"").attr(style(StyleSheet.Role.FILLED_IN)).raw("\"/></w:rPr>")
                .raw("<w:alias w:val=\"").attr(alias).raw("\"/><w:tag w:val=\"").attr(tag).raw("\"/>")
                .raw("<w:id w:val=\"").num(nextSdtId++).raw("\"/><w:showingPlcHdr/>")
                .raw(multiLine ? "<w:text w:multiLine=\"true\"/>" : "<w:text/>")
                .raw("</w:sdtPr><w:sdtContent>");
        styledRun(StyleSheet.Role.PLACEHOLDER, placeholder);
        x.raw("</w:sdtContent></w:sdt>");
    }

    /** A picture in a paragraph of its own: relationship {@code rel}, size in EMU, alt text. */
    public void picture(String rel, long widthEmu, long heightEmu, String alt) {
        int id = nextDrawingId++;
        x.raw("<w:p><w:r><w:drawing><wp:inline distT=\"0\" distR=\"0\" distB=\"0\" distL=\"0\">")
                .raw("<wp:extent cx=\"").num(widthEmu).raw("\" cy=\"").num(heightEmu).raw("\"/>")
                .raw("<wp:docPr id=\"").num(id).raw("\" name=\"Picture ").num(id).raw("\" descr=\"").attr(alt).raw("\"/>")
                .raw("<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">")
                .raw("<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">")
                .raw("<pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">")
                .raw("<pic:nvPicPr><pic:cNvPr id=\"").num(id).raw("\" name=\"Picture ").num(id).raw("\" descr=\"").attr(alt)
                .raw("\"/><pic:cNvPicPr><a:picLocks noChangeAspect=\"true\"/></pic:cNvPicPr></pic:nvPicPr>")
                .raw("<pic:blipFill><a:blip r:embed=\"").attr(rel).raw("\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>")
                .raw("<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"").num(widthEmu).raw("\" cy=\"")
                .num(heightEmu).raw("\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr>")
                .raw("</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>");
    }

    // ---------------------------------------------------------------- tables

    /** Opens a table over the content width in the Table Grid style, with fixed column widths. */
    public void tableStart(int[] widths) {
        columns = widths;
        rows = 0;
        x.raw("<w:tbl><w:tblPr><w:tblStyle w:val=\"").attr(style(StyleSheet.Role.TABLE_GRID))
                .raw(rightToLeftDocument ? "\"/><w:bidiVisual/>" : "\"/>").raw("<w:tblW w:type=\"dxa\" w:w=\"").num(width)
                .raw("\"/><w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"04A0\"/></w:tblPr><w:tblGrid>");
        for (int w : widths) {
            x.raw("<w:gridCol w:w=\"").num(w).raw("\"/>");
        }
        x.raw("</w:tblGrid>");
    }

    /** Closes the table. */
    public void tableEnd() {
        x.raw("</w:tbl>");
        columns = null;
    }

    /**
     * Opens a row: a header row repeats on every page; a row that cannot split stays on one
     * page; {@code minHeight} in twentieths of a point, 0 for none.
     */
    public void rowStart(boolean repeatHeader, boolean cantSplit, int minHeight) {
        rows++;
        x.raw("<w:tr>");
        if (repeatHeader || cantSplit || minHeight > 0) {
            x.raw("<w:trPr>");
            if (cantSplit) {
                x.raw("<w:cantSplit/>");
            }
            if (minHeight > 0) {
                x.raw("<w:trHeight w:val=\"").num(minHeight).raw("\" w:hRule=\"atLeast\"/>");
            }
            if (repeatHeader) {
                x.raw("<w:tblHeader/>");
            }
            x.raw("</w:trPr>");
        }
    }

    /** Closes the row. */
    public void rowEnd() {
        x.raw("</w:tr>");
    }

    /** Opens a cell of column {@code column}, shaded when {@code fill} is not null; the table's first row carries the widths. */
    public void cellStart(int column, String fill) {
        cellStart(column, fill, false);
    }

    /** Opens a cell; {@code rotated}: its text runs from bottom to top. */
    public void cellStart(int column, String fill, boolean rotated) {
        boolean first = rows == 1;
        if (!first && fill == null && !rotated) {
            x.raw("<w:tc>");
            return;
        }
        x.raw("<w:tc><w:tcPr>");
        if (first) {
            x.raw("<w:tcW w:type=\"dxa\" w:w=\"").num(columns[column]).raw("\"/>");
        }
        if (fill != null) {
            shade(fill);
        }
        if (rotated) {
            x.raw("<w:textDirection w:val=\"btLr\"/>");
        }
        x.raw("</w:tcPr>");
    }

    private void shade(String fill) {
        x.raw("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"").raw(fill).raw("\"/>");
    }

    /** Closes the cell. */
    public void cellEnd() {
        x.raw("</w:tc>");
    }

    /** A first row of one cell across all columns, holding {@code text}, repeated on every page. */
    public void spanHeader(String text) {
        rowStart(true, false, 0);
        x.raw("<w:tc><w:tcPr><w:tcW w:type=\"dxa\" w:w=\"").num(width).raw("\"/><w:gridSpan w:val=\"").num(columns.length)
                .raw("\"/>");
        shade(HEADER_SHADE);
        x.raw("</w:tcPr>");
        paragraph(StyleSheet.Role.TABLE_HEADING, text);
        cellEnd();
        rowEnd();
    }

    /** A header row of shaded cells with the titles, repeated on every page. */
    public void headerRow(String... titles) {
        rowStart(true, false, 0);
        for (int i = 0; i < titles.length; i++) {
            cellStart(i, HEADER_SHADE);
            paragraph(StyleSheet.Role.TABLE_HEADING, titles[i]);
            cellEnd();
        }
        rowEnd();
    }

    /** A width given for an A4 page, scaled to this document's content width. */
    public int scaled(int twipsOnA4) {
        return (int) ((long) twipsOnA4 * width / StyleSheet.CONTENT_WIDTH);
    }

    /** Column widths given for an A4 page, scaled; a 0 takes the rest of the width. */
    public int[] columns(int... twipsOnA4) {
        int[] out = new int[twipsOnA4.length];
        int used = 0;
        int rest = -1;
        for (int i = 0; i < out.length; i++) {
            if (twipsOnA4[i] == 0) {
                rest = i;
            } else {
                out[i] = scaled(twipsOnA4[i]);
                used += out[i];
            }
        }
        if (rest >= 0) {
            out[rest] = width - used;
        }
        return out;
    }

    /** Spreads {@code total} evenly over {@code widths[from..]}. */
    public static void spread(int[] widths, int from, int total) {
        int n = widths.length - from;
        for (int i = from; i < widths.length; i++) {
            widths[i] = total / n + (i - from < total % n ? 1 : 0);
        }
    }
}
