package io.github.methodbank.pdf;

import java.util.Objects;
import java.util.Optional;

/**
 * The typed options of {@link PdfCardExporter}. Immutable and thread-safe; build with
 * {@link #builder()}, change a copy with {@link #toBuilder()}.
 */
public final class PdfCardOptions {

    private static final PdfCardOptions DEFAULTS = builder().build();

    private final CardSize size;
    private final Orientation orientation;
    private final Layout layout;
    private final SheetSize sheet;
    private final Duplex duplex;
    private final double bleedMm;
    private final double safeMarginMm;
    private final boolean cropMarks;
    private final double backOffsetXMm;
    private final double backOffsetYMm;
    private final boolean pdfA;
    private final boolean qrCode;
    private final boolean tagged;
    private final Overflow overflow;
    private final float minFontSize;
    private final CardTheme theme;
    private final String documentId;

    private PdfCardOptions(Builder b) {
        this.size = b.size;
        this.orientation = b.orientation;
        this.layout = b.layout;
        this.sheet = b.sheet;
        this.duplex = b.duplex;
        this.bleedMm = b.bleedMm;
        this.safeMarginMm = b.safeMarginMm;
        this.cropMarks = b.cropMarks;
        this.backOffsetXMm = b.backOffsetXMm;
        this.backOffsetYMm = b.backOffsetYMm;
        this.pdfA = b.pdfA;
        this.qrCode = b.qrCode;
        this.tagged = b.tagged;
        this.overflow = b.overflow;
        this.minFontSize = b.minFontSize;
        this.theme = b.theme;
        this.documentId = b.documentId;
    }

    /** The defaults: A6 portrait, one face per page, 3 mm bleed, 5 mm safe margin, overflow continues. */
    public static PdfCardOptions defaults() {
        return DEFAULTS;
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        return new Builder().size(size).orientation(orientation).layout(layout).sheet(sheet).duplex(duplex)
                .bleedMm(bleedMm).safeMarginMm(safeMarginMm).cropMarks(cropMarks).backOffsetXMm(backOffsetXMm)
                .backOffsetYMm(backOffsetYMm).pdfA(pdfA).qrCode(qrCode).tagged(tagged).overflow(overflow).minFontSize(minFontSize)
                .theme(theme).documentId(documentId);
    }

    /** The card size (default A6). */
    public CardSize size() {
        return size;
    }

    /** Portrait or landscape (default portrait). */
    public Orientation orientation() {
        return orientation;
    }

    /** One face per page or N-up sheets (default one face per page). */
    public Layout layout() {
        return layout;
    }

    /** The paper for the sheet layout (default A4). */
    public SheetSize sheet() {
        return sheet;
    }

    /** How the printer turns the paper in the sheet layout (default long edge). */
    public Duplex duplex() {
        return duplex;
    }

    /** Bleed around each card in millimetres (default 3). */
    public double bleedMm() {
        return bleedMm;
    }

    /** Distance of text from the trimmed edge in millimetres (default 5). */
    public double safeMarginMm() {
        return safeMarginMm;
    }

    /** Whether sheets get crop marks (default true). */
    public boolean cropMarks() {
        return cropMarks;
    }

    /** Horizontal shift of back sheets in millimetres, to correct a printer's duplex misalignment. */
    public double backOffsetXMm() {
        return backOffsetXMm;
    }

    /** Vertical shift of back sheets in millimetres. */
    public double backOffsetYMm() {
        return backOffsetYMm;
    }

    /** Whether the file is PDF/A-2b (default false). */
    public boolean pdfA() {
        return pdfA;
    }

    /** Whether backs carry a QR code of the method's first link (default false). */
    public boolean qrCode() {
        return qrCode;
    }

    /**
     * Whether the PDF is tagged (default true): a structure tree in reading order for screen readers
     * and reflow, decoration marked as artifacts. Turning it off makes large decks faster to write
     * (tagging adds tens of objects per method) and leaves the printed cards the same.
     */
    public boolean tagged() {
        return tagged;
    }

    /** What happens when text does not fit at the minimum size (default continue on extra cards). */
    public Overflow overflow() {
        return overflow;
    }

    /** The smallest body text size in points (default 6). */
    public float minFontSize() {
        return minFontSize;
    }

    /** Colours, fonts and logo. */
    public CardTheme theme() {
        return theme;
    }

    /**
     * A fixed document id; when absent the id is derived from the content, options and timestamp,
     * which already makes identical input give identical files.
     */
    public Optional<String> documentId() {
        return Optional.ofNullable(documentId);
    }

