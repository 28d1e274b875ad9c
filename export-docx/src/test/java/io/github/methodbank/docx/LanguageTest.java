package io.github.methodbank.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.MethodBanks;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The requested language wins over a template's, as Word resolves it: direct formatting, styles, defaults. */
class LanguageTest {

    private static final String W = Conformance.W;
    private static final MethodBank SAMPLE = MethodBanks.loadSample();

    @Test
    void aSwedishWorkshopUnderAFinnishTemplateIsSwedishInEveryBodyParagraph() throws Exception {
        byte[] docx = Docs.export(DocxWorkshopExporter.builder().template(Templates.wordLike()).build(),
                Docs.job(SAMPLE, List.of(Docs.method(SAMPLE, "asiakaspolku")), "sv"));
        Map<String, byte[]> parts = Conformance.unzip(docx);
        Document styles = parse(parts.get("word/styles.xml"));
        Document body = parse(parts.get("word/document.xml"));
        Resolver r = new Resolver(styles);
        List<String> wrong = new ArrayList<>();
        int paragraphs = 0;
        NodeList ps = body.getElementsByTagNameNS(W, "p");
        for (int i = 0; i < ps.getLength(); i++) {
            Element p = (Element) ps.item(i);
            paragraphs++;
            String pStyle = firstVal(p, "pPr", "pStyle");
            // the paragraph mark
            String mark = r.resolve(childLang(child(child(p, "pPr"), "rPr")), null, pStyle);
            if (!"sv-SE".equals(mark)) {
                wrong.add("paragraph mark of '" + p.getTextContent() + "': " + mark);
            }
            NodeList runs = p.getElementsByTagNameNS(W, "r");
            for (int j = 0; j < runs.getLength(); j++) {
                Element run = (Element) runs.item(j);
                Element rPr = child(run, "rPr");
                String lang = r.resolve(childLang(rPr), rPr == null ? null : val(child(rPr, "rStyle")), pStyle);
                if (!"sv-SE".equals(lang)) {
                    wrong.add("'" + run.getTextContent() + "': " + lang);
                }
            }
        }
        assertThat(paragraphs).isGreaterThan(50);
        assertThat(wrong).isEmpty();
        // the template did say Finnish: in its defaults, Normal, a character and a table style
        String template = new String(Conformance.unzip(Templates.wordLike()).get("word/styles.xml"),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(template.split("fi-FI", -1).length - 1).isGreaterThanOrEqualTo(5);
        String settings = new String(parts.get("word/settings.xml"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(settings).contains("w:themeFontLang w:val=\"sv-SE\"");
    }

    @Test
    void runsOfATextTheBankHasOnlyInAnotherLanguageAreMarkedWithThatLanguage() throws Exception {
        io.github.methodbank.core.Method m = io.github.methodbank.core.Method.builder().id("kahvi")
                .name(io.github.methodbank.core.LocalizedText.of(Map.of("fi", "Kahvipöytä", "sv", "Kaffebord")))
                .description(io.github.methodbank.core.LocalizedText.of("fi", "Keskustellaan **vapaasti** kahvin äärellä."))
                .build();
        MethodBank bank = MethodBank.builder().from(SAMPLE).methods(List.of(m)).paths(List.of()).build();
        byte[] docx = Docs.export(DocxWorkshopExporter.builder().template(Templates.wordLike()).build(),
                Docs.job(bank, List.of(m), "sv"));
        String body = new String(Conformance.unzip(docx).get("word/document.xml"), java.nio.charset.StandardCharsets.UTF_8);
        // the Finnish description (the bank has no Swedish one) says it is Finnish, bold run and all
        assertThat(body).contains("<w:r><w:rPr><w:lang w:val=\"fi-FI\"/></w:rPr><w:t xml:space=\"preserve\">Keskustellaan </w:t>")
                .contains("<w:b/><w:bCs/><w:lang w:val=\"fi-FI\"/></w:rPr><w:t>vapaasti</w:t>");
        // the Swedish name has no language of its own: the document's (sv-SE) applies
        assertThat(body).contains("<w:r><w:t>Kaffebord</w:t></w:r>");
        assertThat(Conformance.validate(docx).errors()).isEmpty();
    }

    /** Word's order: run properties, the run's character style chain, the paragraph style chain, the defaults. */
    private static final class Resolver {
        private final Map<String, Element> styles = new HashMap<>();
        private String defaultParagraph;
        private final String defaults;

        Resolver(Document d) {
            NodeList list = d.getElementsByTagNameNS(W, "style");
            for (int i = 0; i < list.getLength(); i++) {
                Element s = (Element) list.item(i);
                styles.put(s.getAttributeNS(W, "styleId"), s);
                if (s.getAttributeNS(W, "type").equals("paragraph") && s.getAttributeNS(W, "default").matches("1|true|on")) {
                    defaultParagraph = s.getAttributeNS(W, "styleId");
                }
            }
            Element docDefaults = (Element) d.getElementsByTagNameNS(W, "docDefaults").item(0);
            defaults = docDefaults == null ? null : childLang(child(child(docDefaults, "rPrDefault"), "rPr"));
        }

        String resolve(String direct, String charStyle, String paraStyle) {
            if (direct != null) {
                return direct;
            }
            String fromChar = chain(charStyle);
            if (fromChar != null) {
                return fromChar;
            }
            String fromPara = chain(paraStyle != null ? paraStyle : defaultParagraph);
            return fromPara != null ? fromPara : defaults;
        }

        private String chain(String id) {
            for (int depth = 0; id != null && depth < 20; depth++) {
                Element s = styles.get(id);
                if (s == null) {
                    return null;
                }
                String lang = childLang(child(s, "rPr"));
                if (lang != null) {
                    return lang;
                }
                id = val(child(s, "basedOn"));
            }
            return null;
        }
    }

    private static String childLang(Element rPr) {
        Element lang = child(rPr, "lang");
        return lang == null || !lang.hasAttributeNS(W, "val") ? null : lang.getAttributeNS(W, "val");
    }

    private static String firstVal(Element e, String a, String b) {
        return val(child(child(e, a), b));
    }

    private static String val(Element e) {
        return e == null ? null : e.getAttributeNS(W, "val");
    }

    private static Element child(Element e, String localName) {
        if (e == null) {
            return null;
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && W.equals(c.getNamespaceURI()) && c.getLocalName().equals(localName)) {
                return c;
            }
        }
        return null;
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }
}
