package io.github.methodbank.pdf.internal;

import java.util.List;
import java.util.Map;

/**
 * Everything the internal layout and writer need, resolved from the public options: sizes in
 * millimetres with the orientation applied, fonts, colours. Not API.
 *
 * @param cardWidthMm trimmed card width, orientation applied
 * @param cardHeightMm trimmed card height, orientation applied
 * @param sheet whether cards go N-up on sheets
 * @param sheetWidthMm portrait sheet width
 * @param sheetHeightMm portrait sheet height
 * @param longEdge whether duplex turns over the long edge
 * @param cropMarks whether sheets get crop marks
 * @param offsetXMm calibration offset of back sheets, x
 * @param offsetYMm calibration offset of back sheets, y
 * @param bleedMm bleed on every side
 * @param safeMm inset of text from the trim edge
 * @param pdfA whether to write PDF/A-2b
 * @param qr whether backs get a QR code of the first link
 * @param tagged whether the PDF is tagged
 * @param failOnOverflow whether an overflow is an error
 * @param minFontSize smallest body text size in points
 * @param fonts regular, bold, italic, bold italic
 * @param pathColors colours by path id (0xRRGGBB)
 * @param palette colours for paths without their own
 * @param accent colour for cards on no path
 * @param logo PNG or JPEG bytes, or null
 * @param documentId fixed document id, or null to derive it from the content
 * @param fingerprint a text that changes whenever an option changes, for the derived id
 */
public record Spec(double cardWidthMm, double cardHeightMm, boolean sheet, double sheetWidthMm, double sheetHeightMm,
        boolean longEdge, boolean cropMarks, double offsetXMm, double offsetYMm, double bleedMm, double safeMm,
        boolean pdfA, boolean qr, boolean tagged, boolean failOnOverflow, float minFontSize,
        List<FontData> fonts, Map<String, Integer> pathColors, List<Integer> palette, int accent, byte[] logo,
        String documentId, String fingerprint) {

    /** Regular style index into {@link #fonts()}. */
    public static final int REGULAR = 0;
    /** Bold style index. */
    public static final int BOLD = 1;
    /** Italic style index. */
    public static final int ITALIC = 2;
    /** Bold italic style index. */
    public static final int BOLD_ITALIC = 3;

    /** The font of a style index. */
    public FontData font(int style) {
        return fonts.get(style);
    }

    /** The geometry of sheets; only for the sheet layout. */
    public SheetGeometry geometry() {
        return SheetGeometry.of(sheetWidthMm, sheetHeightMm, cardWidthMm, cardHeightMm, bleedMm, cropMarks, longEdge,
                offsetXMm, offsetYMm);
    }

    /** The colour of a path, by id, else from the palette by its position in the bank. */
    public int pathColor(String pathId, int index) {
        Integer c = pathColors.get(pathId);
        return c != null ? c : palette.get(Math.floorMod(index, palette.size()));
    }
}
