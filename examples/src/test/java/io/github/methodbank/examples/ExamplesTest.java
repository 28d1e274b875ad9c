package io.github.methodbank.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.methodbank.core.MethodBanks;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every example runs and does what its comment says. */
class ExamplesTest {

    @TempDir
    Path tmp;

    interface Main {
        void run() throws Exception;
    }

    static String stdout(Main main) throws Exception {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            main.run();
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void queryByPhaseListsMethodsUnderTheirPhases() throws Exception {
        String out = stdout(() -> QueryByPhase.main(new String[0]));
        assertThat(out).contains("Development\n").contains("  Experiment\n").contains("    - ");
        assertThat(out).contains("(tyo-2-0-heimokulttuuri)");
    }

    @Test
    void buildBankInCodeWritesJsonThatLoadsBack() throws Exception {
        Path file = tmp.resolve("bank.json");
        stdout(() -> BuildBankInCode.main(new String[] {file.toString()}));
        assertThat(MethodBanks.load(file)).isEqualTo(BuildBankInCode.bank());
        assertThat(Files.readString(file)).contains("\"paivittainen-palaveri\"");
    }

    @Test
    void generateDeckAndWorkshopWritesBothFiles() throws Exception {
        String out = stdout(() -> GenerateDeckAndWorkshop.main(new String[] {tmp.toString()}));
        assertThat(out).startsWith("Wrote ");
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(tmp.resolve("kokeile-cards.pdf").toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            for (var m : MethodBanks.loadSample().methodsIn(io.github.methodbank.core.PhaseRef.of("kehittaminen", "kokeile"))) {
                assertThat(text).contains(m.getName().get("en", "fi"));
            }
        }
        try (var in = Files.newInputStream(tmp.resolve("workshop.docx"));
                var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in);
                var ex = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            assertThat(ex.getText()).contains("Retrospektiivi").contains("13:00");
        }
    }

    @Test
    void generateLargeBankWritesALoadableBankOfTheAskedSize() throws Exception {
        Path file = tmp.resolve("large.json");
        stdout(() -> GenerateLargeBank.main(new String[] {file.toString(), "50"}));
        assertThat(MethodBanks.load(file).getMethods()).hasSize(50);
    }

    @Test
    void embeddingServesConcurrentRequestsFromOneExporter() throws Exception {
        assertThat(stdout(() -> EmbeddingInAService.main(new String[0]))).startsWith("Served 200 requests");
    }
}
