package io.github.methodbank.pdf.internal;

import io.github.methodbank.pdf.Duplex;
import io.github.methodbank.pdf.Layout;
import io.github.methodbank.pdf.Orientation;
import io.github.methodbank.pdf.Overflow;
import io.github.methodbank.pdf.PdfCardExporter;
import io.github.methodbank.pdf.internal.text.FontData;
import io.github.methodbank.pdf.internal.write.SheetGeometry;
import java.util.List;

/**
 * What the layout and the writer need, resolved once per export from the exporter's options:
 * the card's sides with the orientation applied, the fonts of the four styles, the logo. Not API.
 */
public final class Spec {

    /** Regular style index into {@link #fonts()}. */
    public static final int REGULAR = 0;
    /** Bold style index. */
    public static final int BOLD = 1;
    /** Italic style index. */
    public static final int ITALIC = 2;
    /** Bold italic style index. */
    public static final int BOLD_ITALIC = 3;

    private final PdfCardExporter options;
    private final double cardWidthMm;
    private final double cardHeightMm;
    private final List<FontData> fonts;
    private final byte[] logo;
    private final SheetGeometry geometry;

    private Spec(PdfCardExporter options, List<FontData> fonts, byte[] logo) {
        this.options = options;
        double w = options.getSize().getWidthMm();
        double h = options.getSize().getHeightMm();
        boolean landscape = options.getOrientation() == Orientation.LANDSCAPE;
        this.cardWidthMm = landscape == (w > h) ? w : h;
        this.cardHeightMm = landscape == (w > h) ? h : w;
        this.fonts = fonts;
        this.logo = logo;
        this.geometry = options.getLayout() == Layout.SHEET ? SheetGeometry.of(options.getSheet().getWidthMm(),
                options.getSheet().getHeightMm(), cardWidthMm, cardHeightMm, options.getBleedMm(), options.isCropMarks(),
                options.getDuplex() == Duplex.LONG_EDGE, options.getBackOffsetXMm(), options.getBackOffsetYMm()) : null;
    }

    /**
     * The spec of an export.
     *
     * @throws IllegalArgumentException when the card does not fit the sheet
     */
    public static Spec of(PdfCardExporter options, FontData regular, FontData bold, FontData italic, FontData boldItalic,
            byte[] logo) {
        return new Spec(options, List.of(regular, bold, italic, boldItalic), logo);
    }

    /** The options as given. */
    public PdfCardExporter options() {
        return options;
    }

    /** Trimmed card width, orientation applied. */
    public double cardWidthMm() {
        return cardWidthMm;
    }

    /** Trimmed card height, orientation applied. */
    public double cardHeightMm() {
        return cardHeightMm;
    }

    /** Whether cards go N-up on sheets. */
    public boolean sheet() {
        return geometry != null;
    }

    /** Bleed on every side. */
    public double bleedMm() {
        return options.getBleedMm();
    }

    /** Inset of text from the trim edge. */
    public double safeMm() {
        return options.getSafeMarginMm();
    }

    /** Whether to write PDF/A. */
    public boolean pdfA() {
        return options.isPdfA();
    }

    /** Whether backs get a QR code of the first link. */
    public boolean qr() {
        return options.isQrCode();
    }

    /** Whether the PDF is tagged. */
    public boolean tagged() {
        return options.isTagged();
    }

    /** Whether an overflow is an error. */
    public boolean failOnOverflow() {
        return options.getOverflow() == Overflow.FAIL;
    }

    /** The deck's body text size in points, or 0 to choose it by card size. */
    public float fontSize() {
        return (float) options.getFontSize();
    }

    /** Regular, bold, italic, bold italic. */
    public List<FontData> fonts() {
        return fonts;
    }

    /** The font of a style index. */
    public FontData font(int style) {
        return fonts.get(style);
    }

    /** The logo's PNG or JPEG bytes, or null. */
    public byte[] logo() {
        return logo;
    }

    /** A fixed document id, or null to derive it from the content. */
    public String documentId() {
        return options.getDocumentId().orElse(null);
    }

    /** A text that changes whenever an option changes, for the derived document id. */
    public String fingerprint() {
        return options.toString();
    }

    /** The colour of cards on no path. */
    public int accent() {
        return options.getTheme().getAccentColor();
    }

    /** The geometry of sheets; only for the sheet layout. */
    public SheetGeometry geometry() {
        if (geometry == null) {
            throw new IllegalStateException("not a sheet layout");
        }
        return geometry;
    }

    /** The geometry of sheets for a calibration sheet, whatever the layout. */
    public SheetGeometry calibrationGeometry() {
        return geometry != null ? geometry : SheetGeometry.of(options.getSheet().getWidthMm(),
                options.getSheet().getHeightMm(), cardWidthMm, cardHeightMm, options.getBleedMm(), options.isCropMarks(),
                options.getDuplex() == Duplex.LONG_EDGE, options.getBackOffsetXMm(), options.getBackOffsetYMm());
    }

    /** The colour of a path, by id, else from the palette by its position in the bank. */
    public int pathColor(String pathId, int index) {
        return options.getTheme().colorOf(pathId, index);
    }
}
