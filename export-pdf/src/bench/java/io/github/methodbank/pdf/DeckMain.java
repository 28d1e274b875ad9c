package io.github.methodbank.pdf;

import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.export.ExportJob;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Whole-process run: exports a generated deck of N methods (default 1,000) to a PDF file.
 * {@code java -cp ... io.github.methodbank.pdf.DeckMain out.pdf [methods] [single|sheet]}
 */
public final class DeckMain {

    private DeckMain() {}

    /** Runs the export. */
    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        Path target = Path.of(args.length > 0 ? args[0] : "deck.pdf");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        Layout layout = args.length > 2 && args[2].equals("sheet") ? Layout.SHEET : Layout.SINGLE;
        MethodBank bank = Decks.sampleTimes(n);
        ExportJob job = ExportJob.builder().bank(bank).methods(bank.getMethods()).language("fi")
                .timestamp(Instant.parse("2026-01-01T00:00:00Z")).build();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
            PdfCardExporter.builder().layout(layout).build().export(job, out);
        }
        System.out.printf("%d methods, %s layout -> %s (%d bytes) in %d ms%n", n, layout, target, Files.size(target),
                (System.nanoTime() - t0) / 1_000_000);
    }
}
