package io.github.methodbank.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.methodbank.core.Method;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.export.ExportJob;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Markdown rich text as Word structure, on 18F's methods in their own Markdown (test resource). */
class RichTextInWordTest {

    private static final MethodBank BANK = ConformanceTest.bank("18f-markdown.json");

    private static String documentXml(byte[] docx) {
        return new String(Conformance.unzip(docx).get("word/document.xml"), StandardCharsets.UTF_8);
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text) {
        return doc.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph " + text));
    }

    private static final Method SHOWCASE = Docs.method(BANK, "markdown-showcase");

    @Test
    void listsAreWordNumberingNestedByLevelAndNumberedListsRestart() {
        byte[] docx = Docs.export(DocxWorkshopExporter.withDefaults(), Docs.job(BANK, List.of(SHOWCASE), "en"));
        XWPFDocument doc = Docs.open(docx);
        XWPFParagraph first = paragraph(doc, "First numbered");
        XWPFParagraph alpha = paragraph(doc, "nested bullet alpha");
        XWPFParagraph deep = paragraph(doc, "deep numbered one");
        XWPFParagraph seventh = paragraph(doc, "Seventh starts here");
        XWPFParagraph innermost = paragraph(doc, "Innermost bullet");
        assertThat(first.getStyle()).isEqualTo("ListNumber");
        assertThat(first.getNumFmt()).isEqualTo("decimal");
        assertThat(first.getNumIlvl().intValue()).isZero();
        assertThat(alpha.getStyle()).isEqualTo("ListBullet");
        assertThat(alpha.getNumIlvl().intValue()).isEqualTo(1);
        assertThat(alpha.getNumFmt()).isEqualTo("bullet");
        assertThat(deep.getNumIlvl().intValue()).isEqualTo(2);
        assertThat(deep.getNumFmt()).isEqualTo("lowerRoman");
        assertThat(innermost.getNumIlvl().intValue()).isEqualTo(2);
        // "7." starts a list of its own: a w:num of its own restarting at 7
        assertThat(seventh.getNumID()).isNotEqualTo(first.getNumID());
        String numbering = new String(Conformance.unzip(docx).get("word/numbering.xml"), StandardCharsets.UTF_8);
        assertThat(numbering).contains("<w:num w:numId=\"" + seventh.getNumID()
                + "\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"7\"/>");
        // a later paragraph of an item is indented with it
        assertThat(paragraph(doc, "A second paragraph of the third item.").getIndentationLeft()).isEqualTo(360);
    }

    @Test
    void headingsLinksCodeAndLineBreaks() {
        byte[] docx = Docs.export(DocxWorkshopExporter.withDefaults(), Docs.job(BANK, List.of(SHOWCASE), "en"));
        XWPFDocument doc = Docs.open(docx);
        // under "Description" (Heading 2): # → Heading 3, ### → Heading 4 (no level skipped)
        assertThat(Docs.headings(doc)).containsSubsequence("2 Description", "3 Top heading", "4 Skipped level heading",
                "2 How to use it", "3 Before", "3 During", "4 Deep");
        String xml = documentXml(docx);
        assertThat(xml).contains("<w:rStyle w:val=\"HTMLCode\"/></w:rPr><w:t>inline code</w:t>");
        assertThat(xml).containsPattern("<w:hyperlink r:id=\"rId\\d+\"><w:r><w:rPr><w:rStyle w:val=\"Hyperlink\"/><w:b/><w:bCs/>"
                + "</w:rPr><w:t>bold link</w:t>");
        assertThat(xml).contains("A hard line break follows</w:t></w:r><w:r><w:br/></w:r><w:r><w:t>on the next line.");
        // headings inside an agenda cell are bold paragraphs, not part of the document's outline
        assertThat(xml).contains("<w:pStyle w:val=\"TableText\"/></w:pPr><w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t>Rules</w:t>");
        // the heading order is valid throughout: no level deeper than one below the one before
        int previous = 0;
        for (String h : Docs.headings(doc)) {
            if (h.startsWith("T ")) {
                continue;
            }
            int level = h.charAt(0) - '0';
            assertThat(level).as(h).isLessThanOrEqualTo(previous + 1);
            previous = level;
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void everyWordOfTheMarkdownBankIsInTheDocument(boolean template) {
        DocxWorkshopExporter exporter = template
                ? DocxWorkshopExporter.builder().template(Templates.wordLike()).build()
                : DocxWorkshopExporter.withDefaults();
        ExportJob job = Docs.job(BANK, BANK.getMethods(), "en");
        Set<String> words = Docs.words(Docs.text(Docs.open(Docs.export(exporter, job))));
        for (Method m : BANK.getMethods()) {
            assertThat(words).as("words of %s", m.getId()).containsAll(Docs.methodWords(job, m));
        }
    }

    @Test
    void noHeadingWithoutContent() {
        byte[] docx = Docs.export(DocxWorkshopExporter.withDefaults(), Docs.job(BANK, BANK.getMethods(), "en"));
        XWPFDocument doc = Docs.open(docx);
        List<XWPFParagraph> ps = doc.getParagraphs();
        List<org.apache.poi.xwpf.usermodel.IBodyElement> body = doc.getBodyElements();
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) instanceof XWPFParagraph p && p.getStyle() != null && p.getStyle().startsWith("Heading")) {
                int level = p.getStyle().charAt(7) - '0';
                // the next element is content, or a heading one level deeper
                assertThat(i + 1).as("heading %s is last", p.getText()).isLessThan(body.size());
                if (body.get(i + 1) instanceof XWPFParagraph next && next.getStyle() != null
                        && next.getStyle().startsWith("Heading")) {
                    assertThat(next.getStyle().charAt(7) - '0').as("heading %s has no content", p.getText())
                            .isGreaterThan(level);
                }
            }
        }
        assertThat(ps).isNotEmpty();
        // a bank whose methods have nothing to prepare: no Preparation heading, the agenda starts the page
        MethodBank bare = MethodBank.builder().from(BANK).methods(List.of(Method.builder().from(SHOWCASE)
                .requiredSkills(java.util.Optional.empty()).build())).build();
        XWPFDocument d = Docs.open(Docs.export(DocxWorkshopExporter.withDefaults(),
                Docs.job(bare, bare.getMethods(), "en")));
        assertThat(Docs.headings(d)).doesNotContain("1 Preparation");
        assertThat(paragraph(d, "Agenda").getCTP().getPPr().isSetPageBreakBefore()).isTrue();
    }

    static int count(String s, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
