package io.github.methodbank.pdf;

import io.github.methodbank.core.export.ExportFormat;
import io.github.methodbank.core.export.ExportOption;
import io.github.methodbank.core.export.Exporter;
import io.github.methodbank.core.export.ExporterProvider;
import io.github.methodbank.core.export.Exporters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Offers {@link PdfCardExporter} through the export SPI as format {@code pdf-cards}, configured from
 * string options (see {@link #options()}). Registered in {@code META-INF/services}.
 */
public final class PdfCardsProvider implements ExporterProvider {

    private static final Pattern CUSTOM = Pattern.compile("(\\d+(?:\\.\\d+)?)x(\\d+(?:\\.\\d+)?)");

    private static final List<ExportOption> OPTIONS = List.of(
            new ExportOption("size", "card size: a6, a7, a5, poker (63x88 mm), tarot (70x120 mm), index-5x3, "
                    + "or WIDTHxHEIGHT in mm such as 63x88", "a6"),
            new ExportOption("orientation", "portrait or landscape", "portrait"),
            new ExportOption("layout", "single (one card face per page, fronts and backs interleaved) or sheet "
                    + "(N-up duplex sheets with crop marks)", "single"),
            new ExportOption("sheet", "paper for the sheet layout: a4 or letter", "a4"),
            new ExportOption("duplex", "how the printer turns the paper: long-edge or short-edge", "long-edge"),
            new ExportOption("bleed", "bleed around each card in mm, 0 to 10", "3"),
            new ExportOption("offset-x", "horizontal shift of back sheets in mm (duplex calibration), -20 to 20", "0"),
            new ExportOption("offset-y", "vertical shift of back sheets in mm (duplex calibration), -20 to 20", "0"),
            new ExportOption("pdfa", "write PDF/A-2b: true or false", "false"),
            new ExportOption("qr", "print a QR code of the first link on the back: true or false", "false"),
            new ExportOption("tagged", "tagged PDF (structure tree for screen readers): true or false", "true"),
            new ExportOption("overflow", "when text does not fit at the minimum size: continue (extra cards) or "
                    + "fail", "continue"),
            new ExportOption("crop-marks", "crop marks on sheets: true or false", "true"));

    /** A provider; used by {@link java.util.ServiceLoader}. */
    public PdfCardsProvider() {}

    @Override
    public ExportFormat format() {
        return PdfCardExporter.FORMAT;
    }

    @Override
    public List<ExportOption> options() {
        return OPTIONS;
    }

    @Override
    public Exporter create(Map<String, String> options) {
        Objects.requireNonNull(options, "options");
        Exporters.requireKnownKeys(options, OPTIONS, format().getId());
        PdfCardExporter.Builder b = PdfCardExporter.builder();
        for (Map.Entry<String, String> e : options.entrySet()) {
            String key = e.getKey();
            String v = Objects.requireNonNull(e.getValue(), "value of option " + key).trim().toLowerCase(Locale.ROOT);
            switch (key) {
                case "size" -> b.size(size(v));
                case "orientation" -> b.orientation(choice(key, v, Orientation.class, "portrait, landscape"));
                case "layout" -> b.layout(choice(key, v, Layout.class, "single, sheet"));
                case "sheet" -> b.sheet(choice(key, v, SheetSize.class, "a4, letter"));
                case "duplex" -> b.duplex(choice(key, v, Duplex.class, "long-edge, short-edge"));
                case "bleed" -> b.bleedMm(number(key, v, 0, 10));
                case "offset-x" -> b.backOffsetXMm(number(key, v, -20, 20));
                case "offset-y" -> b.backOffsetYMm(number(key, v, -20, 20));
                case "pdfa" -> b.pdfA(bool(key, v));
                case "qr" -> b.qrCode(bool(key, v));
                case "tagged" -> b.tagged(bool(key, v));
                case "overflow" -> b.overflow(choice(key, v, Overflow.class, "continue, fail"));
                case "crop-marks" -> b.cropMarks(bool(key, v));
                default -> throw new IllegalStateException("option " + key + " is declared but not handled");
            }
        }
        return b.build();
    }

    private static CardSize size(String v) {
        switch (v) {
            case "a6": return CardSize.A6;
            case "a7": return CardSize.A7;
            case "a5": return CardSize.A5;
            case "poker": return CardSize.POKER;
            case "tarot": return CardSize.TAROT;
            case "index-5x3": return CardSize.INDEX_5X3;
            default:
                Matcher m = CUSTOM.matcher(v);
                if (!m.matches()) {
                    throw bad("size", v, "a6, a7, a5, poker, tarot, index-5x3 or WIDTHxHEIGHT in mm such as 63x88");
                }
                try {
                    return CardSize.custom(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("option size: " + e.getMessage(), e);
                }
        }
    }

    private static <E extends Enum<E>> E choice(String key, String v, Class<E> type, String allowed) {
        try {
            return Enum.valueOf(type, v.replace('-', '_').toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw bad(key, v, allowed);
        }
    }

    private static double number(String key, String v, double min, double max) {
        double d;
        try {
            d = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw bad(key, v, "a number of millimetres from " + (int) min + " to " + (int) max);
        }
        if (!(d >= min && d <= max)) {
            throw bad(key, v, "a number of millimetres from " + (int) min + " to " + (int) max);
        }
        return d;
    }

    private static boolean bool(String key, String v) {
        return switch (v) {
            case "true" -> true;
            case "false" -> false;
            default -> throw bad(key, v, "true, false");
        };
    }

    private static IllegalArgumentException bad(String key, String v, String allowed) {
        return new IllegalArgumentException("option " + key + ": '" + v + "' is not allowed; use " + allowed);
    }
}
