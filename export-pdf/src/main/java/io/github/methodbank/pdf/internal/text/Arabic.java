package io.github.methodbank.pdf.internal.text;

import java.util.function.IntPredicate;

/**
 * Joins Arabic letters: each letter of the Arabic alphabet (and the Persian and Urdu letters
 * پ چ ژ ک گ ی) becomes its isolated, final, initial or medial presentation form by whether it
 * connects to its neighbours, and lam followed by alef becomes the lam-alef ligature. Marks
 * (harakat) are transparent to joining and stay after their letter. The text stays in logical
 * order; the bidirectional reordering comes later, when lines are laid out.
 *
 * <p>This is the joining of the Unicode Arabic shaping rules with the presentation forms that
 * fonts such as DejaVu Sans carry, not full OpenType shaping: no contextual alternates, no
 * mark positioning beyond the font's defaults, and no joining across differently styled runs.
 * Not API.
 */
public final class Arabic {

    private Arabic() {}

    /** For each code point from U+0600 to U+06FF: its isolated form, or 0 when it has no forms here. */
    private static final char[] FORM = new char[0x100];
    /** For each code point from U+0600 to U+06FF: 'D' dual-joining, 'R' right-joining, 'U' not joining, 'C' join-causing. */
    private static final char[] JOINING = new char[0x100];

    private static final char LAM = '\u0644';
    private static final char TATWEEL = '\u0640';
    private static final char ZWJ = '\u200D';
    private static final char ZWNJ = '\u200C';
    private static final char ALEF_MAKSURA = '\u0649';

    static {
        // letter, isolated form, joining type; the forms follow the isolated one in the order
        // isolated, final (R and D), initial, medial (D only)
        Object[][] letters = {
            {'\u0621', '\uFE80', 'U'}, {'\u0622', '\uFE81', 'R'}, {'\u0623', '\uFE83', 'R'}, {'\u0624', '\uFE85', 'R'},
            {'\u0625', '\uFE87', 'R'}, {'\u0626', '\uFE89', 'D'}, {'\u0627', '\uFE8D', 'R'}, {'\u0628', '\uFE8F', 'D'},
            {'\u0629', '\uFE93', 'R'}, {'\u062A', '\uFE95', 'D'}, {'\u062B', '\uFE99', 'D'}, {'\u062C', '\uFE9D', 'D'},
            {'\u062D', '\uFEA1', 'D'}, {'\u062E', '\uFEA5', 'D'}, {'\u062F', '\uFEA9', 'R'}, {'\u0630', '\uFEAB', 'R'},
            {'\u0631', '\uFEAD', 'R'}, {'\u0632', '\uFEAF', 'R'}, {'\u0633', '\uFEB1', 'D'}, {'\u0634', '\uFEB5', 'D'},
            {'\u0635', '\uFEB9', 'D'}, {'\u0636', '\uFEBD', 'D'}, {'\u0637', '\uFEC1', 'D'}, {'\u0638', '\uFEC5', 'D'},
            {'\u0639', '\uFEC9', 'D'}, {'\u063A', '\uFECD', 'D'}, {'\u0641', '\uFED1', 'D'}, {'\u0642', '\uFED5', 'D'},
            {'\u0643', '\uFED9', 'D'}, {'\u0644', '\uFEDD', 'D'}, {'\u0645', '\uFEE1', 'D'}, {'\u0646', '\uFEE5', 'D'},
            {'\u0647', '\uFEE9', 'D'}, {'\u0648', '\uFEED', 'R'}, {'\u0649', '\uFEEF', 'D'}, {'\u064A', '\uFEF1', 'D'},
            {'\u067E', '\uFB56', 'D'}, {'\u0686', '\uFB7A', 'D'}, {'\u0698', '\uFB8A', 'R'}, {'\u06A9', '\uFB8E', 'D'},
            {'\u06AF', '\uFB92', 'D'}, {'\u06CC', '\uFBFC', 'D'},
        };
        for (Object[] l : letters) {
            int i = (Character) l[0] - 0x0600;
            FORM[i] = (Character) l[1];
            JOINING[i] = (Character) l[2];
        }
        JOINING[TATWEEL - 0x0600] = 'C';
    }

