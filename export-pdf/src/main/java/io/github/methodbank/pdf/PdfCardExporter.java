package io.github.methodbank.pdf;

import io.github.methodbank.core.export.ExportException;
import io.github.methodbank.core.export.ExportFormat;
import io.github.methodbank.core.export.ExportJob;
import io.github.methodbank.core.export.Exporter;
import io.github.methodbank.pdf.internal.DeckWriter;
import io.github.methodbank.pdf.internal.FontData;
import io.github.methodbank.pdf.internal.Spec;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Exports methods as printable two-sided PDF cards.
 *
 * <pre>{@code
 * Exporter cards = PdfCardExporter.builder().size(CardSize.POKER).layout(Layout.SHEET).build();
 * try (OutputStream out = Files.newOutputStream(Path.of("deck.pdf"))) {
 *     cards.export(ExportJob.allOf(MethodBanks.loadSample()), out);
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe: one instance serves any number of concurrent exports. Never closes
 * the caller's stream; identical jobs with identical timestamps give identical bytes.
 */
public final class PdfCardExporter implements Exporter {

    /** The format: {@code pdf-cards}. */
    public static final ExportFormat FORMAT = ExportFormat.of("pdf-cards", "Printable PDF cards", "application/pdf", "pdf");

    private final PdfCardOptions options;

    private PdfCardExporter(PdfCardOptions options) {
        this.options = options;
    }

    /** An exporter with the default options (A6, one face per page). */
    public static PdfCardExporter withDefaults() {
        return new PdfCardExporter(PdfCardOptions.defaults());
    }

    /** An exporter with these options. */
    public static PdfCardExporter of(PdfCardOptions options) {
        return new PdfCardExporter(Objects.requireNonNull(options, "options"));
    }

    /** A builder starting from the default options. */
    public static Builder builder() {
        return new Builder();
    }

    /** The options of this exporter. */
    public PdfCardOptions options() {
        return options;
    }

    @Override
    public ExportFormat format() {
        return FORMAT;
    }

    @Override
    public void export(ExportJob job, OutputStream out) throws ExportException {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(out, "out");
        Spec spec;
        try {
            spec = spec();
            if (spec.sheet()) {
                spec.geometry(); // fails early when the card does not fit the sheet
            }
        } catch (IllegalArgumentException e) {
            throw new ExportException(e.getMessage(), e);
        }
        try {
            DeckWriter.write(job, spec, out);
        } catch (RuntimeException e) {
            throw new ExportException("cannot write the PDF cards: " + describe(e), e);
        }
    }

    /**
     * Writes a duplex calibration sheet (a front page and a back page) for the configured sheet size,
     * card size and duplex flip: crosses on the front, millimetre scales on the back. Print it
     * duplex, hold it against the light, and add the readings to the back offsets.
     *
     * @throws ExportException when writing fails or the card does not fit the sheet
     */
    public void exportCalibrationSheet(OutputStream out) throws ExportException {
        Objects.requireNonNull(out, "out");
        Spec spec;
        try {
            spec = spec();
            spec.geometry();
        } catch (IllegalArgumentException e) {
            throw new ExportException(e.getMessage(), e);
        }
        try {
            Instant when = ExportJob.sourceDateEpoch().orElse(Instant.EPOCH);
            DeckWriter.writeCalibration(spec, when, out);
        } catch (RuntimeException e) {
            throw new ExportException("cannot write the calibration sheet: " + describe(e), e);
        }
    }

    private static String describe(RuntimeException e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private Spec spec() {
        CardSize s = options.size();
        double w = s.widthMm();
        double h = s.heightMm();
        boolean landscape = options.orientation() == Orientation.LANDSCAPE;
        if (landscape != (w > h)) {
            double t = w;
            w = h;
            h = t;
        }
        CardTheme t = options.theme();
        List<FontData> fonts = List.of(t.regularFont().data(), t.boldFont().data(), t.italicFont().data(),
                t.boldItalicFont().data());
        return new Spec(w, h, options.layout() == Layout.SHEET, options.sheet().widthMm(), options.sheet().heightMm(),
                options.duplex() == Duplex.LONG_EDGE, options.cropMarks(), options.backOffsetXMm(),
                options.backOffsetYMm(), options.bleedMm(), options.safeMarginMm(), options.pdfA(), options.qrCode(),
                options.tagged(),
                options.overflow() == Overflow.FAIL, options.minFontSize(), fonts,
                t.pathColors(), t.palette(), t.accentColor(), t.logoBytes(), options.documentId().orElse(null),
                options.toString());
    }

    @Override
    public String toString() {
        return "PdfCardExporter" + options;
    }

    /** Builds a {@link PdfCardExporter}; the setters mirror {@link PdfCardOptions.Builder}. */
    public static final class Builder {
        private final PdfCardOptions.Builder o = PdfCardOptions.builder();

        private Builder() {}

        /** Starts from these options. */
        public Builder options(PdfCardOptions options) {
            Objects.requireNonNull(options, "options");
            return size(options.size()).orientation(options.orientation()).layout(options.layout())
                    .sheet(options.sheet()).duplex(options.duplex()).bleedMm(options.bleedMm())
                    .safeMarginMm(options.safeMarginMm()).cropMarks(options.cropMarks())
                    .backOffsetXMm(options.backOffsetXMm()).backOffsetYMm(options.backOffsetYMm())
                    .pdfA(options.pdfA()).qrCode(options.qrCode()).tagged(options.tagged()).overflow(options.overflow())
                    .minFontSize(options.minFontSize())
                    .theme(options.theme()).documentId(options.documentId().orElse(null));
        }

        /** See {@link PdfCardOptions#size()}. */
        public Builder size(CardSize v) {
            o.size(v);
            return this;
        }

        /** See {@link PdfCardOptions#orientation()}. */
        public Builder orientation(Orientation v) {
            o.orientation(v);
            return this;
        }

        /** See {@link PdfCardOptions#layout()}. */
        public Builder layout(Layout v) {
            o.layout(v);
            return this;
        }

        /** See {@link PdfCardOptions#sheet()}. */
        public Builder sheet(SheetSize v) {
            o.sheet(v);
            return this;
        }

        /** See {@link PdfCardOptions#duplex()}. */
        public Builder duplex(Duplex v) {
            o.duplex(v);
            return this;
        }

        /** See {@link PdfCardOptions#bleedMm()}. */
        public Builder bleedMm(double v) {
            o.bleedMm(v);
            return this;
        }

        /** See {@link PdfCardOptions#safeMarginMm()}. */
        public Builder safeMarginMm(double v) {
            o.safeMarginMm(v);
            return this;
        }

        /** See {@link PdfCardOptions#cropMarks()}. */
        public Builder cropMarks(boolean v) {
            o.cropMarks(v);
            return this;
        }

        /** See {@link PdfCardOptions#backOffsetXMm()}. */
        public Builder backOffsetXMm(double v) {
            o.backOffsetXMm(v);
            return this;
        }

        /** See {@link PdfCardOptions#backOffsetYMm()}. */
        public Builder backOffsetYMm(double v) {
            o.backOffsetYMm(v);
            return this;
        }

        /** See {@link PdfCardOptions#pdfA()}. */
        public Builder pdfA(boolean v) {
            o.pdfA(v);
            return this;
        }

        /** See {@link PdfCardOptions#qrCode()}. */
        public Builder qrCode(boolean v) {
            o.qrCode(v);
            return this;
        }

        /** See {@link PdfCardOptions#tagged()}. */
        public Builder tagged(boolean v) {
            o.tagged(v);
            return this;
        }

        /** See {@link PdfCardOptions#overflow()}. */
        public Builder overflow(Overflow v) {
            o.overflow(v);
            return this;
        }

        /** See {@link PdfCardOptions#minFontSize()}. */
        public Builder minFontSize(float v) {
            o.minFontSize(v);
            return this;
        }

        /** See {@link PdfCardOptions#theme()}. */
        public Builder theme(CardTheme v) {
            o.theme(v);
            return this;
        }

        /** See {@link PdfCardOptions#documentId()}. */
        public Builder documentId(String v) {
            o.documentId(v);
            return this;
        }

        /** The exporter. */
        public PdfCardExporter build() {
            return new PdfCardExporter(o.build());
        }
    }
}
