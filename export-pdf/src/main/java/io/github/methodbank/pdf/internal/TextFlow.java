package io.github.methodbank.pdf.internal;

import io.github.methodbank.core.RichText;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks styled text into lines with real font advances: by words, breaking a word only when it is
 * longer than a line. Characters the font cannot show must already be replaced (see
 * {@link Glyphs}). Not API.
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
        LineBuilder line = new LineBuilder(size);
        // the current word, as pieces (style, text)
        List<int[]> wordStyles = new ArrayList<>();
        List<StringBuilder> wordTexts = new ArrayList<>();
        int pendingSpaceStyle = -1;
        for (int r = 0; r < texts.length; r++) {
            String t = texts[r];
            int st = styles[r];
            for (int i = 0; i < t.length(); ) {
                int cp = t.codePointAt(i);
                i += Character.charCount(cp);
                if (Character.isWhitespace(cp)) {
                    if (!wordTexts.isEmpty()) {
                        place(out, line, pendingSpaceStyle, wordStyles, wordTexts, size, maxWidth);
                        wordStyles.clear();
                        wordTexts.clear();
                    }
                    pendingSpaceStyle = st;
                    continue;
                }
                if (wordStyles.isEmpty() || wordStyles.get(wordStyles.size() - 1)[0] != st) {
                    wordStyles.add(new int[] {st});
                    wordTexts.add(new StringBuilder());
                }
                wordTexts.get(wordTexts.size() - 1).appendCodePoint(cp);
            }
        }
        if (!wordTexts.isEmpty()) {
            place(out, line, pendingSpaceStyle, wordStyles, wordTexts, size, maxWidth);
        }
        if (!line.isEmpty()) {
            out.add(line.build());
        }
        return out;
    }

    private void place(List<Line> out, LineBuilder line, int spaceStyle, List<int[]> styles, List<StringBuilder> texts,
            float size, float maxWidth) {
        float wordWidth = 0;
        for (int k = 0; k < texts.size(); k++) {
            wordWidth += spec.font(styles.get(k)[0]).width(texts.get(k).toString(), size);
        }
        int sp = spaceStyle < 0 ? styles.get(0)[0] : spaceStyle;
        float spaceWidth = line.isEmpty() ? 0 : spec.font(sp).width(" ", size);
        if (line.width + spaceWidth + wordWidth <= maxWidth + 0.01f) {
            if (!line.isEmpty()) {
                line.add(sp, " ", spaceWidth);
            }
            for (int k = 0; k < texts.size(); k++) {
                line.add(styles.get(k)[0], texts.get(k).toString(), -1);
            }
            return;
        }
        if (!line.isEmpty()) {
            out.add(line.build());
        }
        if (wordWidth <= maxWidth + 0.01f) {
            for (int k = 0; k < texts.size(); k++) {
                line.add(styles.get(k)[0], texts.get(k).toString(), -1);
            }
            return;
        }
        // a word longer than the line: break it between characters
        for (int k = 0; k < texts.size(); k++) {
            int st = styles.get(k)[0];
            FontData f = spec.font(st);
            String t = texts.get(k).toString();
            for (int i = 0; i < t.length(); ) {
                int cp = t.codePointAt(i);
                int n = Character.charCount(cp);
                float w = Math.max(0, f.advance(cp)) * size / 1000f;
                if (!line.isEmpty() && line.width + w > maxWidth + 0.01f) {
                    out.add(line.build());
                }
                line.add(st, t.substring(i, i + n), w);
                i += n;
            }
        }
    }

    /** Accumulates fragments, merging neighbours of one style. */
    private final class LineBuilder {
        private final float size;
        private final List<Frag> frags = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int style = -1;
        private float fragWidth;
        float width;

        LineBuilder(float size) {
            this.size = size;
        }

        boolean isEmpty() {
            return frags.isEmpty() && text.length() == 0;
        }

        void add(int st, String s, float w) {
            if (w < 0) {
                w = spec.font(st).width(s, size);
            }
            if (st != style && text.length() > 0) {
                frags.add(new Frag(style, text.toString(), fragWidth));
                text.setLength(0);
                fragWidth = 0;
            }
            style = st;
            text.append(s);
            fragWidth += w;
            width += w;
        }

        Line build() {
            if (text.length() > 0) {
                frags.add(new Frag(style, text.toString(), fragWidth));
            }
            Line l = new Line(List.copyOf(frags), width);
            frags.clear();
            text.setLength(0);
            fragWidth = 0;
            width = 0;
            style = -1;
            return l;
        }
    }
}
