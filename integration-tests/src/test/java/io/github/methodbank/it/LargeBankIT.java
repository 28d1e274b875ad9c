package io.github.methodbank.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.methodbank.core.Method;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.MethodBanks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The memory promises of the README, kept by the packaged jar in a process of its own: a tagged
 * deck of 10,000 methods and a workshop of 1,000 methods, each within a 512 MB heap. Slow (about a
 * minute): runs with {@code -Pslow}, which {@code .ci/run} uses.
 */
@Tag("slow")
class LargeBankIT {

    @TempDir
    static Path dir;
    static Path bank10k;
    static Path bank1k;

    @BeforeAll
    static void writeBanks() throws Exception {
        bank10k = dir.resolve("large10k.json");
        bank1k = dir.resolve("large1k.json");
        MethodBanks.write(bank(10_000), bank10k);
        MethodBanks.write(bank(1_000), bank1k);
    }

    /** The sample's methods repeated with new ids (and without their image files). */
    private static MethodBank bank(int count) {
        MethodBank sample = MethodBanks.loadSample();
        List<Method> methods = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Method m = sample.getMethods().get(i % sample.getMethods().size());
            methods.add(Method.builder().from(m).id(m.getId() + "-" + i).image(Optional.empty()).build());
        }
        return MethodBank.builder().from(sample).methods(methods).build();
    }

    @Test
    void taggedDeckOfTenThousandMethodsFitsIn512Megabytes() throws Exception {
        Path pdf = dir.resolve("deck.pdf");
        Path scratch = Files.createDirectories(dir.resolve("scratch"));
        Processes.Run r = Processes.jar(List.of("-Xmx512m", "-Djava.io.tmpdir=" + scratch), "cards", bank10k.toString(),
                "-o", pdf.toString(), "-q");
        assertThat(r.code()).as(r.err()).isZero();
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            assertThat(d.getNumberOfPages()).isGreaterThanOrEqualTo(20_000);
            assertThat(d.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
        }
        // the page content went to a scratch file there (it is far more than the 16 MB kept in the heap),
        // and the file is gone
        try (var files = Files.list(scratch)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void workshopOfAThousandMethodsFitsIn512Megabytes() throws Exception {
        Path docx = dir.resolve("workshop.docx");
        Processes.Run r = Processes.jar(List.of("-Xmx512m"), "workshop", bank1k.toString(), "--search", "", "-o",
                docx.toString(), "-q");
        assertThat(r.code()).as(r.err()).isZero();
        try (XWPFDocument d = new XWPFDocument(Files.newInputStream(docx))) {
            assertThat(d.getParagraphs().size()).isGreaterThan(10_000);
        }
    }
}
