package io.github.methodbank.pdf;

import java.util.Locale;

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

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
    }

    /** The name used in options: {@code a6}, {@code poker}, or {@code 63x88} for a custom size. */
    public String name() {
        return name;
    }

    /** The width in millimetres as given. */
    public double widthMm() {
        return widthMm;
    }

    /** The height in millimetres as given. */
    public double heightMm() {
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
