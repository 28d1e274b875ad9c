package io.github.methodbank.docx.internal;

import io.github.methodbank.core.RichText;
import io.github.methodbank.docx.internal.wml.StyleSheet;
import io.github.methodbank.docx.internal.wml.Wml;
import io.github.methodbank.docx.internal.wml.XmlWriter;
import java.util.List;

/** Writes a bank's rich text (paragraphs, headings, lists, links) as Word paragraphs. */
final class RichTextWriter {

    private final Workshop ws;

    RichTextWriter(Workshop ws) {
        this.ws = ws;
    }

    /** Rich text as paragraphs in the style, its lists as List Bullet items (nested lists as further items). */
    void rich(RichText text, StyleSheet.Role role, String what) {
        blocks(text.getBlocks(), role, what);
    }

    private void blocks(List<RichText.Block> blocks, StyleSheet.Role role, String what) {
        Wml w = ws.w;
        for (RichText.Block block : blocks) {
            if (block instanceof RichText.Paragraph para) {
                w.pStart(role);
                runs(para.getInlines(), false, what);
                w.pEnd();
            } else if (block instanceof RichText.Heading h) {
                w.pStart(role);
                runs(h.getInlines(), true, what);
                w.pEnd();
            } else if (block instanceof RichText.ListBlock list) {
                for (RichText.ListItem item : list.getItems()) {
                    boolean first = true;
                    for (RichText.Block b : item.getBlocks()) {
                        if (first && b instanceof RichText.Paragraph p) {
                            w.bulletStart();
                            runs(p.getInlines(), false, what);
                            w.pEnd();
                        } else {
                            blocks(List.of(b), role, what);
                        }
                        first = false;
                    }
                }
            }
        }
    }

    private void runs(List<RichText.Inline> inlines, boolean bold, String what) {
        Wml w = ws.w;
        w.open(RichText.of(List.of(new RichText.Paragraph(inlines))).toPlainText());
        XmlWriter x = w.xml();
        for (RichText.Inline inline : inlines) {
            if (inline instanceof RichText.Run run) {
                run(run, bold, what);
            } else if (inline instanceof RichText.Hyperlink link) {
                w.hyperlinkStart(ws.clean(link.getUrl().toString(), "link"), null);
                for (RichText.Inline li : link.getInlines()) {
                    if (li instanceof RichText.Run r) {
                        w.styledRun(StyleSheet.Role.HYPERLINK, ws.clean(r.getText(), what));
                    } else {
                        x.raw("<w:r><w:br/></w:r>");
                    }
                }
                w.hyperlinkEnd();
            } else {
                x.raw("<w:r><w:br/></w:r>");
            }
        }
    }

    private void run(RichText.Run run, boolean baseBold, String what) {
        XmlWriter x = ws.w.xml();
        boolean bold = run.isBold() || baseBold;
        x.raw("<w:r>");
        if (bold || run.isItalic()) {
            x.raw("<w:rPr>");
            // the complex-script forms too: Word formats Arabic, Hebrew … with those
            if (bold) {
                x.raw("<w:b/><w:bCs/>");
            }
            if (run.isItalic()) {
                x.raw("<w:i/><w:iCs/>");
            }
            x.raw("</w:rPr>");
        }
        Wml.runText(x, ws.clean(run.getText(), what));
        x.raw("</w:r>");
    }
}
