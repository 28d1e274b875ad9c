package io.github.methodbank.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The module descriptors work: the command runs from the module path (the thin jars of methodbank,
 * PDFBox, Jackson, commonmark, picocli), finds both export formats through {@code provides} /
 * {@code uses}, and writes cards and a workshop document without Apache POI on the path.
 */
class ModulePathIT {

    @TempDir
    Path tmp;

    /** The runtime jars of the command, from this test's class path; POI is left off on purpose. */
    private static String modulePath() {
        List<String> wanted = List.of("methodbank-core", "methodbank-export-pdf", "methodbank-export-docx",
                "methodbank-export-html", "methodbank-cli", "jackson-core", "commonmark", "pdfbox", "fontbox", "xmpbox",
                "commons-logging", "picocli");
        List<String> jars = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (name.endsWith(".jar") && !name.contains("tests") && !name.contains("sources")
                    && wanted.stream().anyMatch(name::startsWith)) {
                jars.add(entry);
            }
        }
        assertThat(jars).as("runtime jars on the class path").hasSizeGreaterThanOrEqualTo(9);
        return String.join(File.pathSeparator, jars);
    }

    @Test
    void theCommandRunsAsNamedModules() throws Exception {
        String mp = modulePath();
        List<String> base = List.of(Processes.java(), "--module-path", mp, "-m",
                "io.github.methodbank.cli/io.github.methodbank.cli.Main");

        Processes.Run formats = Processes.run(concat(base, "formats", "-q"));
        assertThat(formats.code()).as(formats.err()).isZero();
        assertThat(formats.out()).contains("pdf-cards").contains("docx-workshop");

        Path deck = tmp.resolve("deck.pdf");
        Processes.Run cards = Processes.run(concat(base, "cards", "--method", "pre-mortem", "-o", deck.toString()));
        assertThat(cards.code()).as(cards.err()).isZero();
        assertThat(Files.readAllBytes(deck)).startsWith("%PDF".getBytes());

        Path doc = tmp.resolve("w.docx");
        Processes.Run workshop = Processes.run(concat(base, "workshop", "--method", "pre-mortem", "-o", doc.toString()));
        assertThat(workshop.code()).as(workshop.err()).isZero();
        assertThat(Files.size(doc)).isGreaterThan(1000);

        // without ZXing, a QR code is left off with a warning, and the deck is written
        Path qr = tmp.resolve("qr.pdf");
        Processes.Run noZxing = Processes.run(concat(base, "cards", "--method", "asiakaspolku", "--qr", "-o", qr.toString()));
        assertThat(noZxing.code()).as(noZxing.err()).isZero();
        assertThat(noZxing.err()).contains("QR codes need com.google.zxing:core");
        assertThat(Files.readAllBytes(qr)).startsWith("%PDF".getBytes());
        Path site = tmp.resolve("site");
        Processes.Run html = Processes.run(concat(base, "site", "--method", "pre-mortem", "-o", site.toString()));
        assertThat(html.code()).as(html.err()).isZero();
        assertThat(site.resolve("fi/methods/pre-mortem.html")).isRegularFile();
        assertThat(site.resolve("fi/downloads/methods/pre-mortem.pdf")).isRegularFile();

        // without POI, a corporate template is one clear error, and no file is written
        Path template = tmp.resolve("corp.dotx");
        try (var d = new org.apache.poi.xwpf.usermodel.XWPFDocument(); var out = Files.newOutputStream(template)) {
            d.createParagraph().createRun().setText("corporate");
            d.write(out);
        }
        Path withTemplate = tmp.resolve("t.docx");
        Processes.Run noPoi = Processes.run(concat(base, "workshop", "--method", "pre-mortem", "--template",
                template.toString(), "-o", withTemplate.toString()));
        assertThat(noPoi.code()).isEqualTo(1);
        assertThat(noPoi.err()).contains("needs Apache POI on the class path").contains("org.apache.poi:poi-ooxml")
                .doesNotContain("Exception");
        assertThat(withTemplate).doesNotExist();

        // the modules export only their API packages
        Processes.Run describe = Processes.run(List.of(Processes.java(), "--module-path", mp, "--describe-module",
                "io.github.methodbank.core"));
        assertThat(describe.out()).contains("exports io.github.methodbank.core\n")
                .contains("exports io.github.methodbank.core.export\n")
                .doesNotContain("exports io.github.methodbank.core.internal\n")
                .doesNotContain("exports io.github.methodbank.core.internal.json");
    }

    private static List<String> concat(List<String> a, String... b) {
        return java.util.stream.Stream.concat(a.stream(), Arrays.stream(b)).collect(Collectors.toList());
    }
}
