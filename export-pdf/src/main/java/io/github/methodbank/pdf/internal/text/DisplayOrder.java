package io.github.methodbank.pdf.internal.text;

import io.github.methodbank.core.export.TextDirection;
import io.github.methodbank.pdf.internal.Spec;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Puts the fragments of a line into display order. Text is kept in logical order until a line is
 * made; a line with right-to-left characters (Hebrew, Arabic ...) is reordered with the Unicode
 * bidirectional algorithm in the direction of its paragraph: right-to-left runs are reversed (keeping
 * combining marks on their base and mirroring brackets) and the runs put in visual order. Not API.
 */
final class DisplayOrder {

    private final Spec spec;

    DisplayOrder(Spec spec) {
        this.spec = spec;
    }

    /**
     * The fragments of a line in display order. Text is kept in logical order until here; a line
     * with right-to-left characters (Hebrew, Arabic ...) is reordered with the Unicode
     * bidirectional algorithm in the direction of its paragraph:
     * right-to-left runs are reversed (keeping combining marks on their base and mirroring
     * brackets) and the runs put in visual order. A space the line keeps at its end stays at the
     * end. Other lines are returned as they are.
     */
    public List<TextFlow.Frag> visual(List<TextFlow.Frag> frags, float size, boolean rightToLeft) {
        boolean rtl = rightToLeft;
        for (int f = 0; f < frags.size() && !rtl; f++) {
            String t = frags.get(f).text();
            for (int i = 0; i < t.length(); i++) {
                if (t.charAt(i) >= 0x0590) {
                    rtl = Bidi.requiresBidi(t.toCharArray(), 0, t.length());
                    break;
                }
            }
        }
        if (!rtl) {
            return frags;
        }
        StringBuilder all = new StringBuilder();
        for (TextFlow.Frag f : frags) {
            all.append(f.text());
        }
        int[] styleAt = new int[all.length()];
        int[] tagAt = new int[all.length()];
        int at = 0;
        for (TextFlow.Frag f : frags) {
            Arrays.fill(styleAt, at, at + f.text().length(), f.style());
            Arrays.fill(tagAt, at, at + f.text().length(), f.tag());
            at += f.text().length();
        }
        boolean trailingSpace = all.length() > 0 && all.charAt(all.length() - 1) == ' ';
        String text = trailingSpace ? all.substring(0, all.length() - 1) : all.toString();
        Bidi bidi = new Bidi(text, rightToLeft ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        Integer[] order = new Integer[runs];
        for (int r = 0; r < runs; r++) {
            levels[r] = (byte) bidi.getRunLevel(r);
            order[r] = r;
        }
        Bidi.reorderVisually(levels, 0, order, 0, runs);
        StringBuilder out = new StringBuilder(all.length());
        int[] outStyle = new int[all.length()];
        int[] outTag = new int[all.length()];
        int n = 0;
        for (int v = 0; v < runs; v++) {
            int r = order[v];
            int start = bidi.getRunStart(r);
            int limit = bidi.getRunLimit(r);
            if ((levels[r] & 1) == 0) {
                for (int i = start; i < limit; i++) {
                    outTag[n] = tagAt[i];
                    outStyle[n++] = styleAt[i];
                    out.append(text.charAt(i));
                }
                continue;
            }
            // right to left: clusters (a base and its marks, or a surrogate pair) from last to first
            int end = limit;
            while (end > start) {
                int begin = end - 1;
                while (begin > start && (Character.isLowSurrogate(text.charAt(begin)) || mark(text.charAt(begin)))) {
                    begin--;
                }
                // marks drawn to the right of their origin go before their letter, the others after it
                for (int i = begin + 1; i < end; i++) {
                    if (spec.font(styleAt[i]).inkRight(text.charAt(i))) {
                        outTag[n] = tagAt[i];
                        outStyle[n++] = styleAt[i];
                        out.append(text.charAt(i));
                    }
                }
                outTag[n] = tagAt[begin];
                outStyle[n++] = styleAt[begin];
                out.append(mirror(text.charAt(begin)));
                for (int i = begin + 1; i < end; i++) {
                    if (!spec.font(styleAt[i]).inkRight(text.charAt(i))) {
                        outTag[n] = tagAt[i];
                        outStyle[n++] = styleAt[i];
                        out.append(text.charAt(i));
                    }
                }
                end = begin;
            }
        }
        List<TextFlow.Frag> result = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || outStyle[i] != outStyle[from] || outTag[i] != outTag[from]) {
                String t = out.substring(from, i);
                float w = spec.font(outStyle[from]).width(t, size);
                result.add(new TextFlow.Frag(outStyle[from], i == n && trailingSpace ? t + " " : t, w, outTag[from]));
                from = i;
            }
        }
        return List.copyOf(result);
    }

    /** Whether a paragraph of runs runs right to left: its first strong character is right-to-left. */
    static boolean rightToLeft(String[] texts) {
        for (String t : texts) {
            TextDirection d = TextDirection.of(t);
            if (d != TextDirection.NEUTRAL) {
                return d == TextDirection.RIGHT_TO_LEFT;
            }
        }
        return false;
    }

    static boolean mark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static char mirror(char c) {
        return switch (c) {
            case '(' -> ')';
            case ')' -> '(';
            case '[' -> ']';
            case ']' -> '[';
            case '{' -> '}';
            case '}' -> '{';
            case '<' -> '>';
            case '>' -> '<';
            case '«' -> '»';
            case '»' -> '«';
            case '‹' -> '›';
            case '›' -> '‹';
            default -> c;
        };
    }

}
