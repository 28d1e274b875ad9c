package io.github.methodbank.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.MethodBanks;
import io.github.methodbank.core.export.ExportJob;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Schema-validates every part of a matrix of workshop documents (see {@link Conformance}): no
 * template, a template as Word saves one (numbering, theme, header, footer, .dotx), one
 * LibreOffice saved (its own numbering), and our own output used as a template; the sample in
 * Finnish, Swedish, English and Arabic; 18F's methods in their own Markdown (nested and numbered
 * lists, headings, links, code) and a four-method 18F workshop. A failure names the part and the
 * schema error.
 */
class ConformanceTest {

    private static final MethodBank SAMPLE = MethodBanks.loadSample();
    private static final MethodBank MARKDOWN = bank("18f-markdown.json");
    private static final MethodBank WORKSHOP = bank("18f-workshop.json");
    private static int documents;
    private static int parts;

    static MethodBank bank(String resource) {
        try (InputStream in = ConformanceTest.class.getResourceAsStream(resource)) {
            return MethodBanks.load(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (io.github.methodbank.core.MethodBankException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Supplier<DocxWorkshopExporter>> exporters() {
        Map<String, Supplier<DocxWorkshopExporter>> out = new LinkedHashMap<>();
        out.put("no template", DocxWorkshopExporter::withDefaults);
        out.put("Word-like template", () -> DocxWorkshopExporter.builder().template(Templates.wordLike()).build());
        out.put("LibreOffice template", () -> DocxWorkshopExporter.builder().template(Templates.libreOffice()).build());
        out.put("own output as template", () -> DocxWorkshopExporter.builder().template(Docs.export(
                DocxWorkshopExporter.withDefaults(), Docs.job(MARKDOWN, MARKDOWN.getMethods(), "en"))).build());
        return out;
    }

    static Stream<Arguments> documents() {
        List<Arguments> out = new ArrayList<>();
        for (Map.Entry<String, Supplier<DocxWorkshopExporter>> e : exporters().entrySet()) {
            for (String lang : List.of("fi", "sv", "en", "ar")) {
                out.add(Arguments.of(e.getKey(), "sample, " + lang, e.getValue(), Docs.job(SAMPLE, SAMPLE.getMethods(), lang)));
            }
            out.add(Arguments.of(e.getKey(), "18F Markdown, en", e.getValue(), Docs.job(MARKDOWN, MARKDOWN.getMethods(), "en")));
            out.add(Arguments.of(e.getKey(), "18F workshop, fi", e.getValue(), Docs.job(WORKSHOP, WORKSHOP.getMethods(), "fi")));
            out.add(Arguments.of(e.getKey(), "one method, sv", e.getValue(),
                    Docs.job(SAMPLE, List.of(Docs.method(SAMPLE, "asiakaspolku")), "sv")));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("documents")
    void everyPartValidatesAgainstTheSchemas(String template, String content, Supplier<DocxWorkshopExporter> exporter,
            ExportJob job) {
        Conformance.Report report = Conformance.validate(Docs.export(exporter.get(), job));
        assertThat(report.errors()).as("schema errors, %s, %s", template, content).isEmpty();
        assertThat(report.parts()).isGreaterThanOrEqualTo(10);
        synchronized (ConformanceTest.class) {
            documents++;
            parts += report.parts();
        }
    }

    @AfterAll
    static void summary() {
        System.out.println("Conformance: " + documents + " documents, " + parts + " parts validated, 0 errors");
    }
}