    /** Whether the text has a letter this class joins. */
    static boolean has(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x0600 && c <= 0x06FF && FORM[c - 0x0600] != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a code point is an Arabic-script letter in its plain form. After {@link #shape} such
     * a letter was not joined: a letter of another language using the script, which this class
     * does not know, or one whose joined form the font lacks.
     */
    static boolean unjoined(int cp) {
        return cp >= 0x0620 && cp <= 0x08FF && cp != TATWEEL && Character.isLetter(cp);
    }

    /** The text with its Arabic letters in their joined forms. */
    static String shape(String text) {
        return shape(text, cp -> true);
    }

    /**
     * The text with its Arabic letters in their joined forms, where {@code canShow} accepts the
     * form; a letter whose form it refuses stays as it is (and so unjoined).
     */
    static String shape(String text, IntPredicate canShow) {
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char type = type(c);
            if (type != 'D' && type != 'R' && type != 'U') {
                out.append(c);
                continue;
            }
            int prev = neighbour(text, i, -1);
            boolean joinsPrevious = type != 'U' && prev >= 0 && joinsForward(text.charAt(prev));
            int next = neighbour(text, i, 1);
            if (c == LAM && next >= 0 && lamAlef(text.charAt(next)) != 0) {
                // the ligature joins on the right as the lam did; it never joins on the left, as alef
                char ligature = (char) (lamAlef(text.charAt(next)) + (joinsPrevious ? 1 : 0));
                if (canShow.test(ligature)) {
                    out.append(ligature);
                    out.append(text, i + 1, next); // marks between the two letters stay after the ligature
                    i = next;
                    continue;
                }
            }
            boolean joinsNext = type == 'D' && next >= 0 && joinsBackward(text.charAt(next));
            char form = form(c, joinsPrevious, joinsNext);
            out.append(canShow.test(form) ? form : c);
        }
        return out.toString();
    }

    /** The presentation form of a letter that joins, or not, on each side. */
    private static char form(char c, boolean joinsPrevious, boolean joinsNext) {
        char isolated = FORM[c - 0x0600];
        if (c == ALEF_MAKSURA && joinsNext) {
            // its initial and medial forms are in Presentation Forms-A, away from the other two
            return joinsPrevious ? '\uFBE9' : '\uFBE8';
        }
        if (joinsPrevious && joinsNext) {
            return (char) (isolated + 3);
        } else if (joinsPrevious) {
            return (char) (isolated + 1);
        } else if (joinsNext) {
            return (char) (isolated + 2);
        }
        return isolated;
    }

    private static char type(char c) {
        if (c == ZWJ) {
            return 'C';
        }
        return c >= 0x0600 && c <= 0x06FF ? JOINING[c - 0x0600] : 0;
    }

    /**
     * The index of the nearest character before (-1) or after (1) i that is not transparent to
     * joining (marks and format characters such as the direction marks are; the zero-width
     * joiner and non-joiner are not); -1 when none.
     */
    private static int neighbour(String text, int i, int step) {
        for (int k = i + step; k >= 0 && k < text.length(); k += step) {
            char c = text.charAt(k);
            int t = Character.getType(c);
            boolean transparent = t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK
                    || (t == Character.FORMAT && c != ZWJ && c != ZWNJ);
            if (!transparent) {
                return k;
            }
        }
        return -1;
    }

    /** Whether a letter connects to the letter after it. */
    private static boolean joinsForward(char c) {
        char t = type(c);
        return t == 'D' || t == 'C';
    }

    /** Whether a letter connects to the letter before it. */
    private static boolean joinsBackward(char c) {
        char t = type(c);
        return t == 'D' || t == 'R' || t == 'C';
    }

    /** The isolated lam-alef ligature for an alef after lam (its final form follows), or 0. */
    private static char lamAlef(char alef) {
        return switch (alef) {
            case '\u0622' -> '\uFEF5';
            case '\u0623' -> '\uFEF7';
            case '\u0625' -> '\uFEF9';
            case '\u0627' -> '\uFEFB';
            default -> 0;
        };
    }
}
