package io.github.methodbank.cli;

import static io.github.methodbank.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.methodbank.core.MethodBanks;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CardsCommandTest {

    @TempDir
    Path tmp;

    @Test
    void writesADeckOfTheSampleBank() throws Exception {
        Path deck = tmp.resolve("deck.pdf");
        CliTest.Result r = run("cards", "-o", deck.toString(), "--lang", "en");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Wrote").contains("deck.pdf");
        // readable like any file the user creates, not private like the temporary file it was written as
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(deck)))
                .isEqualTo("rw-r--r--");
        try (PDDocument pdf = Loader.loadPDF(deck.toFile())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(2 * MethodBanks.loadSample().getMethods().size());
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Customer journey map").contains("Työ 2.0, heimokulttuuri");
        }
    }

    @Test
    void selectsMethodsAndSheetLayout() throws Exception {
        Path deck = tmp.resolve("sheet.pdf");
        CliTest.Result r = run("cards", "--method", "retrospektiivi", "--method", "pre-mortem", "--layout", "sheet",
                "--sheet", "letter", "--duplex", "short-edge", "--size", "poker", "--qr", "-o", deck.toString());
        assertThat(r.code()).as(r.err()).isZero();
        try (PDDocument pdf = Loader.loadPDF(deck.toFile())) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isIn(612f, 792f); // US Letter, either way up
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Retrospektiivi").doesNotContain("Asiakaspolku");
        }
    }

    @Test
    void writesACalibrationSheet() throws Exception {
        Path cal = tmp.resolve("cal.pdf");
        assertThat(run("cards", "--calibration", "-o", cal.toString()).code()).isZero();
        try (PDDocument pdf = Loader.loadPDF(cal.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
        }
        CliTest.Result mixed = run("cards", "--calibration", "--method", "pre-mortem", "-o", tmp.resolve("c2.pdf").toString());
        assertThat(mixed.code()).isEqualTo(2);
        assertThat(mixed.err()).contains("--calibration writes a calibration sheet only");
    }

    @Test
    void badOptionValuesAreUsageErrorsAndWriteNothing() throws Exception {
        Path deck = tmp.resolve("bad.pdf");
        CliTest.Result r = run("cards", "--size", "huge", "-o", deck.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("size").contains("a6");
        assertThat(deck).doesNotExist();
        CliTest.Result m = run("cards", "--method", "nosuch", "-o", deck.toString());
        assertThat(m.code()).isEqualTo(1);
        assertThat(deck).doesNotExist();
        try (var files = Files.list(tmp)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void refusesToOverwriteWithoutForce() throws Exception {
        Path deck = tmp.resolve("deck.pdf");
        Files.writeString(deck, "keep");
        assertThat(run("cards", "-o", deck.toString()).code()).isEqualTo(1);
        assertThat(Files.readString(deck)).isEqualTo("keep");
        assertThat(run("cards", "-o", deck.toString(), "--force").code()).isZero();
        assertThat(Files.readAllBytes(deck)).startsWith("%PDF".getBytes());
    }

    @Test
    void theCardOptionsComeFromTheFormatsDeclaredOptions() throws Exception {
        CliTest.Result help = run("cards", "--help");
        assertThat(help.code()).isZero();
        // every string option of pdf-cards, with its values and default, and nothing typed by hand
        for (var o : io.github.methodbank.core.export.Exporters.forFormat("pdf-cards").orElseThrow().getOptions()) {
            boolean onByDefault = o.getDefaultText().map("true"::equals).orElse(false);
            assertThat(help.out()).contains(onByDefault ? "--no-" + o.getName() : "--" + o.getName());
        }
        assertThat(help.out()).contains("single, sheet").contains("Default: a6").contains("From 0 to 10");

        Path failed = tmp.resolve("fail.pdf");
        CliTest.Result f = run("cards", "--size", "a7", "--overflow", "fail", "-o", failed.toString());
        assertThat(f.code()).isEqualTo(1);
        assertThat(f.err()).contains("does not fit on one card").contains("overflow is set to fail");
        assertThat(failed).doesNotExist();

        Path deck = tmp.resolve("a7.pdf");
        CliTest.Result r = run("cards", "--size", "a7", "--no-tagged", "--pdfa", "-o", deck.toString());
        assertThat(r.code()).as(r.err()).isZero();
        try (PDDocument pdf = Loader.loadPDF(deck.toFile())) {
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).as("--no-tagged").isNull();
            assertThat(pdf.getPage(0).getTrimBox().getWidth()).isCloseTo(74 * 72 / 25.4f, org.assertj.core.data.Offset.offset(0.5f));
        }
        CliTest.Result bad = run("cards", "--overflow", "shrink", "-o", tmp.resolve("x.pdf").toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("option overflow: 'shrink' is not allowed; use continue, fail");
    }
}
