package io.github.methodbank.pdf;

import io.github.methodbank.core.export.AbstractExporter;
import io.github.methodbank.core.export.ExportException;
import io.github.methodbank.core.export.ExportFormat;
import io.github.methodbank.core.export.ExportJob;
import io.github.methodbank.core.export.ExportOption;
import io.github.methodbank.core.export.ExportOptionSet;
import io.github.methodbank.core.internal.style.ModelStyle;
import io.github.methodbank.pdf.internal.write.DeckWriter;
import io.github.methodbank.pdf.internal.Spec;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Exports methods as printable two-sided PDF cards. The exporter is its options: build one with
 * {@link #builder()}, read an option with its getter, change a copy with
 * {@code PdfCardExporter.builder().from(exporter)}.
 *
 * <pre>{@code
 * PdfCardExporter cards = PdfCardExporter.builder().size(CardSize.POKER).layout(Layout.SHEET).build();
 * try (OutputStream out = Files.newOutputStream(Path.of("deck.pdf"))) {
 *     cards.export(ExportJob.allOf(MethodBanks.loadSample()), out);
 * }
 * }</pre>
 *
 * <p>Each option that tools may set from text is declared once below as an {@link ExportOption}
 * (its key, description, range and default) and bound to its getter and builder method in
 * {@link #OPTIONS}; the SPI provider, the command line and its help and completion all follow from
 * that.
 *
 * <p>Immutable and thread-safe: one instance serves any number of concurrent exports. Never closes
 * the caller's stream; identical jobs with identical timestamps give identical bytes.
 */
@Value.Immutable
@ModelStyle
public abstract class PdfCardExporter extends AbstractExporter {

    /** The format: {@code pdf-cards}. */
    public static final ExportFormat FORMAT = ExportFormat.of("pdf-cards", "Printable PDF cards", "application/pdf", "pdf");

    static final ExportOption<CardSize> SIZE = ExportOption.text("size",
            "card size: a6, a7, a5, poker (63x88 mm), tarot (70x120 mm), index-5x3 (5x3 in), or WIDTHxHEIGHT in mm"
                    + " such as 63x88",
            "SIZE", CardSize::parse, CardSize::getName, CardSize.A6,
            List.of("a6", "a7", "a5", "poker", "tarot", "index-5x3"));
    static final ExportOption<Orientation> ORIENTATION = ExportOption.choice("orientation",
            "whether cards stand upright or lie on their side", Orientation.class, Orientation.PORTRAIT);
    static final ExportOption<Layout> LAYOUT = ExportOption.choice("layout",
            "single: one card face per page, fronts and backs interleaved; sheet: several cards per sheet with"
                    + " crop marks, backs placed for duplex printing",
            Layout.class, Layout.SINGLE);
    static final ExportOption<SheetSize> SHEET = ExportOption.choice("sheet", "the paper of the sheet layout",
            SheetSize.class, SheetSize.A4);
    static final ExportOption<Duplex> DUPLEX = ExportOption.choice("duplex",
            "how the printer turns the paper for the backs in the sheet layout", Duplex.class, Duplex.LONG_EDGE);
    static final ExportOption<Double> BLEED = ExportOption.number("bleed", "bleed around each card", "mm", 0, 10, 3);
    static final ExportOption<Double> SAFE_MARGIN = ExportOption.number("safe-margin",
            "distance of text from the trimmed edge", "mm", 0, 20, 5);
    static final ExportOption<Double> OFFSET_X = ExportOption.number("offset-x",
            "shift of back sheets to the right, read off the calibration sheet", "mm", -20, 20, 0);
    static final ExportOption<Double> OFFSET_Y = ExportOption.number("offset-y",
            "shift of back sheets upwards, read off the calibration sheet", "mm", -20, 20, 0);
    static final ExportOption<Boolean> CROP_MARKS = ExportOption.flag("crop-marks", "crop marks on sheets", true);
    static final ExportOption<Boolean> PDF_A = ExportOption.flag("pdfa",
            "write archival PDF/A-2: level a (accessible) when tagged, u when not", false);
    static final ExportOption<Boolean> QR_CODE = ExportOption.flag("qr",
            "print a QR code of the method's first link on the back", false);
    static final ExportOption<Boolean> TAGGED = ExportOption.flag("tagged",
            "tag the PDF for screen readers and claim PDF/UA-1 (off is faster for big decks, the printed cards are the"
                    + " same)", true);
    static final ExportOption<Overflow> OVERFLOW = ExportOption.choice("overflow",
            "when a method does not fit its card: continue on extra cards (1/2, 2/2), or fail naming the method",
            Overflow.class, Overflow.CONTINUE);
    static final ExportOption<Double> FONT_SIZE = ExportOption.number("font-size",
            "the body text size of the whole deck, 5 to 24 pt; 0 chooses it by card size (7 pt on A6, 6 pt on"
                    + " poker cards)", "pt", 0, 24, 0);
    static final ExportOption<String> DOCUMENT_ID = ExportOption.text("document-id",
            "a fixed PDF document id (by default it is derived from the content, options and timestamp)", "ID",
            PdfCardExporter::documentIdOf, id -> id, null, List.of());

    /** The options tools set from text, bound to this type's getters and builder. */
    static final ExportOptionSet<PdfCardExporter, Builder> OPTIONS = ExportOptionSet
            .builder(FORMAT, PdfCardExporter::builder, Builder::build)
            .add(SIZE, PdfCardExporter::getSize, Builder::size)
            .add(ORIENTATION, PdfCardExporter::getOrientation, Builder::orientation)
            .add(LAYOUT, PdfCardExporter::getLayout, Builder::layout)
            .add(SHEET, PdfCardExporter::getSheet, Builder::sheet)
            .add(DUPLEX, PdfCardExporter::getDuplex, Builder::duplex)
            .add(BLEED, PdfCardExporter::getBleedMm, Builder::bleedMm)
            .add(SAFE_MARGIN, PdfCardExporter::getSafeMarginMm, Builder::safeMarginMm)
            .add(OFFSET_X, PdfCardExporter::getBackOffsetXMm, Builder::backOffsetXMm)
            .add(OFFSET_Y, PdfCardExporter::getBackOffsetYMm, Builder::backOffsetYMm)
            .add(CROP_MARKS, PdfCardExporter::isCropMarks, Builder::cropMarks)
            .add(PDF_A, PdfCardExporter::isPdfA, Builder::pdfA)
            .add(QR_CODE, PdfCardExporter::isQrCode, Builder::qrCode)
            .add(TAGGED, PdfCardExporter::isTagged, Builder::tagged)
            .add(OVERFLOW, PdfCardExporter::getOverflow, Builder::overflow)
            .add(FONT_SIZE, PdfCardExporter::getFontSize, Builder::fontSize)
            .add(DOCUMENT_ID, e -> e.getDocumentId().orElse(null), Builder::documentId)
            .build();

    PdfCardExporter() {
        // only the generated implementation extends this type
    }

    /** A builder starting from the default options. */
    public static Builder builder() {
        return new Builder();
    }

    /** An exporter with the default options (A6, one face per page). */
    public static PdfCardExporter withDefaults() {
        return Defaults.EXPORTER;
    }

    /** The card size (default A6). */
    @Value.Default
    public CardSize getSize() {
        return defaultOf(SIZE);
    }

    /** Portrait or landscape (default portrait). */
    @Value.Default
    public Orientation getOrientation() {
        return defaultOf(ORIENTATION);
    }

    /** One face per page or N-up sheets (default one face per page). */
    @Value.Default
    public Layout getLayout() {
        return defaultOf(LAYOUT);
    }

    /** The paper for the sheet layout (default A4). */
    @Value.Default
    public SheetSize getSheet() {
        return defaultOf(SHEET);
    }

    /** How the printer turns the paper in the sheet layout (default long edge). */
    @Value.Default
    public Duplex getDuplex() {
        return defaultOf(DUPLEX);
    }

    /** Bleed around each card in millimetres, 0 to 10 (default 3). */
    @Value.Default
    public double getBleedMm() {
        return defaultOf(BLEED);
    }

    /** Distance of text from the trimmed edge in millimetres, 0 to 20 (default 5). */
    @Value.Default
    public double getSafeMarginMm() {
        return defaultOf(SAFE_MARGIN);
    }

    /** Horizontal shift of back sheets in millimetres, -20 to 20, to correct a printer's duplex misalignment. */
    @Value.Default
    public double getBackOffsetXMm() {
        return defaultOf(OFFSET_X);
    }

    /** Vertical shift of back sheets in millimetres, -20 to 20. */
    @Value.Default
    public double getBackOffsetYMm() {
        return defaultOf(OFFSET_Y);
    }

    /** Whether sheets get crop marks (default true). */
    @Value.Default
    public boolean isCropMarks() {
        return defaultOf(CROP_MARKS);
    }

    /**
     * Whether the file is archival PDF/A-2 (default false): PDF/A-2a when tagged (the default), PDF/A-2u
     * when not. A tagged file also claims PDF/UA-1, with or without PDF/A.
     */
    @Value.Default
    public boolean isPdfA() {
        return defaultOf(PDF_A);
    }

    /** Whether backs carry a QR code of the method's first link (default false). */
    @Value.Default
    public boolean isQrCode() {
        return defaultOf(QR_CODE);
    }

    /**
     * Whether the PDF is tagged (default true): a structure tree in reading order for screen readers
     * and reflow, decoration marked as artifacts. Turning it off makes large decks faster to write
     * (tagging adds tens of objects per method) and leaves the printed cards the same.
     */
    @Value.Default
    public boolean isTagged() {
        return defaultOf(TAGGED);
    }

    /** What happens when a method does not fit one card (default: continue on extra cards). */
    @Value.Default
    public Overflow getOverflow() {
        return defaultOf(OVERFLOW);
    }

    /**
     * The body text size of the whole deck in points, 5 to 24, the same on every card; 0 (the
     * default) chooses it by card size: 7 pt on A6, scaled with the card, never below 6 pt. Text
     * that does not fit continues on the next card face rather than shrinking.
     */
    @Value.Default
    public double getFontSize() {
        return defaultOf(FONT_SIZE);
    }

    /** Colours, fonts and logo (default {@link CardTheme#defaults()}). */
    @Value.Default
    public CardTheme getTheme() {
        return CardTheme.defaults();
    }

    /**
     * A fixed document id; when absent the id is derived from the content, options and timestamp,
     * which already makes identical input give identical files.
     */
    public abstract Optional<String> getDocumentId();

    @Override
    public ExportFormat getFormat() {
        return FORMAT;
    }

    @Override
    protected void write(ExportJob job, OutputStream out) throws IOException, ExportException {
        DeckWriter.write(job, spec(), out);
    }

    /**
     * Writes a duplex calibration sheet (a front page and a back page) for the configured sheet size,
     * card size and duplex flip: crosses on the front, millimetre scales on the back. Print it
     * duplex, hold it against the light, and add the readings to the back offsets. Tagged and
     * PDF/A as the options say, like a deck; dated {@code SOURCE_DATE_EPOCH} when it is set, else now.
     *
     * @param out where the PDF goes; flushed, not closed
     * @throws ExportException when writing fails or the card does not fit the sheet
     */
    public void exportCalibrationSheet(OutputStream out) throws ExportException {
        Objects.requireNonNull(out, "out");
        try {
            Instant when = ExportJob.sourceDateEpoch().orElseGet(Instant::now);
            DeckWriter.writeCalibration(spec(), when, out);
            out.flush();
        } catch (IOException | RuntimeException e) {
            throw new ExportException("the calibration sheet could not be written: " + e.getMessage(), e);
        }
    }

    private Spec spec() throws ExportException {
        try {
            return Spec.of(this, getTheme().getRegularFont().data(), getTheme().getBoldFont().data(),
                    getTheme().getItalicFont().data(), getTheme().getBoldItalicFont().data(), getTheme().logoBytes());
        } catch (IllegalArgumentException e) {
            throw new ExportException(e.getMessage(), e); // the card does not fit the sheet
        }
    }

    /** Checks the options' ranges; the builder calls it. */
    @Value.Check
    void check() {
        OPTIONS.check(this);
        if (getFontSize() != 0 && getFontSize() < 5) {
            throw new IllegalArgumentException("option font-size must be 0 (by card size) or from 5 to 24 pt, was "
                    + getFontSize());
        }
        getDocumentId().ifPresent(PdfCardExporter::documentIdOf);
    }

    private static String documentIdOf(String id) {
        if (id.isBlank() || id.length() > 200) {
            throw new IllegalArgumentException("a document id is 1 to 200 characters");
        }
        return id;
    }

    private static <T> T defaultOf(ExportOption<T> option) {
        return option.getDefaultValue().orElseThrow();
    }

    /** Builds a {@link PdfCardExporter}; every option has a default. Not thread-safe; the exporter is. */
    public static final class Builder extends ImmutablePdfCardExporter.Builder {
        Builder() {
            // PdfCardExporter.builder()
        }
    }

    /** Holder of the default exporter, made on first use. */
    private static final class Defaults {
        static final PdfCardExporter EXPORTER = builder().build();
    }
}
