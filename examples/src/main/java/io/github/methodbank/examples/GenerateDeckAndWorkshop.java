package io.github.methodbank.examples;

import io.github.methodbank.core.Method;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.MethodBanks;
import io.github.methodbank.core.PhaseRef;
import io.github.methodbank.core.export.ExportJob;
import io.github.methodbank.core.export.ExportListener;
import io.github.methodbank.docx.DocxWorkshopExporter;
import io.github.methodbank.pdf.CardSize;
import io.github.methodbank.pdf.Duplex;
import io.github.methodbank.pdf.Layout;
import io.github.methodbank.pdf.PdfCardExporter;
import io.github.methodbank.pdf.SheetSize;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;

/**
 * Prints a deck of cards for one phase on A4 sheets, and writes a workshop document that
 * strings two methods together.
 *
 * <p>Run: {@code java -cp ... io.github.methodbank.examples.GenerateDeckAndWorkshop OUTPUT_DIR}.
 */
public final class GenerateDeckAndWorkshop {
    private GenerateDeckAndWorkshop() {}

    /** Entry point. */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        MethodBank bank = MethodBanks.loadSample();

        // Warnings (a character no font has, an unreadable image) come through the listener.
        ExportListener listener = new ExportListener() {
            @Override
            public void warning(String message) {
                System.err.println("warning: " + message);
            }
        };

        // 1. The cards of every method that fits the phase "Kokeile", four A7 cards per A4 sheet,
        //    backs mirrored for a printer that flips on the long edge.
        List<Method> experiment = bank.methodsIn(PhaseRef.of("kehittaminen", "kokeile"));
        PdfCardExporter cards = PdfCardExporter.builder()
                .size(CardSize.A7)
                .layout(Layout.SHEET)
                .sheet(SheetSize.A4)
                .duplex(Duplex.LONG_EDGE)
                .build();
        ExportJob deck = ExportJob.builder().bank(bank).methods(experiment).language("en").listener(listener).build();
        try (OutputStream out = Files.newOutputStream(dir.resolve("kokeile-cards.pdf"))) {
            cards.export(deck, out);
        }

        // 2. A Finnish afternoon workshop: a pre-mortem followed by a retrospective.
        DocxWorkshopExporter workshop = DocxWorkshopExporter.builder().startTime(LocalTime.of(13, 0)).build();
        List<Method> agenda = List.of(bank.method("pre-mortem").orElseThrow(), bank.method("retrospektiivi").orElseThrow());
        try (OutputStream out = Files.newOutputStream(dir.resolve("workshop.docx"))) {
            workshop.export(ExportJob.builder().bank(bank).methods(agenda).language("fi").listener(listener).build(), out);
        }
        System.out.println("Wrote " + experiment.size() + " cards and a workshop of " + agenda.size() + " methods to " + dir);
    }
}
