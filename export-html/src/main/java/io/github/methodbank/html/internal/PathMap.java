package io.github.methodbank.html.internal;

import io.github.methodbank.core.Method;
import io.github.methodbank.core.Pathway;
import io.github.methodbank.core.Phase;
import io.github.methodbank.core.PhaseRef;
import io.github.methodbank.core.export.LabelKey;
import io.github.methodbank.html.SiteColors;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A path on the front page: drawn as an inline SVG, its phases in order down a line of the path's
 * colour with the methods of each phase beneath its name, one column that reads at phone width;
 * and the same content as nested lists, for screen readers and browsers without CSS (the drawing
 * is hidden from assistive technology, its links are out of the tab order; the lists come into
 * view when the keyboard reaches them). Long phases show their first methods and a link to the
 * phase's page. Not API.
 */
final class PathMap {

    /** The most methods a phase shows on the front page. */
    static final int SHOWN = 8;

    private static final int WIDTH = 320;
    private static final int TEXT_X = 38;
    private static final int LINE_X = 16;
    private static final double TEXT_WIDTH = WIDTH - TEXT_X - 4;
    private static final int PHASE_SIZE = 15;
    private static final int METHOD_SIZE = 14;
    private static final int PHASE_LINE = 20;
    private static final int METHOD_LINE = 19;

    private PathMap() {}

    static void write(Page p, Pathway path, int index) {
        Texts t = p.texts;
        Html h = p.h;
        String color = SiteColors.css(p.site.options.getColors().colorOf(path.getId(), index));
        String headingId = "path-" + index;
        h.raw("<section class=\"path path-").num(index).raw("\"").attr("aria-labelledby", headingId).raw(">");
        h.raw("<h3").attr("id", headingId);
        t.attrs(h, path.getName(), t.get(path.getName()));
        h.raw(">").text(t.get(path.getName())).raw("</h3>");

        // the drawing
        StringBuilder body = new StringBuilder();
        Html s = new Html(body);
        double y = 6;
        double firstCircle = -1;
        double lastCircle = -1;
        int number = 0;
        for (Phase ph : path.getPhases()) {
            number++;
            PhaseRef ref = path.ref(ph.getId());
            List<Method> methods = p.site.methodsIn(ref);
            List<String> nameLines = wrap(t.get(ph.getName()), PHASE_SIZE, true);
            double cy = y + 10;
            if (firstCircle < 0) {
                firstCircle = cy;
            }
            lastCircle = cy;
            s.raw("<circle").attr("cx", String.valueOf(LINE_X)).attr("cy", fmt(cy)).raw(" r=\"11\"").attr("fill", color)
                    .raw(" stroke=\"#ffffff\" stroke-width=\"2\"/>");
            s.raw("<text").attr("x", String.valueOf(LINE_X)).attr("y", fmt(cy + 4))
                    .raw(" text-anchor=\"middle\" font-size=\"12\" font-weight=\"bold\" fill=\"#ffffff\">").num(number)
                    .raw("</text>");
            s.raw("<a").attr("href", p.href(SitePaths.phase(ref))).raw(" tabindex=\"-1\">");
            for (int i = 0; i < nameLines.size(); i++) {
                s.raw("<text").attr("x", String.valueOf(TEXT_X)).attr("y", fmt(y + 15 + i * PHASE_LINE))
                        .raw(" font-size=\"15\" font-weight=\"bold\" fill=\"#1a1a1a\">").text(nameLines.get(i))
                        .raw("</text>");
            }
            s.raw("</a>");
            y += nameLines.size() * PHASE_LINE + 4;
            int shown = 0;
            for (Method m : methods) {
                if (shown == SHOWN) {
                    break;
                }
                shown++;
                List<String> lines = wrap("\u2022 " + t.get(m.getName()), METHOD_SIZE, false);
                s.raw("<a").attr("href", p.href(SitePaths.method(m.getId()))).raw(" tabindex=\"-1\">");
                for (String line : lines) {
                    s.raw("<text").attr("x", String.valueOf(TEXT_X)).attr("y", fmt(y + 14)).raw(" font-size=\"14\"")
                            .attr("fill", color).raw(" text-decoration=\"underline\">").text(line).raw("</text>");
                    y += METHOD_LINE;
                }
                s.raw("</a>");
            }
            if (methods.size() > SHOWN) {
                String more = t.labels.format(LabelKey.MORE_METHODS, methods.size() - SHOWN);
                s.raw("<a").attr("href", p.href(SitePaths.phase(ref))).raw(" tabindex=\"-1\">");
                for (String line : wrap("+ " + more, METHOD_SIZE, false)) {
                    s.raw("<text").attr("x", String.valueOf(TEXT_X)).attr("y", fmt(y + 14))
                            .raw(" font-size=\"14\" font-style=\"italic\" fill=\"#1a1a1a\">").text(line).raw("</text>");
                    y += METHOD_LINE;
                }
                s.raw("</a>");
            }
            y += 14;
        }
        int height = (int) Math.ceil(y);
        h.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"map\"").attr("viewBox", "0 0 " + WIDTH + " " + height)
                .attr("width", String.valueOf(WIDTH)).attr("height", String.valueOf(height))
                .raw(" aria-hidden=\"true\" focusable=\"false\" font-family=\"sans-serif\">");
        h.raw("<line").attr("x1", String.valueOf(LINE_X)).attr("y1", fmt(firstCircle)).attr("x2", String.valueOf(LINE_X))
                .attr("y2", fmt(lastCircle)).attr("stroke", color).raw(" stroke-width=\"6\"/>");
        h.raw(body.toString());
        h.raw("</svg>");

