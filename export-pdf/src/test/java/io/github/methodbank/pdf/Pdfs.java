package io.github.methodbank.pdf;

import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.MethodBanks;
import io.github.methodbank.core.export.ExportException;
import io.github.methodbank.core.export.ExportJob;
import io.github.methodbank.core.export.ExportListener;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Helpers shared by the tests: the sample bank, exporting to bytes, reading text back. */
final class Pdfs {

    static final Instant WHEN = Instant.parse("2026-01-15T10:00:00Z");
    static final MethodBank SAMPLE = MethodBanks.loadSample();

    private Pdfs() {}

    /** A job for every sample method in a language, with a fixed timestamp and a recording listener. */
    static ExportJob job(MethodBank bank, String lang, List<String> warnings) {
        return ExportJob.builder().bank(bank).methods(bank.getMethods()).language(lang).timestamp(WHEN)
                .listener(new ExportListener() {
                    @Override
                    public void warning(String message) {
                        synchronized (warnings) {
                            warnings.add(message);
                        }
                    }
                }).build();
    }

    static byte[] export(PdfCardExporter exporter, ExportJob job) throws ExportException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(job, out);
        return out.toByteArray();
    }

    static byte[] exportSample(PdfCardExporter exporter, String lang) throws ExportException {
        return export(exporter, job(SAMPLE, lang, new ArrayList<>()));
    }

    static PDDocument open(byte[] pdf) throws IOException {
        return Loader.loadPDF(pdf);
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument d = open(pdf)) {
            return new PDFTextStripper().getText(d);
        }
    }

    /** Keeps a copy in target/ to look at. */
    static void keep(String name, byte[] pdf) {
        try {
            Path dir = Path.of("target", "cards");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
