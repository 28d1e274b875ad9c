package io.github.methodbank.pdf.internal;

import io.github.methodbank.core.RichText;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks styled text into lines with real font advances: by words, breaking a word only when it is
 * longer than a line. Runs of spaces become one space. Characters the font cannot show must already
 * be replaced (see {@link Glyphs}), which also turns every other whitespace character into a space.
 *
 * <p>The text is scanned in place: words are measured from the fonts' advance tables without
 * copying them, and strings are made only for the fragments of finished lines ({@link #count} makes
 * none at all). Not API.
 */
public final class TextFlow {

    /** A run of text in one style on a line, with its width in points. */
    public record Frag(int style, String text, float width) {}

    /** A line: its fragments, left to right, and its total width. */
    public record Line(List<Frag> frags, float width) {}

    private final Spec spec;

    /** A flow using the spec's fonts. */
    public TextFlow(Spec spec) {
        this.spec = spec;
    }

    /** The style index for a rich-text run on top of a base style. */
    public static int style(RichText.Run run, boolean baseBold) {
        boolean b = run.bold() || baseBold;
        return run.italic() ? (b ? Spec.BOLD_ITALIC : Spec.ITALIC) : (b ? Spec.BOLD : Spec.REGULAR);
    }

    /**
     * Breaks runs into lines of at most {@code maxWidth} points.
     *
     * @param styles the style index of each run
     * @param texts the text of each run (already cleaned for its font)
     */
    public List<Line> lines(int[] styles, String[] texts, float size, float maxWidth) {
        List<Line> out = new ArrayList<>();
        new Breaker(styles, texts, size, maxWidth, out).run();
        return out;
    }

    /** How many lines {@link #lines} would give, without making them. */
    public int count(int[] styles, String[] texts, float size, float maxWidth) {
        Breaker b = new Breaker(styles, texts, size, maxWidth, null);
        b.run();
        return b.count;
    }

    private static boolean space(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }

    /**
     * One pass over the runs. Positions are (run, index) pairs; a line is the stretch from the start
     * of its first word to the end of its last, spaces inside it shown as single spaces.
     */
    private final class Breaker {
        private final int[] styles;
        private final String[] texts;
        private final float scale; // points per 1/1000 em
        private final float max;
        private final List<Line> out;
        int count;

        // the open line: from (lr, li) to (er, ei), width in 1/1000 em
        private boolean open;
        private int lr;
        private int li;
        private int er;
        private int ei;
        private float width;

        Breaker(int[] styles, String[] texts, float size, float maxWidth, List<Line> out) {
            this.styles = styles;
            this.texts = texts;
            this.scale = size / 1000f;
            this.max = (maxWidth + 0.01f) / scale;
            this.out = out;
        }

        void run() {
            int pendingSpace = -1; // the style of the spaces before the next word, -1 for none
            int r = 0;
            int i = 0;
            while (r < texts.length) {
                String t = texts[r];
                if (i >= t.length()) {
                    r++;
                    i = 0;
                    continue;
                }
                if (space(t.charAt(i))) {
                    pendingSpace = styles[r];
                    i++;
                    continue;
                }
                // a word: from (r, i) to the next space or the end, possibly across runs
                int wr = r;
                int wi = i;
                float w = 0;
                while (r < texts.length) {
                    t = texts[r];
                    FontData f = spec.font(styles[r]);
                    while (i < t.length()) {
                        char c = t.charAt(i);
                        if (space(c)) {
                            break;
                        }
                        if (Character.isHighSurrogate(c) && i + 1 < t.length()) {
                            w += Math.max(0, f.advance(t.codePointAt(i)));
                            i += 2;
                        } else {
                            w += Math.max(0, f.advance(c));
                            i++;
                        }
                    }
                    if (i < t.length()) {
                        break;
                    }
                    int next = r + 1;
                    while (next < texts.length && texts[next].isEmpty()) {
                        next++;
                    }
                    if (next < texts.length && !space(texts[next].charAt(0))) {
                        r = next; // the word goes on in the next run
                        i = 0;
                    } else {
                        break;
                    }
                }
                place(wr, wi, r, i, w, pendingSpace < 0 ? styles[wr] : pendingSpace);
                pendingSpace = -1;
            }
            if (open) {
                emit(false);
            }
        }

        /** Places the word [(wr, wi), (r, i)) of width {@code w} after a space of style {@code sp}. */
        private void place(int wr, int wi, int r, int i, float w, int sp) {
            float spaceWidth = open ? Math.max(0, spec.font(sp).advance(' ')) : 0;
            if (open && width + spaceWidth + w <= max) {
                width += spaceWidth + w;
                er = r;
                ei = i;
                return;
            }
            if (open) {
                emit(true); // the line ends at a space
            }
            if (w <= max) {
                start(wr, wi, r, i, w);
                return;
            }
            // a word longer than the line: break it between characters
            int cr = wr;
            int ci = wi;
            while (cr < r || (cr == r && ci < i)) {
                String t = texts[cr];
                if (ci >= t.length()) {
                    cr++;
                    ci = 0;
                    continue;
                }
                int cp = t.codePointAt(ci);
                int n = Character.charCount(cp);
                float a = Math.max(0, spec.font(styles[cr]).advance(cp));
                if (open && width + a > max) {
                    emit(false);
                }
                if (!open) {
                    start(cr, ci, cr, ci + n, a);
                } else {
                    width += a;
                    er = cr;
                    ei = ci + n;
                }
                ci += n;
            }
        }

        private void start(int r0, int i0, int r1, int i1, float w) {
            open = true;
            lr = r0;
            li = i0;
            er = r1;
            ei = i1;
            width = w;
        }

        /**
         * Ends the open line; makes its fragments unless only counting. A line that ends where the
         * text had a space keeps it at its end (outside its width), so that text extracted from the
         * line breaks, or read aloud from the tagged structure, keeps its words apart.
         */
        private void emit(boolean spaceAfter) {
            open = false;
            count++;
            if (out == null) {
                return;
            }
            List<Frag> frags = new ArrayList<>(2);
            StringBuilder sb = new StringBuilder();
            int style = -1;
            float fragWidth = 0;
            boolean lastSpace = false;
            for (int r = lr; r <= er; r++) {
                String t = texts[r];
                int from = r == lr ? li : 0;
                int to = r == er ? ei : t.length();
                FontData f = spec.font(styles[r]);
                if (styles[r] != style && sb.length() > 0) {
                    frags.add(new Frag(style, sb.toString(), fragWidth * scale));
                    sb.setLength(0);
                    fragWidth = 0;
                }
                style = styles[r];
                int k = from;
                while (k < to) {
                    char c = t.charAt(k);
                    if (space(c)) {
                        if (!lastSpace) {
                            sb.append(' ');
                            fragWidth += Math.max(0, f.advance(' '));
                            lastSpace = true;
                        }
                        k++;
                        continue;
                    }
                    int end = k;
                    while (end < to && !space(t.charAt(end))) {
                        char d = t.charAt(end);
                        if (Character.isHighSurrogate(d) && end + 1 < to) {
                            fragWidth += Math.max(0, f.advance(t.codePointAt(end)));
                            end += 2;
                        } else {
                            fragWidth += Math.max(0, f.advance(d));
                            end++;
                        }
                    }
                    sb.append(t, k, end);
                    lastSpace = false;
                    k = end;
                }
            }
            if (spaceAfter) {
                sb.append(' ');
            }
            if (sb.length() > 0) {
                frags.add(new Frag(style, sb.toString(), fragWidth * scale));
            }
            out.add(new Line(frags.size() == 1 ? List.of(frags.get(0)) : List.copyOf(frags), width * scale));
        }
    }
}
