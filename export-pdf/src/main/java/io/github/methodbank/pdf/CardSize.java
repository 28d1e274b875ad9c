package io.github.methodbank.pdf;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The trimmed size of a card in millimetres, given in portrait (width ≤ height is not required for
 * custom sizes; {@link Orientation} turns the card). Immutable.
 */
public final class CardSize {

    /** ISO A6, 105 × 148 mm: the default. */
    public static final CardSize A6 = new CardSize("a6", 105, 148);
    /** ISO A7, 74 × 105 mm. */
    public static final CardSize A7 = new CardSize("a7", 74, 105);
    /** ISO A5, 148 × 210 mm. */
    public static final CardSize A5 = new CardSize("a5", 148, 210);
    /** Poker playing card, 63 × 88 mm. */
    public static final CardSize POKER = new CardSize("poker", 63, 88);
    /** Tarot card, 70 × 120 mm. */
    public static final CardSize TAROT = new CardSize("tarot", 70, 120);
    /** US index card, 5 × 3 in (127 × 76.2 mm), naturally landscape. */
    public static final CardSize INDEX_5X3 = new CardSize("index-5x3", 127, 76.2);

    private final String name;
    private final double widthMm;
    private final double heightMm;

    private CardSize(String name, double widthMm, double heightMm) {
        this.name = name;
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    /**
     * A custom size.
     *
     * @throws IllegalArgumentException when a side is not between 20 and 500 mm
     */
    public static CardSize custom(double widthMm, double heightMm) {
        if (!(widthMm >= 20 && widthMm <= 500 && heightMm >= 20 && heightMm <= 500)) {
            throw new IllegalArgumentException("card size " + widthMm + " × " + heightMm
                    + " mm is out of range; each side must be between 20 and 500 mm");
        }
        return new CardSize(fmt(widthMm) + "x" + fmt(heightMm), widthMm, heightMm);
    }

    /**
     * A size by its name, as options and the command line give it: {@code a6}, {@code a7}, {@code a5},
     * {@code poker}, {@code tarot}, {@code index-5x3}, or {@code WIDTHxHEIGHT} in millimetres such as
     * {@code 63x88}.
     *
     * @throws IllegalArgumentException when the text is none of these, or a custom side is out of range
     */
    public static CardSize parse(String text) {
        Objects.requireNonNull(text, "text");
        String v = text.trim().toLowerCase(Locale.ROOT);
        for (CardSize s : List.of(A6, A7, A5, POKER, TAROT, INDEX_5X3)) {
            if (s.name.equals(v)) {
                return s;
            }
        }
        Matcher m = CUSTOM.matcher(v);
        if (!m.matches()) {
            throw new IllegalArgumentException("use a6, a7, a5, poker, tarot, index-5x3 or WIDTHxHEIGHT in mm such as 63x88");
        }
        return custom(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)));
    }

    private static final Pattern CUSTOM = Pattern.compile("(\\d{1,4}(?:\\.\\d{1,3})?)x(\\d{1,4}(?:\\.\\d{1,3})?)");

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
    }

    /** The name used in options: {@code a6}, {@code poker}, or {@code 63x88} for a custom size. */
    public String getName() {
        return name;
    }

    /** The width in millimetres as given. */
    public double getWidthMm() {
        return widthMm;
    }

    /** The height in millimetres as given. */
    public double getHeightMm() {
        return heightMm;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CardSize c && c.widthMm == widthMm && c.heightMm == heightMm;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(widthMm) * 31 + Double.hashCode(heightMm);
    }

    @Override
    public String toString() {
        return name + " (" + fmt(widthMm) + " × " + fmt(heightMm) + " mm)";
    }
}
