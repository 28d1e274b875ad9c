package io.github.methodbank.pdf.internal.write;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where cards go on an N-up sheet: the grid, the front and back position of every slot, and the
 * crop marks. Pure arithmetic in PDF points (origin bottom-left), so it is tested numerically.
 *
 * <p>Cells are the card plus its bleed on every side, so neighbouring cards are separated by a
 * gutter of twice the bleed. The grid is centred, identical on every sheet. Crop marks sit on the
 * trim lines outside the grid's outer bleed edge, starting {@value #MARK_GAP_MM} mm beyond it,
 * {@value #MARK_LENGTH_MM} mm long, and end at least {@value #EDGE_MM} mm from the paper edge. The
 * sheet is turned to landscape when more cards fit that way.
 *
 * <p>Backs: in duplex the paper turns over its long or short edge. Turning over a vertical axis
 * mirrors columns, over a horizontal axis mirrors rows. For a portrait page the long edge is
 * vertical; for a landscape page it is horizontal. Back positions then move by the calibration
 * offset. Not API.
 */
public final class SheetGeometry {

    /** Points per millimetre. */
    public static final double MM = 72.0 / 25.4;
    /** Gap between the outer bleed edge and a crop mark. */
    public static final double MARK_GAP_MM = 1;
    /** Length of a crop mark. */
    public static final double MARK_LENGTH_MM = 4;
    /** Closest a crop mark may come to the paper edge. */
    public static final double EDGE_MM = 3;
    /** Margin kept free of cards when there are no crop marks. */
    public static final double PLAIN_MARGIN_MM = 5;

    /** A rectangle in points. */
    public record Rect(double x, double y, double width, double height) {
        /** The right edge. */
        public double right() {
            return x + width;
        }

        /** The top edge. */
        public double top() {
            return y + height;
        }
    }

    /** A crop mark: a line from (x1, y1) to (x2, y2) in points. */
    public record Mark(double x1, double y1, double x2, double y2) {}

    private final double pageWidth;
    private final double pageHeight;
    private final double cardWidth;
    private final double cardHeight;
    private final double bleed;
    private final int cols;
    private final int rows;
    private final boolean mirrorColumns;
    private final double offsetX;
    private final double offsetY;
    private final boolean cropMarks;
    private final double gridX;
    private final double gridY;

    private SheetGeometry(double pageWidth, double pageHeight, double cardWidth, double cardHeight, double bleed,
            int cols, int rows, boolean longEdge, double offsetX, double offsetY, boolean cropMarks) {
        this.pageWidth = pageWidth;
        this.pageHeight = pageHeight;
        this.cardWidth = cardWidth;
        this.cardHeight = cardHeight;
        this.bleed = bleed;
        this.cols = cols;
        this.rows = rows;
        boolean portraitPage = pageHeight >= pageWidth;
        this.mirrorColumns = longEdge == portraitPage;
        this.offsetX = offsetX;
        this.offsetY = offsetY;
        this.cropMarks = cropMarks;
        this.gridX = (pageWidth - cols * (cardWidth + 2 * bleed)) / 2;
        this.gridY = (pageHeight - rows * (cardHeight + 2 * bleed)) / 2;
    }

    /**
     * The geometry for cards of the given trimmed size (millimetres) on a portrait sheet of the
     * given size, turned to landscape when more cards fit.
     *
     * @throws IllegalArgumentException when not one card fits on the sheet
     */
    public static SheetGeometry of(double sheetWidthMm, double sheetHeightMm, double cardWidthMm, double cardHeightMm,
            double bleedMm, boolean cropMarks, boolean longEdge, double offsetXMm, double offsetYMm) {
        double margin = cropMarks ? MARK_GAP_MM + MARK_LENGTH_MM + EDGE_MM : PLAIN_MARGIN_MM;
        int pc = fit(sheetWidthMm, cardWidthMm, bleedMm, margin);
        int pr = fit(sheetHeightMm, cardHeightMm, bleedMm, margin);
        int lc = fit(sheetHeightMm, cardWidthMm, bleedMm, margin);
        int lr = fit(sheetWidthMm, cardHeightMm, bleedMm, margin);
        boolean landscape = lc * lr > pc * pr;
        int cols = landscape ? lc : pc;
        int rows = landscape ? lr : pr;
        if (cols * rows == 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "a %.1f × %.1f mm card with %.1f mm bleed does not fit on a %.1f × %.1f mm sheet "
                            + "(%.0f mm margin%s); use a smaller card, less bleed or the single layout",
                    cardWidthMm, cardHeightMm, bleedMm, sheetWidthMm, sheetHeightMm, margin,
                    cropMarks ? " for crop marks" : ""));
        }
        double w = (landscape ? sheetHeightMm : sheetWidthMm) * MM;
        double h = (landscape ? sheetWidthMm : sheetHeightMm) * MM;
        return new SheetGeometry(w, h, cardWidthMm * MM, cardHeightMm * MM, bleedMm * MM, cols, rows, longEdge,
                offsetXMm * MM, offsetYMm * MM, cropMarks);
    }

    private static int fit(double sheet, double card, double bleed, double margin) {
        return (int) Math.floor((sheet - 2 * margin + 1e-9) / (card + 2 * bleed));
    }

    /** Page width in points. */
    public double pageWidth() {
        return pageWidth;
    }

    /** Page height in points. */
    public double pageHeight() {
        return pageHeight;
    }

    /** Columns of cards. */
    public int columns() {
        return cols;
    }

    /** Rows of cards. */
    public int rows() {
        return rows;
    }

    /** Cards per sheet. */
    public int cardsPerSheet() {
        return cols * rows;
    }

    /** Whether backs mirror the columns (else they mirror the rows). */
    public boolean mirrorsColumns() {
        return mirrorColumns;
    }

    /** The trim box of the card in a slot, counted left to right, top to bottom, on a front sheet. */
    public Rect front(int slot) {
        return cell(slot % cols, slot / cols, 0, 0);
    }

    /** The trim box, on the back sheet, of the back of the card in a front slot. */
    public Rect back(int slot) {
        int c = slot % cols;
        int r = slot / cols;
        return mirrorColumns ? cell(cols - 1 - c, r, offsetX, offsetY) : cell(c, rows - 1 - r, offsetX, offsetY);
    }

    private Rect cell(int col, int rowFromTop, double dx, double dy) {
        double x = gridX + bleed + col * (cardWidth + 2 * bleed);
        double y = gridY + bleed + (rows - 1 - rowFromTop) * (cardHeight + 2 * bleed);
        return new Rect(x + dx, y + dy, cardWidth, cardHeight);
    }

    /** Bleed in points. */
    public double bleed() {
        return bleed;
    }

    /** The crop marks of a front sheet (empty when crop marks are off). */
    public List<Mark> cropMarks() {
        if (!cropMarks) {
            return List.of();
        }
        double gridTop = pageHeight - gridY;
        double gridRight = pageWidth - gridX;
        double gap = MARK_GAP_MM * MM;
        double len = MARK_LENGTH_MM * MM;
        Set<Long> xs = new LinkedHashSet<>();
        Set<Long> ys = new LinkedHashSet<>();
        List<Mark> marks = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            Rect r = cell(c, 0, 0, 0);
            for (double x : new double[] {r.x(), r.right()}) {
                if (xs.add(Math.round(x * 1000))) {
                    marks.add(new Mark(x, gridTop + gap, x, gridTop + gap + len));
                    marks.add(new Mark(x, gridY - gap, x, gridY - gap - len));
                }
            }
        }
        for (int row = 0; row < rows; row++) {
            Rect r = cell(0, row, 0, 0);
            for (double y : new double[] {r.y(), r.top()}) {
                if (ys.add(Math.round(y * 1000))) {
                    marks.add(new Mark(gridX - gap, y, gridX - gap - len, y));
                    marks.add(new Mark(gridRight + gap, y, gridRight + gap + len, y));
                }
            }
        }
        return marks;
    }
}
