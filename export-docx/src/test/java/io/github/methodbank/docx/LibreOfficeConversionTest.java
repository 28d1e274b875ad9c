package io.github.methodbank.docx;

import static io.github.methodbank.docx.Docs.export;
import static io.github.methodbank.docx.Docs.job;
import static io.github.methodbank.docx.Docs.method;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.MethodBanks;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens generated documents in LibreOffice (headless, converting to PDF) and reads the PDF's
 * text back. Skipped, not failed, where LibreOffice ({@code soffice}) is not installed.
 */
class LibreOfficeConversionTest {

    private static final MethodBank BANK = MethodBanks.loadSample();
    private static Optional<Path> soffice;

    @BeforeAll
    static void findLibreOffice() {
        soffice = findOnPath("soffice").or(() -> findOnPath("libreoffice"));
    }

    private static Optional<Path> findOnPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    @Test
    void singleMethodWorkshopConvertsToPdfWithItsAgenda(@TempDir Path dir) throws Exception {
        String text = convert(dir, "asiakaspolku.docx",
                export(DocxWorkshopExporter.withDefaults(), job(BANK, List.of(method(BANK, "asiakaspolku")), "fi")));
        assertThat(text).contains("Asiakaspolku", "Ohjelma", "Aloitus ja rajaus", "09:00–09:15", "10:25–10:40",
                "Kirjoita päivämäärä", "Jatkotoimet", "Sivu 1");
    }

    @Test
    void severalMethodsWithATemplateConvertToPdf(@TempDir Path dir) throws Exception {
        DocxWorkshopExporter exporter = DocxWorkshopExporter.builder()
                .template(CorporateTemplateTest.corporateTemplate(false)).build();
        String text = convert(dir, "three.docx", export(exporter,
                job(BANK, List.of(method(BANK, "asiakaspolku"), method(BANK, "retrospektiivi"), method(BANK, "pre-mortem")), "en")));
        assertThat(text).contains("Customer journey map", "Retrospective", "Pre-mortem", "Agenda", "09:00–10:40",
                "ACME Oy", "Next steps");
    }

    private static String convert(Path dir, String name, byte[] docx) throws Exception {
        assumeTrue(soffice.isPresent(), "LibreOffice (soffice) is not on the PATH: skipping the PDF conversion check; "
                + "install libreoffice-writer-nogui to run it");
        Path in = dir.resolve(name);
        Files.write(in, docx);
        Path profile = dir.resolve("lo-profile");
        Process p = new ProcessBuilder(soffice.get().toString(), "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), in.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile())
                .start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("LibreOffice did not finish converting " + name + " within 180 s");
        }
        Path pdf = dir.resolve(name.replace(".docx", ".pdf"));
        assertThat(pdf).as("PDF from LibreOffice; log: %s", Files.readString(dir.resolve("soffice.log"))).exists();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            return new PDFTextStripper().getText(doc);
        }
    }
}
