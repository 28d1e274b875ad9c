package io.github.methodbank.cli;

import static io.github.methodbank.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.methodbank.core.MethodBanks;
import java.nio.file.Files;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CardsCommandTest {

    @TempDir
    java.nio.file.Path tmp;

    @Test
    void writesADeckOfTheSampleBank() throws Exception {
        java.nio.file.Path deck = tmp.resolve("deck.pdf");
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
        java.nio.file.Path deck = tmp.resolve("sheet.pdf");
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
        java.nio.file.Path cal = tmp.resolve("cal.pdf");
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
        java.nio.file.Path deck = tmp.resolve("bad.pdf");
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
        java.nio.file.Path deck = tmp.resolve("deck.pdf");
        Files.writeString(deck, "keep");
        assertThat(run("cards", "-o", deck.toString()).code()).isEqualTo(1);
        assertThat(Files.readString(deck)).isEqualTo("keep");
        assertThat(run("cards", "-o", deck.toString(), "--force").code()).isZero();
        assertThat(Files.readAllBytes(deck)).startsWith("%PDF".getBytes());
    }
}