    @Override
    public String toString() {
        return "PdfCardOptions[size=" + size + ", orientation=" + orientation + ", layout=" + layout + ", sheet=" + sheet
                + ", duplex=" + duplex + ", bleedMm=" + bleedMm + ", safeMarginMm=" + safeMarginMm + ", cropMarks="
                + cropMarks + ", backOffsetXMm=" + backOffsetXMm + ", backOffsetYMm=" + backOffsetYMm + ", pdfA=" + pdfA
                + ", qrCode=" + qrCode + ", tagged=" + tagged + ", overflow=" + overflow + ", minFontSize=" + minFontSize
                + ", theme=" + theme + ", documentId=" + documentId + "]";
    }

    /** Builds {@link PdfCardOptions}; every setter checks its value. */
    public static final class Builder {
        private CardSize size = CardSize.A6;
        private Orientation orientation = Orientation.PORTRAIT;
        private Layout layout = Layout.SINGLE;
        private SheetSize sheet = SheetSize.A4;
        private Duplex duplex = Duplex.LONG_EDGE;
        private double bleedMm = 3;
        private double safeMarginMm = 5;
        private boolean cropMarks = true;
        private double backOffsetXMm;
        private double backOffsetYMm;
        private boolean pdfA;
        private boolean qrCode;
        private boolean tagged = true;
        private Overflow overflow = Overflow.CONTINUE;
        private float minFontSize = 6;
        private CardTheme theme = CardTheme.defaults();
        private String documentId;

        private Builder() {}

        /** The card size. */
        public Builder size(CardSize size) {
            this.size = Objects.requireNonNull(size, "size");
            return this;
        }

        /** Portrait or landscape. */
        public Builder orientation(Orientation orientation) {
            this.orientation = Objects.requireNonNull(orientation, "orientation");
            return this;
        }

        /** One face per page or N-up sheets. */
        public Builder layout(Layout layout) {
            this.layout = Objects.requireNonNull(layout, "layout");
            return this;
        }

        /** The paper for the sheet layout. */
        public Builder sheet(SheetSize sheet) {
            this.sheet = Objects.requireNonNull(sheet, "sheet");
            return this;
        }

        /** How the printer turns the paper. */
        public Builder duplex(Duplex duplex) {
            this.duplex = Objects.requireNonNull(duplex, "duplex");
            return this;
        }

        /** Bleed in millimetres, 0 to 10. */
        public Builder bleedMm(double bleedMm) {
            this.bleedMm = range("bleed", bleedMm, 0, 10);
            return this;
        }

        /** Safe margin in millimetres, 0 to 20. */
        public Builder safeMarginMm(double safeMarginMm) {
            this.safeMarginMm = range("safe margin", safeMarginMm, 0, 20);
            return this;
        }

        /** Whether sheets get crop marks. */
        public Builder cropMarks(boolean cropMarks) {
            this.cropMarks = cropMarks;
            return this;
        }

        /** Horizontal back-sheet shift in millimetres, -20 to 20. */
        public Builder backOffsetXMm(double mm) {
            this.backOffsetXMm = range("back offset x", mm, -20, 20);
            return this;
        }

        /** Vertical back-sheet shift in millimetres, -20 to 20. */
        public Builder backOffsetYMm(double mm) {
            this.backOffsetYMm = range("back offset y", mm, -20, 20);
            return this;
        }

        /** Whether the file is PDF/A-2b. */
        public Builder pdfA(boolean pdfA) {
            this.pdfA = pdfA;
            return this;
        }

        /** Whether backs carry a QR code of the first link. */
        public Builder qrCode(boolean qrCode) {
            this.qrCode = qrCode;
            return this;
        }

        /** Whether the PDF is tagged (structure tree, artifacts). */
        public Builder tagged(boolean tagged) {
            this.tagged = tagged;
            return this;
        }

        /** What happens when text does not fit. */
        public Builder overflow(Overflow overflow) {
            this.overflow = Objects.requireNonNull(overflow, "overflow");
            return this;
        }

        /** The smallest body text size in points, 4 to 14. */
        public Builder minFontSize(float points) {
            this.minFontSize = (float) range("minimum font size", points, 4, 14);
            return this;
        }

        /** Colours, fonts and logo. */
        public Builder theme(CardTheme theme) {
            this.theme = Objects.requireNonNull(theme, "theme");
            return this;
        }

        /** A fixed document id, or null to derive it from the content. */
        public Builder documentId(String documentId) {
            this.documentId = documentId;
            return this;
        }

        /** The options. */
        public PdfCardOptions build() {
            return new PdfCardOptions(this);
        }

        private static double range(String what, double v, double min, double max) {
            if (!(v >= min && v <= max)) {
                throw new IllegalArgumentException(what + " must be between " + fmt(min) + " and " + fmt(max) + ", was " + v);
            }
            return v;
        }

        private static String fmt(double v) {
            return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
        }
    }
}
