package io.github.methodbank.html.internal;

import io.github.methodbank.core.RichText;
import io.github.methodbank.core.export.TextDirection;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rich text as HTML elements: paragraphs, headings, bullet and numbered lists (nested, with their
 * start), bold, italic, code, links and line breaks. All text is escaped; a link is written only
 * for an http, https or mailto URL (the model allows no other, and this checks again). Not API.
 */
public final class RichTextHtml {

    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");

    private RichTextHtml() {}

    /**
     * Writes a rich text.
     *
     * @param h the writer
     * @param text the text
     * @param headingLevel the HTML level of the text's level-1 headings (3 below an h2); deeper ones follow, up to 6
     * @param pageDirection the direction of the page, to mark blocks that run the other way
     */
    public static void write(Html h, RichText text, int headingLevel, TextDirection pageDirection) {
        blocks(h, text.getBlocks(), headingLevel, pageDirection);
    }

    private static void blocks(Html h, List<RichText.Block> blocks, int headingLevel, TextDirection dir) {
        for (RichText.Block b : blocks) {
            if (b instanceof RichText.Paragraph p) {
                h.raw("<p");
                dir(h, p.toPlainText(), dir);
                h.raw(">");
                inlines(h, p.getInlines());
                h.raw("</p>");
            } else if (b instanceof RichText.Heading hd) {
                String tag = "h" + Math.min(6, headingLevel + hd.getLevel() - 1);
                h.raw("<").raw(tag);
                dir(h, hd.toPlainText(), dir);
                h.raw(">");
                inlines(h, hd.getInlines());
                h.raw("</").raw(tag).raw(">");
            } else if (b instanceof RichText.NumberedList l) {
                h.raw("<ol");
                if (l.getStart() != 1) {
                    h.raw(" start=\"").num(l.getStart()).raw("\"");
                }
                h.raw(">");
                items(h, l.getItems(), headingLevel, dir);
                h.raw("</ol>");
            } else if (b instanceof RichText.BulletList l) {
                h.raw("<ul>");
                items(h, l.getItems(), headingLevel, dir);
                h.raw("</ul>");
            }
        }
    }

    private static void items(Html h, List<RichText.ListItem> items, int headingLevel, TextDirection dir) {
        for (RichText.ListItem item : items) {
            h.raw("<li>");
            List<RichText.Block> bs = item.getBlocks();
            // a tight item of one paragraph (and lists nested after it) needs no <p>
            if (!bs.isEmpty() && bs.get(0) instanceof RichText.Paragraph p
                    && bs.stream().skip(1).noneMatch(RichText.Paragraph.class::isInstance)) {
                inlines(h, p.getInlines());
                blocks(h, bs.subList(1, bs.size()), headingLevel, dir);
            } else {
                blocks(h, bs, headingLevel, dir);
            }
            h.raw("</li>");
        }
    }

    /** Writes inline content: runs, links, line breaks. */
    static void inlines(Html h, List<RichText.Inline> inlines) {
        for (RichText.Inline i : inlines) {
            if (i instanceof RichText.Run r) {
                run(h, r);
            } else if (i instanceof RichText.Hyperlink l) {
                if (safe(l.getUrl())) {
                    h.raw("<a").attr("href", l.getUrl().toString());
                    l.getTitle().ifPresent(t -> h.attr("title", t));
                    h.raw(">");
                    inlines(h, l.getInlines());
                    h.raw("</a>");
                } else {
                    inlines(h, l.getInlines());
                }
            } else {
                h.raw("<br>");
            }
        }
    }

    private static void run(Html h, RichText.Run r) {
        if (r.isBold()) {
            h.raw("<strong>");
        }
        if (r.isItalic()) {
            h.raw("<em>");
        }
        if (r.isCode()) {
            h.raw("<code>");
        }
        h.text(r.getText());
        if (r.isCode()) {
            h.raw("</code>");
        }
        if (r.isItalic()) {
            h.raw("</em>");
        }
        if (r.isBold()) {
            h.raw("</strong>");
        }
    }

    /** Whether a URL may be a link's address: http, https or mailto. */
    public static boolean safe(URI url) {
        String scheme = url.getScheme();
        return scheme != null && SCHEMES.contains(scheme.toLowerCase(Locale.ROOT));
    }

    private static void dir(Html h, String text, TextDirection page) {
        TextDirection d = TextDirection.of(text);
        if (d != TextDirection.NEUTRAL && d != page) {
            h.attr("dir", d == TextDirection.RIGHT_TO_LEFT ? "rtl" : "ltr");
        }
    }
}
