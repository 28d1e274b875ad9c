package io.github.methodbank.it;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.methodbank.core.Link;
import io.github.methodbank.core.LocalizedText;
import io.github.methodbank.core.Method;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.Pathway;
import io.github.methodbank.core.Phase;
import io.github.methodbank.core.PhaseRef;
import io.github.methodbank.core.Range;
import io.github.methodbank.core.Step;
import io.github.methodbank.core.export.ExportJob;
import io.github.methodbank.core.export.ExportException;
import io.github.methodbank.core.export.Exporter;
import io.github.methodbank.core.export.ExporterProvider;
import io.github.methodbank.core.export.Exporters;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Every exporter fed generated banks: any valid model gives a document that reopens, or an
 * {@link ExportException}; never another exception. Without {@code JAZZER_FUZZ=1} this replays
 * the seed corpus and earlier crashes as regression tests.
 */
class ExporterFuzzTest {

    private static final Instant FIXED = Instant.parse("2026-01-01T00:00:00Z");
    private static final String[] LANGS = {"fi", "sv", "en", "ar", "zh"};

    @FuzzTest(maxDuration = "60s")
    void anyBankExportsOrFailsCleanly(FuzzedDataProvider data) throws Exception {
        MethodBank bank = bank(data);
        String format = data.pickValue(new String[] {"pdf-cards", "docx-workshop", "html-site", "markdown"});
        ExporterProvider provider = Exporters.forFormat(format).orElseThrow();
        Map<String, String> options = new LinkedHashMap<>();
        if (format.equals("pdf-cards")) {
            options.put("size", data.pickValue(new String[] {"a6", "a7", "a5", "poker", "tarot", "index-5x3", "40x50"}));
            options.put("layout", data.pickValue(new String[] {"single", "sheet"}));
            options.put("duplex", data.pickValue(new String[] {"long-edge", "short-edge"}));
            options.put("qr", Boolean.toString(data.consumeBoolean()));
            options.put("orientation", data.pickValue(new String[] {"portrait", "landscape"}));
        }
        if (format.equals("html-site")) {
            // the downloads are the other formats, fuzzed on their own; every language the bank has
            options.put("downloads", "false");
            options.put("languages", "all");
        }
        Exporter exporter = provider.create(options);
        List<Method> selection = bank.getMethods();
        ExportJob job = ExportJob.builder().bank(bank).methods(selection).language(data.pickValue(LANGS))
                .timestamp(FIXED).build();
        byte[] bytes = exportOrFailCleanly(exporter, job);
        if (bytes == null) {
            return;
        }
        switch (format) {
            case "pdf-cards" -> {
                try (PDDocument pdf = Loader.loadPDF(bytes)) {
                    if (pdf.getNumberOfPages() < 1) {
                        throw new AssertionError("a PDF without pages");
                    }
                }
            }
            case "docx-workshop" -> reopensAsWorkshop(bytes);
            case "html-site" -> reopensAsSite(bytes);
            default -> {
                if (bytes.length == 0 && !selection.isEmpty()) {
                    throw new AssertionError("empty Markdown");
                }
            }
        }
    }