        // the same as lists
        h.raw("<div class=\"map-list\"><ol>");
        for (Phase ph : path.getPhases()) {
            PhaseRef ref = path.ref(ph.getId());
            List<Method> methods = p.site.methodsIn(ref);
            h.raw("<li><a").attr("href", p.href(SitePaths.phase(ref)));
            t.attrs(h, ph.getName(), t.get(ph.getName()));
            h.raw(">").text(t.get(ph.getName())).raw("</a> (").text(t.labels.format(LabelKey.METHOD_COUNT, methods.size()))
                    .raw(")");
            if (!methods.isEmpty()) {
                h.raw("<ul>");
                for (int i = 0; i < Math.min(SHOWN, methods.size()); i++) {
                    Method m = methods.get(i);
                    h.raw("<li><a").attr("href", p.href(SitePaths.method(m.getId())));
                    t.attrs(h, m.getName(), t.get(m.getName()));
                    h.raw(">").text(t.get(m.getName())).raw("</a></li>");
                }
                if (methods.size() > SHOWN) {
                    h.raw("<li><a").attr("href", p.href(SitePaths.phase(ref))).raw(">")
                            .text(t.labels.format(LabelKey.MORE_METHODS, methods.size() - SHOWN)).raw("</a></li>");
                }
                h.raw("</ul>");
            }
            h.raw("</li>");
        }
        h.raw("</ol></div></section>");
    }

    /** Lines of at most the drawing's text width, by an estimate of the glyphs' widths; overlong words are cut. */
    static List<String> wrap(String text, int size, boolean bold) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        double width = 0;
        double space = em(' ', bold) * size;
        for (String word : text.trim().split("\\s+")) {
            double w = 0;
            for (int i = 0; i < word.length(); ) {
                int cp = word.codePointAt(i);
                w += em(cp, bold) * size;
                i += Character.charCount(cp);
            }
            if (line.length() > 0 && width + space + w <= TEXT_WIDTH) {
                line.append(' ').append(word);
                width += space + w;
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                width = 0;
            }
            if (w <= TEXT_WIDTH) {
                line.append(word);
                width = w;
                continue;
            }
            for (int i = 0; i < word.length(); ) {
                int cp = word.codePointAt(i);
                double cw = em(cp, bold) * size;
                if (width + cw > TEXT_WIDTH && line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                    width = 0;
                }
                line.appendCodePoint(cp);
                width += cw;
                i += Character.charCount(cp);
            }
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** A glyph's width in ems, roughly, in a sans-serif face. */
    private static double em(int cp, boolean bold) {
        double w;
        if (cp == ' ' || cp == 'i' || cp == 'l' || cp == 'j' || cp == '.' || cp == ',' || cp == '\'' || cp == '|'
                || cp == 'I' || cp == 't' || cp == 'f' || cp == 'r') {
            w = 0.32;
        } else if (cp == 'm' || cp == 'w' || cp == 'M' || cp == 'W') {
            w = 0.85;
        } else if (Character.isUpperCase(cp)) {
            w = 0.68;
        } else if (Character.isIdeographic(cp) || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.KATAKANA || cp > 0xFFFF) {
            w = 1.0;
        } else {
            w = 0.56;
        }
        return bold ? w * 1.07 : w;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
