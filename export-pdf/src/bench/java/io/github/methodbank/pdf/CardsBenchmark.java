package io.github.methodbank.pdf;

import io.github.methodbank.core.Link;
import io.github.methodbank.core.LocalizedText;
import io.github.methodbank.core.Method;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.export.ExportJob;
import io.github.methodbank.pdf.internal.DefaultFonts;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
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
 * A 1,000-method deck (2,000 card faces) through the exporter, against a raw PDFBox baseline that
 * writes the same text with the same embedded fonts (GSUB off) and no layout at all: one line per
 * text, two pages per method. The baseline is the speed limit of this stack; cards per second =
 * 1000 / (seconds per operation).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g", "-Djava.awt.headless=true"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
public class CardsBenchmark {

    private ExportJob job;
    private PdfCardExporter single;
    private PdfCardExporter sheet;
    private List<String[]> fronts;
    private List<String[]> backs;

    @Setup
    public void setUp() {
        MethodBank bank = Decks.sampleTimes(1000);
        job = ExportJob.builder().bank(bank).methods(bank.getMethods()).language("fi")
                .timestamp(Instant.parse("2026-01-01T00:00:00Z")).build();
        single = PdfCardExporter.withDefaults();
        sheet = PdfCardExporter.builder().layout(Layout.SHEET).size(CardSize.A7).build();
        fronts = new ArrayList<>();
        backs = new ArrayList<>();
        for (Method m : bank.getMethods()) {
            List<String> f = new ArrayList<>();
            f.add(job.text(m.getName()));
            f.add(job.richText(m.getSummary().orElse(m.getDescription())).plainText());
            f.add(String.join(" ", m.getTags()));
            List<String> b = new ArrayList<>();
            m.getHowToUse().ifPresent(t -> b.add(job.richText(t).plainText()));
            for (LocalizedText u : m.getTypicalUsers()) {
                b.add(job.text(u));
            }
            m.getRequiredSkills().ifPresent(t -> b.add(job.richText(t).plainText()));
            for (Link l : m.getLinks()) {
                b.add(l.getUrl().toString());
            }
            fronts.add(f.toArray(String[]::new));
            backs.add(b.toArray(String[]::new));
        }
    }

    @Benchmark
    public long exporterSingle() throws Exception {
        CountingStream out = new CountingStream();
        single.export(job, out);
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
            PDType0Font regular = DefaultFonts.regular().load(doc);
            PDType0Font bold = DefaultFonts.bold().load(doc);
            for (int i = 0; i < fronts.size(); i++) {
                face(doc, bold, regular, fronts.get(i));
                face(doc, bold, regular, backs.get(i));
            }
            doc.save(out);
        }
        return out.count;
    }

    private static void face(PDDocument doc, PDType0Font bold, PDType0Font regular, String[] texts) throws IOException {
        PDPage page = new PDPage(new PDRectangle(314.6f, 436.5f));
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.beginText();
            cs.setFont(bold, 12);
            cs.newLineAtOffset(14, 410);
            for (int k = 0; k < texts.length; k++) {
                if (k == 1) {
                    cs.setFont(regular, 8);
                }
                cs.showText(texts[k].replaceAll("\\s", " "));
                cs.newLineAtOffset(0, -10);
            }
            cs.endText();
        }
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
