package io.github.methodbank.docx;

import static io.github.methodbank.docx.Docs.export;
import static io.github.methodbank.docx.Docs.job;
import static io.github.methodbank.docx.Docs.method;
import static io.github.methodbank.docx.Docs.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.MethodBanks;
import io.github.methodbank.core.export.ExportException;
import io.github.methodbank.core.export.ExportJob;
import io.github.methodbank.core.export.ExportListener;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSettings;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

class CorporateTemplateTest {

    private static final MethodBank BANK = MethodBanks.loadSample();
    private static final String ATTACHED_TEMPLATE =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate";

    /**
     * A corporate template as an agency would have it: its own fonts and colours, the heading
     * style under a localised id (Word in Finnish writes "Otsikko1"), a header with the agency's
     * name, a line of body text, saved as .dotx.
     */
    static byte[] corporateTemplate(boolean attachedTemplate) throws Exception {
        String styles = """
                <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
                  <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Liberation Serif" w:hAnsi="Liberation Serif"/>
                    <w:lang w:val="en-US"/></w:rPr></w:rPrDefault></w:docDefaults>
                  <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>
                    <w:rPr><w:rFonts w:ascii="Liberation Serif" w:hAnsi="Liberation Serif"/><w:sz w:val="24"/></w:rPr></w:style>
                  <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>
                    <w:rPr><w:rFonts w:ascii="DejaVu Serif" w:hAnsi="DejaVu Serif"/><w:color w:val="00B050"/><w:sz w:val="60"/></w:rPr></w:style>
                  <w:style w:type="paragraph" w:styleId="Otsikko1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>
                    <w:pPr><w:outlineLvl w:val="0"/></w:pPr>
                    <w:rPr><w:rFonts w:ascii="Liberation Mono" w:hAnsi="Liberation Mono"/><w:b/><w:color w:val="C00000"/><w:sz w:val="36"/></w:rPr></w:style>
                </w:styles>
                """;
        try (XWPFDocument t = new XWPFDocument()) {
            t.createStyles().setStyles(StylesDocument.Factory.parse(styles).getStyles());
            t.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("ACME Oy – sisäinen");
            t.createParagraph().createRun().setText("Pohjan oma leipäteksti");
            if (attachedTemplate) {
                for (POIXMLDocumentPart part : t.getRelations()) {
                    if (part instanceof XWPFSettings s) {
                        part.getPackagePart().addRelationship(new java.net.URI("file:///C:/corp/Normal.dotm"),
                                TargetMode.EXTERNAL, ATTACHED_TEMPLATE, "rIdCorp");
                        s.getCTSettings().addNewAttachedTemplate().setId("rIdCorp");
                    }
                }
            }
            ByteArrayOutputStream docx = new ByteArrayOutputStream();
            t.write(docx);
            try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(docx.toByteArray()))) {
                pkg.replaceContentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml");
                ByteArrayOutputStream dotx = new ByteArrayOutputStream();
                pkg.save(dotx);
                return dotx.toByteArray();
            }
        }
    }

    @Test
    void theTemplatesStylesAndHeaderAreUsed() throws Exception {
        DocxWorkshopExporter exporter = DocxWorkshopExporter.builder().template(corporateTemplate(false)).build();
        byte[] bytes = export(exporter, job(BANK, List.of(method(BANK, "asiakaspolku")), "fi"));
        XWPFDocument doc = open(bytes);

        XWPFStyle heading = doc.getStyles().getStyle("Otsikko1");
        assertThat(heading.getCTStyle().getRPr().getRFontsArray(0).getAscii()).isEqualTo("Liberation Mono");
        assertThat(heading.getCTStyle().getRPr().getColorArray(0).xgetVal().getStringValue()).isEqualTo("C00000");
        assertThat(doc.getStyles().getStyle("Title").getCTStyle().getRPr().getColorArray(0).xgetVal().getStringValue())
                .isEqualTo("00B050");
        // no second "heading 1" next to the template's
        assertThat(doc.getStyles().getStyle("Heading1")).isNull();

        List<String> h1 = doc.getParagraphs().stream().filter(p -> "Otsikko1".equals(p.getStyle()))
                .map(XWPFParagraph::getText).collect(Collectors.toList());
        assertThat(h1).startsWith("Tarkoitus", "Menetelmän paikka poluilla", "Työpajan tiedot", "Valmistelu", "Ohjelma");
        assertThat(doc.getParagraphs().get(0).getStyle()).isEqualTo("Title");

        // what the template lacks is added, so lists and tables still work
        assertThat(doc.getStyles().getStyle("ListBullet")).isNotNull();
        assertThat(doc.getStyles().getStyle("TableGrid")).isNotNull();
        assertThat(doc.getParagraphs()).anyMatch(p -> "ListBullet".equals(p.getStyle()) && p.getNumID() != null);

        // the template's header is kept; it had no footer, so the workshop's footer is added
        assertThat(doc.getHeaderList()).singleElement().satisfies(h -> assertThat(h.getText()).contains("ACME Oy"));
        assertThat(doc.getFooterList()).singleElement().satisfies(f -> assertThat(f.getText()).contains("Sivu"));
        // the template's own body text is not carried over; the document language is the job's
        assertThat(Docs.text(doc)).doesNotContain("Pohjan oma leipäteksti").contains("Asiakaspolku");
        assertThat(doc.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr().getLangArray(0).getVal())
                .isEqualTo("fi-FI");
        // the result is a document, not a template
        assertThat(doc.getPackagePart().getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
        // and it is still reproducible
        assertThat(export(exporter, job(BANK, List.of(method(BANK, "asiakaspolku")), "fi"))).isEqualTo(bytes);
    }

    @Test
    void templateFromAFileAndLinksThatWouldFetchSomethingAreDropped(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("corp.dotx");
        Files.write(file, corporateTemplate(true));
        List<String> warnings = new ArrayList<>();
        ExportJob job = ExportJob.builder().from(job(BANK, List.of(method(BANK, "pre-mortem")), "en"))
                .listener(new ExportListener() {
                    @Override
                    public void warning(String message) {
                        warnings.add(message);
                    }
                }).build();
        XWPFDocument doc = open(export(DocxWorkshopExporter.builder().template(file).build(), job));
        assertThat(warnings).anySatisfy(w -> assertThat(w).contains("corp.dotx").contains("Normal.dotm"));
        for (POIXMLDocumentPart part : doc.getRelations()) {
            if (part instanceof XWPFSettings s) {
                assertThat(s.getCTSettings().isSetAttachedTemplate()).isFalse();
                assertThat(part.getPackagePart().getRelationships()).noneMatch(r -> r.getTargetMode() == TargetMode.EXTERNAL);
            }
        }
        assertThat(doc.getHeaderList().get(0).getText()).contains("ACME Oy");
    }

    @Test
    void tablesFitTheTemplatesPage() throws Exception {
        byte[] letter;
        try (XWPFDocument t = new XWPFDocument()) {
            var sect = t.getDocument().getBody().addNewSectPr();
            sect.addNewPgSz().setW(java.math.BigInteger.valueOf(12240));
            sect.getPgSz().setH(java.math.BigInteger.valueOf(15840));
            var mar = sect.addNewPgMar();
            mar.setLeft(java.math.BigInteger.valueOf(1440));
            mar.setRight(java.math.BigInteger.valueOf(1440));
            mar.setTop(java.math.BigInteger.valueOf(1440));
            mar.setBottom(java.math.BigInteger.valueOf(1440));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            t.write(out);
            letter = out.toByteArray();
        }
        XWPFDocument doc = open(export(DocxWorkshopExporter.builder().template(letter).build(),
                job(BANK, List.of(method(BANK, "asiakaspolku")), "en")));
        assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getW().toString()).isEqualTo("12240");
        for (var table : doc.getTables()) {
            assertThat(table.getCTTbl().getTblPr().getTblW().getW().toString()).isEqualTo("9360");
            int sum = table.getCTTbl().getTblGrid().getGridColList().stream()
                    .mapToInt(c -> Integer.parseInt(c.getW().toString())).sum();
            assertThat(sum).isEqualTo(9360);
        }
    }

    @Test
    void aTemplateThatIsNotAWordDocumentFailsClearly() {
        DocxWorkshopExporter exporter = DocxWorkshopExporter.builder().template("not a zip".getBytes()).build();
        assertThatThrownBy(() -> exporter.export(job(BANK, List.of(method(BANK, "pre-mortem")), "en"), new ByteArrayOutputStream()))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("template")
                .hasMessageContaining(".docx or .dotx");
    }

    @Test
    void aTemplateWithABrokenHeaderPartFailsClearlyInsteadOfGivingAnUnreadableDocument() throws Exception {
        // found by fuzzing: the header was copied as it was, and Word (and POI) could not open the result
        byte[] own = export(DocxWorkshopExporter.withDefaults(), job(BANK, List.of(method(BANK, "pre-mortem")), "en"));
        byte[] broken = withPart(own, "word/header1.xml", xml -> xml.replaceFirst("<w:hdr ", "<w:hdr <"));
        DocxWorkshopExporter exporter = DocxWorkshopExporter.builder().template(broken).build();
        assertThatThrownBy(() -> exporter.export(job(BANK, List.of(method(BANK, "pre-mortem")), "en"), new ByteArrayOutputStream()))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("template (given as bytes) has a broken part word/header1.xml");
    }

    @Test
    void aTemplateThatMakesEveryParagraphRightToLeftDoesNotTurnLeftToRightText() throws Exception {
        // Arabic and Hebrew templates usually set bidi for all paragraphs; agenda times and Latin text
        // must still read left to right
        byte[] own = export(DocxWorkshopExporter.withDefaults(), job(BANK, List.of(method(BANK, "asiakaspolku")), "en"));
        byte[] rtlTemplate = withPart(own, "word/styles.xml", styles -> {
            assertThat(styles).contains("<w:pPrDefault><w:pPr>");
            return styles.replace("<w:pPrDefault><w:pPr>", "<w:pPrDefault><w:pPr><w:bidi/>");
        });
        DocxWorkshopExporter exporter = DocxWorkshopExporter.builder().template(rtlTemplate).build();
        try (XWPFDocument doc = open(export(exporter, job(BANK, List.of(method(BANK, "asiakaspolku")), "en")))) {
            XWPFParagraph time = doc.getTables().stream().flatMap(t -> t.getRows().stream())
                    .flatMap(r -> r.getTableCells().stream()).flatMap(c -> c.getParagraphs().stream())
                    .filter(p -> p.getText().matches("\\d\\d:\\d\\d.*")).findFirst().orElseThrow();
            assertThat(time.getCTP().getPPr().getBidi().xmlText()).contains("w:val=\"0\"");
            assertThat(doc.getParagraphs()).filteredOn(p -> !p.getText().isBlank())
                    .allSatisfy(p -> assertThat(p.getCTP().getPPr().isSetBidi()).as(p.getText()).isTrue());
        }
    }

    /** A copy of a Word package with one XML part changed. */
    private static byte[] withPart(byte[] docx, String part, java.util.function.UnaryOperator<String> change)
            throws java.io.IOException {
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(docx));
                var out = new java.util.zip.ZipOutputStream(copy)) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals(part)) {
                    data = change.apply(new String(data, java.nio.charset.StandardCharsets.UTF_8))
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
        return copy.toByteArray();
    }
}
