package io.github.methodbank.pdf.internal.text;

import io.github.methodbank.core.RichText;
import io.github.methodbank.pdf.internal.Spec;
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

    /**
     * A run of text in one style on a line, with its width in points and the structure element its
     * text belongs to ({@link #INHERIT}: the line's).
     */
    public record Frag(int style, String text, float width, int tag) {
        /** A fragment of the line's own element. */
        public Frag(int style, String text, float width) {
            this(style, text, width, INHERIT);
        }
    }

    /** The tag of a fragment that belongs to its line's element. */
    public static final int INHERIT = -3;

    /**
     * A break opportunity that takes no room and is not shown: put after the characters where a URL
     * may break ({@code / - . ? & = _}) so that it never breaks inside a word.
     */
    public static final char BREAK = '\u200B';

    /** The fewest letters a broken word leaves on a line, when the word is long enough to allow it. */
    static final int MIN_PIECE = 3;

    /** The "space" before a word that follows a break opportunity: no space at all. */
    private static final int GLUE = -2;

    /**
     * A line: its fragments, left to right, its total width, and whether it belongs to a
     * right-to-left paragraph (and so is aligned to the right).
     */
    public record Line(List<Frag> frags, float width, boolean rightToLeft) {}

    private final Spec spec;
    private final DisplayOrder order;

    /** A flow using the spec's fonts. */
    public TextFlow(Spec spec) {
        this.spec = spec;
        this.order = new DisplayOrder(spec);
    }

    /** The style index for a rich-text run on top of a base style. */
    public static int style(RichText.Run run, boolean baseBold) {
        boolean b = run.isBold() || baseBold;
        return run.isItalic() ? (b ? Spec.BOLD_ITALIC : Spec.ITALIC) : (b ? Spec.BOLD : Spec.REGULAR);
    }

    /**
     * Breaks runs into lines of at most {@code maxWidth} points.
     *
     * @param styles the style index of each run
     * @param texts the text of each run (already cleaned for its font)
     */
    public List<Line> lines(int[] styles, String[] texts, float size, float maxWidth) {
        return lines(styles, texts, null, size, maxWidth);
    }

    /**
     * Breaks runs into lines of at most {@code maxWidth} points; each fragment keeps the structure
     * element of its run.
     *
     * @param styles the style index of each run
     * @param texts the text of each run (already cleaned for its font)
     * @param tags the structure element of each run, or null for {@link #INHERIT}
     */
    public List<Line> lines(int[] styles, String[] texts, int[] tags, float size, float maxWidth) {
        List<Line> out = new ArrayList<>();
        new Breaker(styles, texts, tags, size, maxWidth, out).run();
        return out;
    }

    /** How many lines {@link #lines} would give, without making them. */
    public int count(int[] styles, String[] texts, float size, float maxWidth) {
        Breaker b = new Breaker(styles, texts, null, size, maxWidth, null);
        b.run();
        return b.count;
    }

    /** A URL with {@link #BREAK} after each character it may break after. */
    public static String breakable(String url) {
        StringBuilder sb = new StringBuilder(url.length() + 16);
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            sb.append(c);
            if ((c == '/' || c == '-' || c == '.' || c == '?' || c == '&' || c == '=' || c == '_') && i + 1 < url.length()) {
                sb.append(BREAK);
            }
        }
        return sb.toString();
    }

    /**
     * The fragments of a line in display order (see {@link DisplayOrder}): right-to-left text is
     * reordered by the Unicode bidirectional algorithm; other lines are returned as they are.
     */
    public List<Frag> visual(List<Frag> frags, float size, boolean rightToLeft) {
        return order.visual(frags, size, rightToLeft);
    }

    /** Whether a paragraph of runs runs right to left: its first strong character is right-to-left. */
    public static boolean rightToLeft(String[] texts) {
        return DisplayOrder.rightToLeft(texts);
    }

    static boolean mark(char c) {
        return DisplayOrder.mark(c);
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
        private final int[] tags;
        private final float scale; // points per 1/1000 em
        private final float max;
        private final List<Line> out;
        private final boolean rightToLeft;
        int count;

        // the open line: from (lr, li) to (er, ei), width in 1/1000 em
        private boolean open;
        private int lr;
        private int li;
        private int er;
        private int ei;
        private float width;

        Breaker(int[] styles, String[] texts, int[] tags, float size, float maxWidth, List<Line> out) {
            this.rightToLeft = out != null && rightToLeft(texts);
            this.styles = styles;
            this.texts = texts;
            this.tags = tags;
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
                if (t.charAt(i) == BREAK) {
                    if (pendingSpace < 0) {
                        pendingSpace = GLUE; // the next word joins this one without a space, or starts a line
                    }
                    i++;
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
                        if (space(c) || c == BREAK) {
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
                    if (next < texts.length && !space(texts[next].charAt(0)) && texts[next].charAt(0) != BREAK) {
                        r = next; // the word goes on in the next run
                        i = 0;
                    } else {
                        break;
                    }
                }
                place(wr, wi, r, i, w, pendingSpace == -1 ? styles[wr] : pendingSpace);
                pendingSpace = -1;
            }
            if (open) {
                emit(false);
            }
        }

        /**
         * Places the word [(wr, wi), (r, i)) of width {@code w} after a space of style {@code sp}, or
         * right after the previous word when {@code sp} is {@link #GLUE}.
         */
        private void place(int wr, int wi, int r, int i, float w, int sp) {
            float spaceWidth = open && sp != GLUE ? Math.max(0, spec.font(sp).advance(' ')) : 0;
            if (open && width + spaceWidth + w <= max) {
                width += spaceWidth + w;
                er = r;
                ei = i;
                return;
            }
            if (open) {
                emit(sp != GLUE); // the line ends at a space, or at a break opportunity
            }
            if (w <= max) {
                start(wr, wi, r, i, w);
                return;
            }
            // a word longer than the line: break it between characters, leaving at least MIN_PIECE
            // letters on each line where the word is long enough
            int total = letters(wr, wi, r, i);
            int placed = 0;
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
                // a letter keeps its combining marks on its line
                while (ci + n < t.length() && mark(t.charAt(ci + n))) {
                    a += Math.max(0, spec.font(styles[cr]).advance(t.charAt(ci + n)));
                    n++;
                }
                if (open && width + a > max) {
                    int onLine = placed - lineStartLetters;
                    int back = MIN_PIECE - (total - placed);
                    if (back > 0 && onLine - back >= MIN_PIECE) {
                        // too few letters would be left for the next line: end this one earlier
                        backUp(back);
                        placed -= back;
                        cr = er;
                        ci = ei;
                        emit(false);
                        continue;
                    }
                    emit(false);
                }
                if (!open) {
                    start(cr, ci, cr, ci + n, a);
                    lineStartLetters = placed;
                } else {
                    width += a;
                    er = cr;
                    ei = ci + n;
                }
                placed++;
                ci += n;
            }
        }

        /** Where the open line of a broken word began, counted in letters of the word. */
        private int lineStartLetters;

        /** The letters (code points with their marks) of [(r0, i0), (r1, i1)). */
        private int letters(int r0, int i0, int r1, int i1) {
            int n = 0;
            int cr = r0;
            int ci = i0;
            while (cr < r1 || (cr == r1 && ci < i1)) {
                String t = texts[cr];
                if (ci >= t.length()) {
                    cr++;
                    ci = 0;
                    continue;
                }
                int k = Character.charCount(t.codePointAt(ci));
                while (ci + k < t.length() && mark(t.charAt(ci + k))) {
                    k++;
                }
                ci += k;
                n++;
            }
            return n;
        }

        /** Takes the last {@code letters} letters off the open line (they start the next one). */
        private void backUp(int letters) {
            for (int k = 0; k < letters; k++) {
                // step back one letter (with its marks) from (er, ei)
                while (ei == 0) {
                    er--;
                    ei = texts[er].length();
                }
                String t = texts[er];
                int j = ei - 1;
                while (j > 0 && (mark(t.charAt(j)) || Character.isLowSurrogate(t.charAt(j)))) {
                    j--;
                }
                float a = Math.max(0, spec.font(styles[er]).advance(t.codePointAt(j)));
                for (int m = j + Character.charCount(t.codePointAt(j)); m < ei; m++) {
                    a += Math.max(0, spec.font(styles[er]).advance(t.charAt(m)));
                }
                width -= a;
                ei = j;
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
            int tag = INHERIT;
            for (int r = lr; r <= er; r++) {
                String t = texts[r];
                int from = r == lr ? li : 0;
                int to = r == er ? ei : t.length();
                FontData f = spec.font(styles[r]);
                int runTag = tags == null ? INHERIT : tags[r];
                if ((styles[r] != style || runTag != tag) && sb.length() > 0) {
                    frags.add(new Frag(style, sb.toString(), fragWidth * scale, tag));
                    sb.setLength(0);
                    fragWidth = 0;
                }
                style = styles[r];
                tag = runTag;
                int k = from;
                while (k < to) {
                    char c = t.charAt(k);
                    if (c == BREAK) {
                        k++;
                        continue;
                    }
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
                    while (end < to && !space(t.charAt(end)) && t.charAt(end) != BREAK) {
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
                frags.add(new Frag(style, sb.toString(), fragWidth * scale, tag));
            }
            out.add(new Line(visual(frags.size() == 1 ? List.of(frags.get(0)) : List.copyOf(frags), scale * 1000f,
                    rightToLeft), width * scale, rightToLeft));
        }
    }
}
