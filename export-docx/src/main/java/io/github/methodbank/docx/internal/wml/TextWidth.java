package io.github.methodbank.docx.internal.wml;

import java.text.Normalizer;

/**
 * How wide text comes out in Arial (Liberation Sans, Helvetica: the same widths), estimated from
 * the fonts' standard character widths, to choose a layout that breaks no word. Letters with
 * accents count as their base letter; characters outside Latin count as a full em, other unknown
 * ones as a wide letter. A margin covers other fonts a template may bring.
 */
public final class TextWidth {

    /** Widths of U+0020 to U+007E in thousandths of an em: regular. */
    private static final short[] REGULAR = {
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
    };
    /** Widths of U+0020 to U+007E in thousandths of an em: bold. */
    private static final short[] BOLD = {
        278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
        975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
        333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
        611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
    };
    /** Room for fonts a little wider than Arial. */
    private static final double MARGIN = 1.15;

    /** Where a line may break: spaces, hyphens, dashes and slashes. */
    private static final java.util.regex.Pattern BREAKS = java.util.regex.Pattern.compile("[\\s\\-\u2010\u2013\u2014/]+");

    private TextWidth() {}

    /** The width of {@code text} in twentieths of a point at {@code halfPoints} (Word's w:sz). */
    public static int twips(String text, boolean bold, int halfPoints) {
        long em = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            em += width(c, bold);
        }
        // thousandths of an em at halfPoints/2 points, 20 twips a point
        return (int) Math.ceil(em * halfPoints * 10 * MARGIN / 1000.0);
    }

    /** The width of the widest word of {@code text} (split at spaces and hyphens, where lines may break). */
    public static int widestWord(String text, boolean bold, int halfPoints) {
        int widest = 0;
        for (String word : BREAKS.split(text)) {
            widest = Math.max(widest, twips(word, bold, halfPoints));
        }
        return widest;
    }

    private static int width(int c, boolean bold) {
        short[] table = bold ? BOLD : REGULAR;
        if (c >= 0x20 && c <= 0x7E) {
            return table[c - 0x20];
        }
        if (c == 0xA0) {
            return table[0];
        }
        if (c < 0x2E80 && Character.isLetter(c)) {
            String base = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFD);
            int b = base.charAt(0);
            if (b >= 0x20 && b <= 0x7E) {
                return table[b - 0x20];
            }
            return 722;
        }
        return c >= 0x2E80 ? 1000 : 722;
    }
}
