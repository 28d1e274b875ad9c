package io.github.methodbank.pdf;

/** The paper for {@link Layout#SHEET} layout. */
public enum SheetSize {
    /** ISO A4, 210 × 297 mm. */
    A4(210, 297),
    /** US Letter, 8.5 × 11 in (215.9 × 279.4 mm). */
    LETTER(215.9, 279.4);

    private final double widthMm;
    private final double heightMm;

    SheetSize(double widthMm, double heightMm) {
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    /** The width of the portrait sheet in millimetres. */
    public double getWidthMm() {
        return widthMm;
    }

    /** The height of the portrait sheet in millimetres. */
    public double getHeightMm() {
        return heightMm;
    }
}
