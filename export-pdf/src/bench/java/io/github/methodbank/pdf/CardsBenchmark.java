package io.github.methodbank.pdf;

import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.export.ExportJob;
import io.github.methodbank.pdf.internal.text.DefaultFonts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A 1,000-method deck through the exporter, against a raw PDFBox baseline that writes the same text
 * with the same embedded fonts and no layout at all.
 *
 * <p>The baseline is made fair by construction: at setup the deck is exported once and read back,
 * and the baseline then writes, page for page, the very lines of text the exporter printed (same
 * number of pages of the same size, every line in the font the exporter used for it, the four
 * DejaVu faces loaded as the exporter loads them, GSUB off, embedded as subsets). What it leaves out
 * is exactly the layout: measuring, wrapping, fitting, positioning, boxes, the phase strips'
 * graphics, bookmarks and metadata. Its speed is the limit of this stack for this text. Cards per
 * second = 1000 / (seconds per operation).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g", "-Djava.awt.headless=true"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class CardsBenchmark {

    private ExportJob job;
    private PdfCardExporter single;
    private PdfCardExporter untagged;
    private PdfCardExporter sheet;
    /** Per page of the exported deck: its size and its lines, each with the style index of its font. */
    private List<PageText> pages;

    /** The text of one page as the exporter printed it. */
    record PageText(float width, float height, int[] styles, String[] lines) {}

    @Setup
    public void setUp() throws Exception {
        MethodBank bank = Decks.sampleTimes(1000);
        job = ExportJob.builder().bank(bank).methods(bank.getMethods()).language("fi")
                .timestamp(Instant.parse("2026-01-01T00:00:00Z")).build();
        single = PdfCardExporter.withDefaults();
        untagged = PdfCardExporter.builder().tagged(false).build();
        sheet = PdfCardExporter.builder().layout(Layout.SHEET).size(CardSize.A7).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        single.export(job, out);
        pages = readBack(out.toByteArray());
    }

    /** The lines of every page with the font each was printed in. */
    static List<PageText> readBack(byte[] pdf) throws IOException {
        List<PageText> result = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            for (int p = 1; p <= d.getNumberOfPages(); p++) {
                List<Integer> styles = new ArrayList<>();
                List<String> lines = new ArrayList<>();
                StringBuilder line = new StringBuilder();
                int[] lineStyle = {0};
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) {
                        if (line.length() == 0) {
                            String font = positions.get(0).getFont().getName();
                            lineStyle[0] = font.endsWith("BoldOblique") ? 3 : font.endsWith("Bold") ? 1
                                    : font.endsWith("Oblique") ? 2 : 0;
                        }
                        line.append(text);
                    }

                    @Override
                    protected void writeWordSeparator() {
                        line.append(' ');
                    }

                    @Override
                    protected void writeLineSeparator() {
                        if (line.length() > 0) {
                            styles.add(lineStyle[0]);
                            lines.add(line.toString());
                            line.setLength(0);
                        }
                    }
                };
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                stripper.getText(d);
                if (line.length() > 0) {
                    styles.add(lineStyle[0]);
                    lines.add(line.toString());
                }
                PDRectangle box = d.getPage(p - 1).getMediaBox();
                result.add(new PageText(box.getWidth(), box.getHeight(), styles.stream().mapToInt(Integer::intValue).toArray(),
                        lines.toArray(String[]::new)));
            }
        }
        return result;
    }

    /**
     * Numbers that show the baseline does what it claims: pages, lines and characters. With
     * {@code paired N [untagged]}: N rounds after warm-up, each writing the deck with the exporter
     * (tagged, the default, or untagged) and then with the baseline in the same JVM, and the median of the rounds' ratios (on a shared machine whose
     * speed drifts, a ratio of neighbouring runs is steadier than a ratio of two separate JMH runs).
     */
    public static void main(String[] args) throws Exception {
        CardsBenchmark b = new CardsBenchmark();
        b.setUp();
        if (args.length >= 2 && args[0].equals("paired")) {
            paired(b, Integer.parseInt(args[1]), args.length > 2 && args[2].equals("untagged"));
            return;
        }
        long lines = 0;
        long chars = 0;
        for (PageText p : b.pages) {
            lines += p.lines().length;
            for (String l : p.lines()) {
                chars += l.length();
            }
        }
        System.out.printf("%d pages, %d lines, %d characters; exporter %d bytes, baseline %d bytes%n", b.pages.size(),
                lines, chars, b.exporterSingle(), b.rawPdfBoxBaseline());
    }

    private static void paired(CardsBenchmark b, int rounds, boolean untagged) throws Exception {
        java.util.concurrent.Callable<Long> exporter = untagged ? b::exporterSingleUntagged : b::exporterSingle;
        for (int i = 0; i < 10; i++) {
            exporter.call();
            b.rawPdfBoxBaseline();
        }
        double[] exporterMs = new double[rounds];
        double[] baseline = new double[rounds];
        double[] ratio = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            exporter.call();
            long t1 = System.nanoTime();
            b.rawPdfBoxBaseline();
            long t2 = System.nanoTime();
            exporterMs[i] = (t1 - t0) / 1e6;
            baseline[i] = (t2 - t1) / 1e6;
            ratio[i] = baseline[i] / exporterMs[i];
        }
        System.out.printf("%d rounds: exporter%s %.0f ms, baseline %.0f ms (medians); exporter / baseline speed %.2f"
                + " (quartiles %.2f-%.2f)%n", rounds, untagged ? " (untagged)" : "", median(exporterMs), median(baseline),
                median(ratio), quantile(ratio, 0.25), quantile(ratio, 0.75));
    }

    private static double median(double[] values) {
        return quantile(values, 0.5);
    }

    private static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[(int) Math.round(q * (sorted.length - 1))];
    }

    @Benchmark
    public long exporterSingle() throws Exception {
        CountingStream out = new CountingStream();
        single.export(job, out);
        return out.count;
    }

    /** The same without the structure tree, which costs tens of PDF objects per method. */
    @Benchmark
    public long exporterSingleUntagged() throws Exception {
        CountingStream out = new CountingStream();
        untagged.export(job, out);
        return out.count;
    }

    @Benchmark
    public long exporterSheetA7() throws Exception {
        CountingStream out = new CountingStream();
        sheet.export(job, out);
        return out.count;
    }

    @Benchmark
    public long rawPdfBoxBaseline() throws IOException {
        CountingStream out = new CountingStream();
        try (PDDocument doc = new PDDocument()) {
            PDType0Font[] fonts = {DefaultFonts.regular().load(doc), DefaultFonts.bold().load(doc),
                DefaultFonts.italic().load(doc), DefaultFonts.boldItalic().load(doc)};
            for (PageText p : pages) {
                PDPage page = new PDPage(new PDRectangle(p.width(), p.height()));
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.newLineAtOffset(14, p.height() - 20);
                    int font = -1;
                    for (int k = 0; k < p.lines().length; k++) {
                        if (p.styles()[k] != font) {
                            font = p.styles()[k];
                            cs.setFont(fonts[font], 8);
                        }
                        cs.showText(p.lines()[k]);
                        cs.newLineAtOffset(0, -10);
                    }
                    cs.endText();
                }
            }
            doc.save(out);
        }
        return out.count;
    }

    /** Counts bytes, keeps none. */
    static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
