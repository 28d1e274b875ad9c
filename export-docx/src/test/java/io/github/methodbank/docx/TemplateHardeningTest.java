package io.github.methodbank.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.MethodBanks;
import io.github.methodbank.core.export.ExportException;
import io.github.methodbank.core.export.ExportJob;
import io.github.methodbank.core.export.ExportListener;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * Templates are data, not code: one test per finding of the hardening review. Each template is
 * the Word-like one ({@link Templates#wordLike()}) with parts changed or added at zip level.
 */
class TemplateHardeningTest {

    private static final MethodBank SAMPLE = MethodBanks.loadSample();
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String NS = " xmlns:w=\"" + Templates.W + "\" xmlns:r=\"" + R + "\""
            + " xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\"";

    /** What an export gave: the document's parts, and the warnings. */
    private record Result(Map<String, byte[]> parts, List<String> warnings) {
        String part(String name) {
            byte[] b = parts.get(name);
            return b == null ? null : new String(b, StandardCharsets.UTF_8);
        }

        String all() {
            StringBuilder sb = new StringBuilder();
            parts.forEach((k, v) -> sb.append(k).append('\n').append(new String(v, StandardCharsets.ISO_8859_1)).append('\n'));
            return sb.toString();
        }

        String warningsText() {
            return String.join("\n", warnings);
        }
    }

    private static Result export(byte[] template) throws Exception {
        List<String> warnings = new ArrayList<>();
        ExportJob job = ExportJob.builder().from(Docs.job(SAMPLE, List.of(Docs.method(SAMPLE, "asiakaspolku")), "fi"))
                .listener(new ExportListener() {
                    @Override
                    public void warning(String message) {
                        warnings.add(message);
                    }
                }).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxWorkshopExporter.builder().template(WorkshopTemplate.of(template, "corp.dotx")).build().export(job, out);
        byte[] docx = out.toByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getParagraphs()).isNotEmpty(); // POI reopens it
        }
        assertThat(Conformance.validate(docx).errors()).isEmpty();
        return new Result(Conformance.unzip(docx), warnings);
    }

    private static ExportException failure(byte[] template) {
        DocxWorkshopExporter exporter = DocxWorkshopExporter.builder().template(WorkshopTemplate.of(template, "corp.dotx")).build();
        try {
            exporter.export(Docs.job(SAMPLE, List.of(Docs.method(SAMPLE, "asiakaspolku")), "fi"), new ByteArrayOutputStream());
        } catch (ExportException e) {
            assertThat(e.getMessage()).contains("corp.dotx").doesNotContain("\n");
            return e;
        }
        throw new AssertionError("the template was accepted");
    }

    /** The Word-like template with parts replaced (by an operator on their text) or added (by bytes). */
    static byte[] edit(byte[] docx, Map<String, UnaryOperator<String>> change, Map<String, byte[]> add) {
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx)); ZipOutputStream out = new ZipOutputStream(copy)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if (add.containsKey(e.getName())) {
                    continue;
                }
                if (change.containsKey(e.getName())) {
                    data = change.get(e.getName()).apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(data);
            }
            for (Map.Entry<String, byte[]> a : add.entrySet()) {
                out.putNextEntry(new ZipEntry(a.getKey()));
                out.write(a.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copy.toByteArray();
    }

    private static UnaryOperator<String> override(String part, String contentType) {
        return types -> types.replace("</Types>", "<Override PartName=\"/" + part + "\" ContentType=\"" + contentType + "\"/></Types>");
    }

    private static byte[] rels(String... idTypeTargetMode) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (int i = 0; i < idTypeTargetMode.length; i += 4) {
            sb.append("<Relationship Id=\"").append(idTypeTargetMode[i]).append("\" Type=\"").append(idTypeTargetMode[i + 1])
                    .append("\" Target=\"").append(idTypeTargetMode[i + 2]).append('"')
                    .append(idTypeTargetMode[i + 3].isEmpty() ? "" : " TargetMode=\"" + idTypeTargetMode[i + 3] + "\"").append("/>");
        }
        return sb.append("</Relationships>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A header of our own making: the given runs in one paragraph. */
    private static byte[] header(String paragraphContent) {
        return bytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:hdr" + NS + "><w:p>" + paragraphContent
                + "</w:p></w:hdr>");
    }

    @Test
    void macrosReferencedFromTheHeaderOrTheSettingsAreLeftOut() throws Exception {
        String vba = "http://schemas.microsoft.com/office/2006/relationships/vbaProject";
        Map<String, byte[]> add = new LinkedHashMap<>();
        add.put("word/vbaProject.bin", bytes("Attribute VB_Name = \"AutoOpen\""));
        add.put("word/_rels/header1.xml.rels", rels("rIdV", vba, "vbaProject.bin", ""));
        add.put("word/_rels/settings.xml.rels", rels("rIdS", vba, "vbaProject.bin", ""));
        byte[] template = edit(Templates.wordLike(), Map.of("[Content_Types].xml",
                override("word/vbaProject.bin", "application/vnd.ms-office.vbaProject")), add);
        Result r = export(template);
        assertThat(r.parts().keySet()).noneMatch(p -> p.contains("vbaProject"));
        assertThat(r.all()).doesNotContain("vbaProject").doesNotContain("AutoOpen");
        assertThat(r.warningsText()).contains("corp.dotx: left out macros");
        assertThat(r.part("word/header1.xml")).contains("ACME Oy");
    }

    @Test
    void activeXControlsAndOleEmbeddingsAreLeftOut() throws Exception {
        Map<String, byte[]> add = new LinkedHashMap<>();
        add.put("word/header1.xml", header("<w:r><w:t>ACME Oy</w:t></w:r><w:r><w:object><v:shape id=\"c1\"/>"
                + "<w:control r:id=\"rIdAx\" w:name=\"CheckBox1\"/></w:object></w:r>"
                + "<w:r><w:object><v:shape id=\"o1\"><v:imagedata r:id=\"rIdImg\"/></v:shape>"
                + "<o:OLEObject Type=\"Embed\" ProgID=\"Excel.Sheet.12\" ShapeID=\"o1\" r:id=\"rIdOle\"/></w:object></w:r>"));
        add.put("word/_rels/header1.xml.rels", rels(
                "rIdAx", R + "/control", "activeX/activeX1.xml", "",
                "rIdOle", R + "/package", "embeddings/Sheet1.xlsx", "",
                "rIdImg", R + "/image", "media/ole.png", ""));
        add.put("word/activeX/activeX1.xml", bytes("<ax:ocx xmlns:ax=\"http://schemas.microsoft.com/office/2006/activeX\""
                + " ax:classid=\"{8BD21D40-EC42-11CE-9E0D-00AA006002F3}\"/>"));
        add.put("word/embeddings/Sheet1.xlsx", bytes("PK fake workbook"));
        add.put("word/media/ole.png", java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="));
        UnaryOperator<String> types = t -> override("word/activeX/activeX1.xml", "application/vnd.ms-office.activeX+xml")
                .andThen(override("word/embeddings/Sheet1.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andThen(x -> x.contains("Extension=\"png\"") ? x
                        : x.replace("<Override", "<Default Extension=\"png\" ContentType=\"image/png\"/><Override"))
                .apply(t);
        Result r = export(edit(Templates.wordLike(), Map.of("[Content_Types].xml", types), add));
        assertThat(r.parts().keySet()).noneMatch(p -> p.contains("activeX") || p.contains("embeddings"));
        String header = r.part("word/header1.xml");
        assertThat(header).contains("ACME Oy").doesNotContain("w:control").doesNotContain("OLEObject").doesNotContain("w:object");
        assertThat(r.warningsText()).contains("ActiveX controls").contains("OLE objects and embedded files");
    }

    @Test
    void fieldsThatFetchOrRunSomethingLoseTheirCodeAndKeepTheirText() throws Exception {
        String field = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> %s </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>%s</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
        String content = "<w:r><w:t xml:space=\"preserve\">ACME Oy </w:t></w:r>"
                + field.formatted("INCLUDEPICTURE \"http://tracker.example/logo.png\" \\d", "logo")
                + "<w:fldSimple w:instr=\" INCLUDETEXT \\\\host\\share\\boiler.docx \"><w:r><w:t>boilerplate</w:t></w:r></w:fldSimple>"
                + field.formatted("DDEAUTO excel \"C:\\\\x.xls\" \"R1C1\"", "dde")
                + field.formatted("PAGE", "1");
        Result r = export(edit(Templates.wordLike(), Map.of(), Map.of("word/header1.xml", header(content))));
        String header = r.part("word/header1.xml");
        assertThat(header).doesNotContain("INCLUDEPICTURE").doesNotContain("INCLUDETEXT").doesNotContain("DDEAUTO")
                .doesNotContain("tracker.example").doesNotContain("host");
        // what the fields last showed stays; the page number stays a field
        assertThat(header).contains("ACME Oy", "logo", "boilerplate", "dde").contains("PAGE");
        assertThat(r.warningsText()).contains("INCLUDEPICTURE").contains("INCLUDETEXT").contains("DDEAUTO");
    }

    @Test
    void aMailMergeDataSourceWithItsConnectionStringAndQueryIsLeftOut() throws Exception {
        UnaryOperator<String> settings = s -> s.replaceFirst("(<w:settings[^>]*>)", "$1")
                .replace("<w:compat>", "<w:mailMerge><w:mainDocumentType w:val=\"formLetters\"/><w:linkToQuery/>"
                        + "<w:dataType w:val=\"odbc\"/><w:connectString w:val=\"DSN=Payroll;UID=sa;PWD=secret\"/>"
                        + "<w:query w:val=\"SELECT * FROM salaries\"/><w:dataSource r:id=\"rIdDs\"/></w:mailMerge><w:compat>")
                .replaceFirst("<w:settings ", "<w:settings xmlns:r=\"" + R + "\" ");
        Map<String, byte[]> add = Map.of("word/_rels/settings.xml.rels", rels("rIdDs", R + "/mailMergeSource",
                "file:///C:/data/payroll.dsn", "External"));
        Result r = export(edit(Templates.wordLike(), Map.of("word/settings.xml", settings), add));
        String out = r.part("word/settings.xml");
        assertThat(out).doesNotContain("mailMerge").doesNotContain("Payroll").doesNotContain("SELECT")
                .contains("compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"");
        assertThat(r.parts()).doesNotContainKey("word/_rels/settings.xml.rels");
        assertThat(r.warningsText()).contains("mail-merge data source");
    }

    @Test
    void aDocumentTypeDeclarationInTheContentTypesIsOneLineNamingTheTemplate() {
        byte[] template = edit(Templates.wordLike(), Map.of("[Content_Types].xml",
                t -> t.replaceFirst("<Types", "<!DOCTYPE Types [<!ENTITY x \"y\">]><Types")), Map.of());
        assertThat(failure(template).getMessage()).contains("document type declaration");
    }

    @Test
    void aPartWithoutAContentTypeIsOneLineNamingTheTemplateAndThePart() {
        byte[] template = edit(Templates.wordLike(), Map.of(), Map.of("word/stray.zzz", bytes("?")));
        assertThat(failure(template).getMessage()).contains("word/stray.zzz").contains("no content type");
    }

    @Test
    void brokenPackagePartsPoiWouldLogAStackTraceForAreOneLine() {
        byte[] core = edit(Templates.wordLike(), Map.of("docProps/core.xml", c -> c.replaceFirst("<cp:coreProperties", "<cp:coreProperties <")),
                Map.of());
        assertThat(failure(core).getMessage()).contains("docProps/core.xml").contains("not readable XML");
        byte[] rels = edit(Templates.wordLike(), Map.of("word/_rels/document.xml.rels", r -> r + "<"), Map.of());
        assertThat(failure(rels).getMessage()).contains("word/_rels/document.xml.rels");
    }

    @Test
    void numberingIdsWordCannotReadNameTheTemplate() {
        byte[] template = edit(Templates.wordLike(), Map.of("word/numbering.xml",
                n -> n.replace("w:abstractNumId=\"0\"", "w:abstractNumId=\"99999999999\"")
                        .replace("<w:abstractNumId w:val=\"0\"/>", "<w:abstractNumId w:val=\"99999999999\"/>")), Map.of());
        assertThat(failure(template).getMessage()).contains("numbering").doesNotContain("integer overflow");
    }

    @Test
    void aStyleWithoutANameDoesNotStopTheExport() throws Exception {
        Result r = export(edit(Templates.wordLike(), Map.of("word/styles.xml",
                s -> s.replace("<w:name w:val=\"Corporate Table\"/>", "<w:name/>")), Map.of()));
        assertThat(r.part("word/styles.xml")).contains("Yritystaulukko");
    }

    @Test
    void aThemeThatIsNotXmlIsLeftOutAndTheDocumentReopens() throws Exception {
        Result r = export(edit(Templates.wordLike(), Map.of("[Content_Types].xml",
                t -> t.replace("application/vnd.openxmlformats-officedocument.theme+xml", "application/octet-stream")),
                Map.of("word/theme/theme1.xml", bytes("\u0000\u0001 not a theme"))));
        assertThat(r.parts()).doesNotContainKey("word/theme/theme1.xml");
        assertThat(r.warningsText()).contains("word/theme/theme1.xml");
    }

    @Test
    void aLargeTemplateBodyIsStreamedPastNotParsed() throws Exception {
        // a template whose body is 12 MB of text: the body is left out, so reading it must not cost
        // memory in proportion to a parsed body (XMLBeans took several hundred MB)
        StringBuilder body = new StringBuilder(13 * 1024 * 1024);
        java.util.Random random = new java.util.Random(1);
        while (body.length() < 12 * 1024 * 1024) {
            body.append("<w:p><w:r><w:t>");
            for (int i = 0; i < 60; i++) {
                body.append((char) ('a' + random.nextInt(26)));
            }
            body.append("</w:t></w:r></w:p>");
        }
        byte[] template = edit(Templates.wordLike(), Map.of("word/document.xml",
                d -> d.replaceFirst("<w:body>", "<w:body>" + body)), Map.of());
        // HotSpot's per-thread allocation counter (com.sun.management, by reflection: the module does not read it)
        Object threads = java.lang.management.ManagementFactory.getThreadMXBean();
        java.lang.reflect.Method allocatedBytes = Class.forName("com.sun.management.ThreadMXBean")
                .getMethod("getCurrentThreadAllocatedBytes");
        long before = (long) allocatedBytes.invoke(threads);
        Result r = export(template);
        long allocated = (long) allocatedBytes.invoke(threads) - before;
        assertThat(r.part("word/document.xml")).doesNotContain("aaaa");
        System.out.println("Template of " + template.length / 1024 + " KB (body 12 MB): " + allocated / (1024 * 1024)
                + " MB allocated");
        assertThat(allocated).isLessThan(150L * 1024 * 1024);
    }
}
