package io.github.methodbank.docx.internal;

import io.github.methodbank.core.RichText;
import io.github.methodbank.docx.internal.wml.Numbering;
import io.github.methodbank.docx.internal.wml.StyleSheet;
import io.github.methodbank.docx.internal.wml.Wml;
import java.util.List;
import java.util.TreeSet;

/**
 * Writes a bank's rich text as Word paragraphs: headings in heading styles below the section's
 * own heading, bullet and numbered lists as Word numbering nested by level (each numbered list
 * starting at its own number), links as hyperlinks, code in the HTML Code style, line breaks as
 * line breaks. In a table cell, where a heading style would put a cell into the document's
 * outline, a heading is a bold paragraph.
 */
final class RichTextWriter {

    /** The section level meaning "in a table": headings are written as bold paragraphs. */
    static final int IN_TABLE = 0;

    private final Workshop ws;

    RichTextWriter(Workshop ws) {
        this.ws = ws;
    }

    /** Writes a rich-text field, its runs marked with its language when it is not the job's. */
    void rich(io.github.methodbank.core.LocalizedText field, StyleSheet.Role role, String what, int sectionLevel) {
        ws.w.runLanguage(ws.languageOf(field));
        rich(ws.job.richText(field), role, what, sectionLevel);
        ws.w.runLanguage(null);
    }

    /**
     * Writes rich text.
     *
     * @param text the text
     * @param role the style of its paragraphs
     * @param what the field, for messages
     * @param sectionLevel the level of the heading the text is under (its headings go below it),
     *     or {@link #IN_TABLE}
     */
    void rich(RichText text, StyleSheet.Role role, String what, int sectionLevel) {
        int[] headingLevels = null;
        if (sectionLevel != IN_TABLE) {
            TreeSet<Integer> used = new TreeSet<>();
            collectHeadingLevels(text.getBlocks(), used);
            // the text's heading levels in order, each one level below the one before: the outline skips none
            headingLevels = new int[7];
            int next = sectionLevel + 1;
            for (int level : used) {
                headingLevels[Math.min(level, 6)] = Math.min(next++, 6);
            }
        }
        blocks(text.getBlocks(), role, what, headingLevels, 0);
    }

    private static void collectHeadingLevels(List<RichText.Block> blocks, TreeSet<Integer> out) {
        for (RichText.Block b : blocks) {
            if (b instanceof RichText.Heading h) {
                out.add(Math.max(1, Math.min(h.getLevel(), 6)));
            } else if (b instanceof RichText.ListBlock list) {
                for (RichText.ListItem item : list.getItems()) {
                    collectHeadingLevels(item.getBlocks(), out);
                }
            }
        }
    }

    private void blocks(List<RichText.Block> blocks, StyleSheet.Role role, String what, int[] headingLevels, int depth) {
        Wml w = ws.w;
        for (RichText.Block block : blocks) {
            if (block instanceof RichText.Paragraph para) {
                w.pStart(role);
                runs(para.getInlines(), false, what);
                w.pEnd();
            } else if (block instanceof RichText.Heading h) {
                if (headingLevels == null) {
                    w.pStart(role);
                    runs(h.getInlines(), true, what);
                } else {
                    w.pStart(Wml.headingRole(headingLevels[Math.max(1, Math.min(h.getLevel(), 6))]));
                    runs(h.getInlines(), false, what);
                }
                w.pEnd();
            } else if (block instanceof RichText.ListBlock list) {
                list(list, role, what, headingLevels, depth);
            }
        }
    }

    private void list(RichText.ListBlock list, StyleSheet.Role role, String what, int[] headingLevels, int depth) {
        Wml w = ws.w;
        int level = Math.min(depth, Numbering.LEVELS - 1);
        boolean numbered = list instanceof RichText.NumberedList;
        int numId = numbered ? w.numbering().numberedList(level, ((RichText.NumberedList) list).getStart())
                : w.numbering().bulletNumId();
        StyleSheet.Role itemRole = numbered ? StyleSheet.Role.LIST_NUMBER : StyleSheet.Role.LIST_BULLET;
        for (RichText.ListItem item : list.getItems()) {
            List<RichText.Block> content = item.getBlocks();
            if (content.isEmpty() || !(content.get(0) instanceof RichText.Paragraph)) {
                // an item that starts with something else still takes its number
                w.listItemStart(itemRole, numId, level);
                w.pEnd();
            }
            for (int i = 0; i < content.size(); i++) {
                RichText.Block b = content.get(i);
                if (i == 0 && b instanceof RichText.Paragraph p) {
                    w.listItemStart(itemRole, numId, level);
                    runs(p.getInlines(), false, what);
                    w.pEnd();
                } else if (b instanceof RichText.ListBlock inner) {
                    list(inner, role, what, headingLevels, depth + 1);
                } else if (b instanceof RichText.Paragraph p) {
                    // a later paragraph of the item, in line with the item's text
                    w.indentedStart(role, Numbering.INDENT * (level + 1));
                    runs(p.getInlines(), false, what);
                    w.pEnd();
                } else {
                    blocks(List.of(b), role, what, headingLevels, depth + 1);
                }
            }
        }
    }

    private void runs(List<RichText.Inline> inlines, boolean bold, String what) {
        Wml w = ws.w;
        w.open(RichText.of(List.of(new RichText.Paragraph(inlines))).toPlainText());
        for (RichText.Inline inline : inlines) {
            if (inline instanceof RichText.Run run) {
                w.formattedRun(ws.clean(run.getText(), what), run.isBold() || bold, run.isItalic(),
                        run.isCode() ? StyleSheet.Role.CODE : null);
            } else if (inline instanceof RichText.Hyperlink link) {
                w.hyperlinkStart(ws.clean(link.getUrl().toString(), "link"), null);
                for (RichText.Inline li : link.getInlines()) {
                    if (li instanceof RichText.Run r) {
                        w.formattedRun(ws.clean(r.getText(), what), r.isBold() || bold, r.isItalic(),
                                StyleSheet.Role.HYPERLINK);
                    } else {
                        w.xml().raw("<w:r><w:br/></w:r>");
                    }
                }
                w.hyperlinkEnd();
            } else {
                w.xml().raw("<w:r><w:br/></w:r>");
            }
        }
    }
}
