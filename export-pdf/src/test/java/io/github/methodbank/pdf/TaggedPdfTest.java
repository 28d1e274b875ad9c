package io.github.methodbank.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.methodbank.core.Method;
import io.github.methodbank.core.export.ExportJob;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TaggedPdfTest {

    @ParameterizedTest
    @EnumSource(Layout.class)
    void theStructureTreeHoldsASectionPerMethodHeadedByItsName(Layout layout) throws Exception {
        byte[] pdf = Pdfs.exportSample(PdfCardExporter.builder().layout(layout).qrCode(true).build(), "sv");
        try (PDDocument d = Pdfs.open(pdf)) {
            assertThat(d.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(d.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            Map<PDPage, Map<Integer, String>> text = markedText(d);
            PDStructureTreeRoot root = d.getDocumentCatalog().getStructureTreeRoot();
            PDStructureElement document = (PDStructureElement) root.getKids().get(0);
            assertThat(document.getStructureType()).isEqualTo("Document");
            List<PDStructureElement> sections = elements(document.getKids());
            assertThat(sections).hasSize(Pdfs.SAMPLE.getMethods().size());
            for (int i = 0; i < sections.size(); i++) {
                PDStructureElement sect = sections.get(i);
                assertThat(sect.getStructureType()).isEqualTo("Sect");
                List<PDStructureElement> kids = elements(sect.getKids());
                assertThat(kids.get(0).getStructureType()).isEqualTo("H1");
                String name = Pdfs.SAMPLE.text(Pdfs.SAMPLE.getMethods().get(i).getName(), "sv");
                assertThat(content(kids.get(0), text).strip()).isEqualTo(name);
                assertThat(kids).extracting(PDStructureElement::getStructureType).contains("H2", "P", "L");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void everyPieceOfContentIsTaggedOrAnArtifactAndTheParentTreeMatches(Layout layout) throws Exception {
        byte[] pdf = Pdfs.exportSample(PdfCardExporter.builder().layout(layout).qrCode(true).build(), "fi");
        try (PDDocument d = Pdfs.open(pdf)) {
            COSDictionary parentTree = (COSDictionary) d.getDocumentCatalog().getStructureTreeRoot().getCOSObject()
                    .getDictionaryObject(COSName.PARENT_TREE);
            COSArray nums = (COSArray) parentTree.getDictionaryObject(COSName.NUMS);
            Map<Integer, COSBase> byKey = new HashMap<>();
            for (int i = 0; i < nums.size(); i += 2) {
                byKey.put(((COSInteger) nums.getObject(i)).intValue(), nums.getObject(i + 1));
            }
            for (PDPage page : d.getPages()) {
                // painting operators only inside marked content (tagged or artifact)
                int depth = 0;
                int mcids = 0;
                List<Object> tokens = new PDFStreamParser(page).parse();
                for (int i = 0; i < tokens.size(); i++) {
                    if (!(tokens.get(i) instanceof Operator op)) {
                        continue;
                    }
                    switch (op.getName()) {
                        case "BDC" -> {
                            depth++;
                            if (tokens.get(i - 1) instanceof COSDictionary props && props.containsKey(COSName.MCID)) {
                                assertThat(props.getInt(COSName.MCID)).isEqualTo(mcids++);
                            }
                        }
                        case "BMC" -> {
                            depth++;
                            assertThat(((COSName) tokens.get(i - 1)).getName()).isEqualTo("Artifact");
                        }
                        case "EMC" -> depth--;
                        case "Tj", "TJ", "f", "S", "Do" -> assertThat(depth).as("%s outside marked content", op.getName())
                                .isGreaterThan(0);
                        default -> { }
                    }
                }
                assertThat(depth).isZero();
                // the page's parent-tree entry names an element for each id, and that element lists the id
                COSArray parents = (COSArray) byKey.get(page.getStructParents());
                assertThat(parents.size()).isEqualTo(mcids);
                for (int id = 0; id < mcids; id++) {
                    COSDictionary element = (COSDictionary) parents.getObject(id);
                    assertThat(listsContent(element, page, id)).as("element %s lists mcid %d", element.getCOSName(COSName.S),
                            id).isTrue();
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void aListItemsMarkerIsItsLabelWhenItSaysSomethingAndAnArtifactWhenItIsABullet(Layout layout) throws Exception {
        byte[] pdf = Pdfs.exportSample(PdfCardExporter.builder().layout(layout).build(), "en");
        try (PDDocument d = Pdfs.open(pdf)) {
            Map<PDPage, Map<Integer, String>> text = markedText(d);
            List<PDStructureElement> items = new ArrayList<>();
            collect(d.getDocumentCatalog().getStructureTreeRoot().getKids(), "LI", items);
            List<String> labels = new ArrayList<>();
            int bare = 0;
            for (PDStructureElement li : items) {
                List<String> kids = elements(li.getKids()).stream().map(PDStructureElement::getStructureType).toList();
                assertThat(kids).as("an LI holds an optional Lbl and then its LBody").isIn(List.of("LBody"),
                        List.of("Lbl", "LBody"));
                if (kids.size() == 2) {
                    labels.add(content(elements(li.getKids()).get(0), text).strip());
                } else {
                    bare++;
                }
            }
            // numbers of numbered lists and the minutes of agenda steps are read out; bullets are not
            assertThat(labels).contains("1.", "2.").anyMatch(l -> l.matches("\\d+ min"));
            assertThat(labels).allMatch(l -> l.matches("\\d+\\.|\\d+ min"));
            assertThat(bare).isPositive();
            assertThat(text.values()).allSatisfy(byId -> assertThat(byId.values()).noneMatch(t -> t.strip().equals("\u2022")));
            assertThat(Pdfs.text(pdf)).contains("\u2022");
        }
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void linksAreClickableOverTheirTextAndTheQrCode(Layout layout) throws Exception {
        Method m = Pdfs.SAMPLE.method("asiakaspolku").orElseThrow();
        ExportJob job = ExportJob.builder().bank(Pdfs.SAMPLE).addMethod(m).language("fi").timestamp(Pdfs.WHEN).build();
        byte[] pdf = Pdfs.export(PdfCardExporter.builder().layout(layout).qrCode(true).build(), job);
        String url = m.getLinks().get(0).getUrl().toString();
        try (PDDocument d = Pdfs.open(pdf)) {
            List<PDAnnotationLink> links = new ArrayList<>();
            StringBuilder under = new StringBuilder();
            for (PDPage page : d.getPages()) {
                PDFTextStripperByArea area = new PDFTextStripperByArea();
                int n = 0;
                for (PDAnnotation a : page.getAnnotations()) {
                    PDAnnotationLink link = (PDAnnotationLink) a;
                    links.add(link);
                    assertThat(((PDActionURI) link.getAction()).getURI()).isEqualTo(url);
                    assertThat(link.isPrinted()).isTrue();
                    assertThat(link.getStructParent()).isGreaterThanOrEqualTo(0);
                    PDRectangle r = link.getRectangle();
                    float h = page.getMediaBox().getHeight();
                    area.addRegion("r" + n++, new Rectangle2D.Float(r.getLowerLeftX(), h - r.getUpperRightY(),
                            r.getWidth(), r.getHeight()));
                }
                area.extractRegions(page);
                for (String region : area.getRegions()) {
                    under.append(area.getTextForRegion(region));
                }
            }
            // the link's title, its address below it, and the QR code
            assertThat(links).hasSize(3);
            assertThat(under.toString().replaceAll("\\s", "")).contains(PdfCardExporterTest.shortUrl(URI.create(url)))
                    .contains("Asiakaspolunpohja(PDF)");
        }
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void figuresHaveAlternativeText(Layout layout) throws Exception {
        Method m = Pdfs.SAMPLE.method("asiakaspolku").orElseThrow();
        ExportJob job = ExportJob.builder().bank(Pdfs.SAMPLE).addMethod(m).language("en").timestamp(Pdfs.WHEN).build();
        byte[] pdf = Pdfs.export(PdfCardExporter.builder().layout(layout).qrCode(true).build(), job);
        try (PDDocument d = Pdfs.open(pdf)) {
            List<String> alts = new ArrayList<>();
            collectFigures(d.getDocumentCatalog().getStructureTreeRoot().getKids(), alts);
            assertThat(alts).containsExactly("Customer journey map",
                    "QR code: " + m.getLinks().get(0).getUrl());
        }
    }

    @org.junit.jupiter.api.Test
    void taggingCanBeTurnedOffLeavingTheCardsAndLinksAsTheyAre() throws Exception {
        byte[] tagged = Pdfs.exportSample(PdfCardExporter.builder().qrCode(true).build(), "fi");
        byte[] plain = Pdfs.exportSample(PdfCardExporter.builder().qrCode(true).tagged(false).build(), "fi");
        try (PDDocument d = Pdfs.open(plain)) {
            assertThat(d.getDocumentCatalog().getStructureTreeRoot()).isNull();
            assertThat(d.getDocumentCatalog().getMarkInfo()).isNull();
            int links = 0;
            for (PDPage page : d.getPages()) {
                links += page.getAnnotations().size();
                String content = new String(page.getContents().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
                assertThat(content).doesNotContain("BDC").doesNotContain("BMC");
            }
            assertThat(links).isGreaterThan(0);
        }
        assertThat(Pdfs.text(plain)).isEqualTo(Pdfs.text(tagged));
    }

    // ------------------------------------------------------------ helpers

    private static void collectFigures(List<Object> kids, List<String> alts) {
        for (PDStructureElement e : elements(kids)) {
            if (e.getStructureType().equals("Figure")) {
                alts.add(e.getAlternateDescription());
            }
            collectFigures(e.getKids(), alts);
        }
    }

    private static void collect(List<Object> kids, String type, List<PDStructureElement> out) {
        for (PDStructureElement e : elements(kids)) {
            if (e.getStructureType().equals(type)) {
                out.add(e);
            }
            collect(e.getKids(), type, out);
        }
    }

    private static List<PDStructureElement> elements(List<Object> kids) {
        List<PDStructureElement> out = new ArrayList<>();
        for (Object k : kids) {
            if (k instanceof PDStructureElement e) {
                out.add(e);
            }
        }
        return out;
    }

    /** The text of marked content, by page and id. */
    private static Map<PDPage, Map<Integer, String>> markedText(PDDocument d) throws IOException {
        Map<PDPage, Map<Integer, String>> out = new HashMap<>();
        for (PDPage page : d.getPages()) {
            PDFMarkedContentExtractor ex = new PDFMarkedContentExtractor();
            ex.processPage(page);
            Map<Integer, String> byId = new HashMap<>();
            for (PDMarkedContent mc : ex.getMarkedContents()) {
                if (mc.getMCID() >= 0) {
                    StringBuilder sb = new StringBuilder();
                    for (Object o : mc.getContents()) {
                        if (o instanceof TextPosition t) {
                            sb.append(t.getUnicode());
                        }
                    }
                    byId.put(mc.getMCID(), sb.toString());
                }
            }
            out.put(page, byId);
        }
        return out;
    }

    private static String content(PDStructureElement e, Map<PDPage, Map<Integer, String>> text) {
        StringBuilder sb = new StringBuilder();
        for (Object k : e.getKids()) {
            if (k instanceof Integer id) {
                sb.append(text.get(e.getPage()).get(id));
            } else if (k instanceof PDMarkedContentReference r) {
                sb.append(text.get(r.getPage()).get(r.getMCID()));
            }
        }
        return sb.toString();
    }

    private static boolean listsContent(COSDictionary element, PDPage page, int id) {
        COSBase pg = element.getDictionaryObject(COSName.PG);
        COSBase k = element.getDictionaryObject(COSName.K);
        COSArray kids = k instanceof COSArray a ? a : new COSArray(List.of(k));
        for (int i = 0; i < kids.size(); i++) {
            COSBase kid = kids.getObject(i);
            if (kid instanceof COSInteger n && n.intValue() == id && pg == page.getCOSObject()) {
                return true;
            }
            if (kid instanceof COSDictionary mcr && mcr.getInt(COSName.MCID) == id
                    && deref(mcr.getItem(COSName.PG)) == page.getCOSObject()) {
                return true;
            }
        }
        return false;
    }

    private static COSBase deref(COSBase b) {
        return b instanceof COSObject o ? o.getObject() : b;
    }
}