    /** A site is a ZIP of pages, each of them a whole HTML document. */
    private static void reopensAsSite(byte[] bytes) throws IOException {
        int pages = 0;
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (java.util.zip.ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().endsWith(".html")) {
                    String page = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    if (!page.startsWith("<!DOCTYPE html>") || !page.stripTrailing().endsWith("</html>")) {
                        throw new AssertionError("a page that is not a whole HTML document: " + e.getName());
                    }
                    pages++;
                }
            }
        }
        if (pages == 0) {
            throw new AssertionError("a site without pages");
        }
    }

    private static final MethodBank SAMPLE = io.github.methodbank.core.MethodBanks.loadSample();

    /**
     * A corporate Word template comes from a user: any bytes give a workshop document that reopens,
     * or an {@link ExportException} (or, for bytes over the size limit, an
     * {@link IllegalArgumentException} when the exporter is built); never another exception. The
     * seed is a workshop document of this project's own, which is a valid template.
     */
    @FuzzTest(maxDuration = "30s")
    void anyTemplateGivesADocumentOrAnExportException(byte[] template) throws Exception {
        Exporter exporter = io.github.methodbank.docx.DocxWorkshopExporter.builder().template(template).build();
        ExportJob job = ExportJob.builder().bank(SAMPLE).methods(SAMPLE.getMethods().subList(0, 1)).language("fi")
                .timestamp(FIXED).build();
        byte[] bytes = exportOrFailCleanly(exporter, job);
        if (bytes != null) {
            reopensAsWorkshop(bytes);
        }
    }

    /** The seed of the template-parts target: a workshop document of this project's own, a valid template. */
    private static final Map<String, byte[]> SEED_TEMPLATE = unzip(resource(
            "ExporterFuzzTestInputs/anyTemplateGivesADocumentOrAnExportException/own-workshop.docx"));
    /** The parts a template's user may have got wrong, or an attacker may have written. */
    private static final String[] TEMPLATE_PARTS = {"word/styles.xml", "word/numbering.xml", "word/settings.xml",
        "word/header1.xml", "word/footer1.xml", "[Content_Types].xml", "word/_rels/document.xml.rels", "word/document.xml"};
    /** Markup that has made templates fail before, or that a template must not carry into a document. */
    private static final String[] SNIPPETS = {"<!DOCTYPE x [<!ENTITY e \"e\">]>", "&e;", "<w:abstractNum w:abstractNumId=\"99999999999\"/>",
        "<w:num w:numId=\"-1\"><w:abstractNumId w:val=\"7\"/></w:num>", "<w:style w:type=\"paragraph\"><w:name/></w:style>",
        "<w:basedOn w:val=\"\"/>", "<w:fldSimple w:instr=\"INCLUDEPICTURE http://x/y.png\"><w:r><w:t>x</w:t></w:r></w:fldSimple>",
        "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>", "<w:r><w:instrText>DDEAUTO c d</w:instrText></w:r>",
        "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>", "<w:object><w:control r:id=\"rId99\"/></w:object>",
        "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:val=\"x\"/></w:compat>", "<w:mailMerge/>",
        "<Override PartName=\"/word/x.bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/>",
        "<Relationship Id=\"rId99\" Type=\"http://schemas.microsoft.com/office/2006/relationships/vbaProject\" Target=\"x.bin\"/>",
        "<w:sectPr><w:pgSz w:w=\"-5\"/></w:sectPr>", "</w:styles>", "<w:lvl w:ilvl=\"99\"/>"};

    /**
     * A template whose individual parts (styles, numbering, settings, header, footer, content
     * types, relationships, body) are mutated from a valid seed: a document POI reopens, or an
     * {@link ExportException} whose one-line message names the template; never another exception.
     */
    @FuzzTest(maxDuration = "30s")
    void aTemplatesPartsGiveADocumentOrAnExportExceptionNamingIt(FuzzedDataProvider data) throws Exception {
        Map<String, byte[]> parts = new LinkedHashMap<>(SEED_TEMPLATE);
        int changes = data.consumeInt(1, 3);
        for (int c = 0; c < changes; c++) {
            String part = data.pickValue(TEMPLATE_PARTS);
            String xml = new String(parts.getOrDefault(part, new byte[0]), java.nio.charset.StandardCharsets.UTF_8);
            int at = xml.isEmpty() ? 0 : data.consumeInt(0, xml.length());
            switch (data.consumeInt(0, 3)) {
                case 0 -> xml = xml.substring(0, at) + data.pickValue(SNIPPETS) + xml.substring(at);
                case 1 -> xml = xml.substring(0, at) + data.consumeString(200) + xml.substring(at);
                case 2 -> xml = xml.substring(0, at) + xml.substring(Math.min(xml.length(), at + data.consumeInt(0, 400)));
                default -> xml = data.consumeString(2000);
            }
            parts.put(part, xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Exporter exporter = io.github.methodbank.docx.DocxWorkshopExporter.builder().template(zip(parts)).build();
        ExportJob job = ExportJob.builder().bank(SAMPLE).methods(SAMPLE.getMethods().subList(0, 1)).language("fi")
                .timestamp(FIXED).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            exporter.export(job, out);
        } catch (ExportException e) {
            if (e.getMessage() == null || !e.getMessage().contains("template (given as bytes)") || e.getMessage().contains("\n")) {
                throw new AssertionError("a template failure that does not name the template in one line: " + e.getMessage(), e);
            }
            return;
        }
        reopensAsWorkshop(out.toByteArray());
    }

    private static byte[] resource(String name) {
        try (java.io.InputStream in = ExporterFuzzTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), in.readAllBytes());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    private static byte[] zip(Map<String, byte[]> parts) throws java.io.IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> p : parts.entrySet()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(p.getKey()));
                zip.write(p.getValue());
            }
        }
        return out.toByteArray();
    }

    /** The exported bytes, or null after an {@link ExportException} that says what went wrong. */
    private static byte[] exportOrFailCleanly(Exporter exporter, ExportJob job) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            exporter.export(job, out);
        } catch (ExportException e) {
            if (e.getMessage() == null || e.getMessage().isBlank()) {
                throw new AssertionError("an ExportException without a message", e);
            }
            return null;
        }
        return out.toByteArray();
    }

    private static void reopensAsWorkshop(byte[] bytes) throws java.io.IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            if (doc.getParagraphs().isEmpty()) {
                throw new AssertionError("a document without paragraphs");
            }
        }
    }

    /** A valid bank whose texts come from the fuzzer. */
    static MethodBank bank(FuzzedDataProvider data) {
        List<Pathway> paths = new ArrayList<>();
        int pathCount = data.consumeInt(0, 3);
        for (int p = 0; p < pathCount; p++) {
            List<Phase> phases = new ArrayList<>();
            int phaseCount = data.consumeInt(1, 7);
            for (int f = 0; f < phaseCount; f++) {
                phases.add(Phase.of("f" + f, text(data, 40)));
            }
            paths.add(Pathway.of("p" + p, text(data, 30), phases));
        }
        List<Method> methods = new ArrayList<>();
        int methodCount = data.consumeInt(0, 4);
        for (int m = 0; m < methodCount; m++) {
            Method.Builder b = Method.builder().id("m" + m).name(text(data, 120))
                    .description(text(data, data.consumeInt(1, 3000)));
            if (data.consumeBoolean()) {
                b.summary(text(data, 200));
            }
            if (data.consumeBoolean()) {
                b.howToUse(text(data, 1500));
            }
            for (Pathway p : paths) {
                if (data.consumeBoolean()) {
                    b.addPhases(PhaseRef.of(p.getId(), data.pickValue(p.getPhases()).getId()));
                }
            }
            int users = data.consumeInt(0, 4);
            for (int u = 0; u < users; u++) {
                b.addTypicalUsers(text(data, 60));
            }
            if (data.consumeBoolean()) {
                b.requiredSkills(text(data, 300));
            }
            int tags = data.consumeInt(0, 3);
            for (int t = 0; t < tags; t++) {
                String tag = data.consumeString(20);
                if (!tag.isBlank()) {
                    b.addTags(tag + "#" + t);
                }
            }
            if (data.consumeBoolean()) {
                b.addLinks(Link.of(text(data, 80), URI.create("https://example.org/" + m + "?q=" + data.consumeInt(0, 999))));
            }
            if (data.consumeBoolean()) {
                int min = data.consumeInt(0, 600);
                b.durationMinutes(Range.of(min, min + data.consumeInt(0, 600)));
                b.groupSize(Range.of(1, 1 + data.consumeInt(0, 500)));
            }
            int steps = data.consumeInt(0, 6);
            for (int s = 0; s < steps; s++) {
                Step.Builder sb = Step.builder().title(text(data, 60));
                if (data.consumeBoolean()) {
                    sb.minutes(data.consumeInt(0, 240));
                }
                if (data.consumeBoolean()) {
                    sb.description(text(data, 300));
                }
                b.addSteps(sb.build());
            }
            int materials = data.consumeInt(0, 3);
            for (int i = 0; i < materials; i++) {
                b.addMaterials(text(data, 60));
            }
            if (data.consumeBoolean()) {
                b.examples(text(data, 400)).sources(text(data, 200)).license(nonBlank(data.consumeString(30)))
                        .updated(LocalDate.of(2020, 1, 1).plusDays(data.consumeInt(0, 3000)));
            }
            methods.add(b.build());
        }
        return MethodBank.builder().id("fuzz").title(text(data, 50)).defaultLanguage(data.pickValue(LANGS))
                .paths(paths).methods(methods).build();
    }

    private static LocalizedText text(FuzzedDataProvider data, int max) {
        String s = nonBlank(data.consumeString(max));
        return data.consumeBoolean() ? LocalizedText.of(data.pickValue(LANGS), s)
                : LocalizedText.of(Map.of("fi", s, "en", nonBlank(data.consumeString(max))));
    }

    private static String nonBlank(String s) {
        return s.isBlank() ? "x" + s : s;
    }
}
