package io.github.methodbank.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.methodbank.core.Link;
import io.github.methodbank.core.LocalizedText;
import io.github.methodbank.core.Method;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.Pathway;
import io.github.methodbank.core.PhaseRef;
import io.github.methodbank.core.RichText;
import io.github.methodbank.core.Step;
import io.github.methodbank.core.export.ExportException;
import io.github.methodbank.core.export.ExportJob;
import io.github.methodbank.pdf.internal.write.SheetGeometry;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PdfCardExporterTest {

    private static final float MM = (float) SheetGeometry.MM;

    // ------------------------------------------------------------ geometry of pages

    @Test
    void arabicLettersAreJoinedAndTheTextExtractsAsWritten() throws Exception {
        String description = "مرحبا بكم! سلام. *كَتَبَ الطالبُ الدرسَ.*";
        Method m = Method.builder().id("arabic").name(LocalizedText.of("ar", "خريطة رحلة العميل"))
                .description(LocalizedText.of("ar", description)).addPhases(PhaseRef.of("kehittaminen", "kokeile"))
                .build();
        MethodBank bank = MethodBank.builder().from(Pdfs.SAMPLE).methods(List.of(m)).build();
        List<String> warnings = new ArrayList<>();
        byte[] pdf = Pdfs.export(PdfCardExporter.withDefaults(), Pdfs.job(bank, "ar", warnings));
        // the italic part comes from the upright face (DejaVu's italics have no Arabic): nothing replaced
        assertThat(warnings).isEmpty();
        StringBuilder glyphs = new StringBuilder();
        java.util.Set<Integer> meemCodes = new java.util.HashSet<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions)
                    throws IOException {
                positions.forEach(p -> {
                    glyphs.append(p.getUnicode());
                    if (p.getUnicode().equals("\u0645")) {
                        meemCodes.add(p.getCharacterCodes()[0]);
                    }
                });
                super.writeString(text, positions);
            }
        };
        String text;
        try (PDDocument d = Pdfs.open(pdf)) {
            text = stripper.getText(d);
        }
        // printed in joined forms, the lam-alef ligature among them; the font's character map gives the
        // other joined glyphs as the letters they stand for, so that any viewer copies the letters
        assertThat(glyphs.toString()).contains("\uFEFC").doesNotContain("\uFFFD");
        assertThat(glyphs.toString().chars().filter(c -> c >= 0xFB50 && c < 0xFEF5)).isEmpty();
        // meem is drawn with different glyphs: initial in marhaban, final in salaam (unjoined it would be one)
        assertThat(meemCodes).hasSizeGreaterThanOrEqualTo(2);
        // text extraction gives back the letters written, in reading order
        assertThat(text).contains("خريطة رحلة العميل").contains("مرحبا بكم").contains("سلام")
                .contains("كَتَبَ الطالبُ الدرسَ");
    }

    @Test
    void aCombiningMarkWithoutAPrecomposedFormIsDrawnOverItsLetter() throws Exception {
        // NFC composes most letters with marks; q with a tilde has no precomposed form, so the
        // mark stays a character of its own and must land on the q, not after it
        BufferedImage base = renderDescription("xq");
        BufferedImage withMark = renderDescription("xq\u0303");
        BufferedImage withoutQ = renderDescription("x");
        int[] q = inkBox(withoutQ, base);
        int[] tilde = inkBox(base, withMark);
        assertThat(q).as("the q is drawn").isNotNull();
        assertThat(tilde).as("the tilde is drawn").isNotNull();
        int slack = 2;
        assertThat(tilde[0]).as("tilde left").isGreaterThanOrEqualTo(q[0] - slack);
        assertThat(tilde[2]).as("tilde right").isLessThanOrEqualTo(q[2] + slack);
        assertThat(tilde[3]).as("tilde bottom above the q's bowl").isLessThan(q[1] + (q[3] - q[1]) / 2);
    }

    /** The first card face of a method whose description is {@code text}, at 200 dpi. */
    private static BufferedImage renderDescription(String text) throws Exception {
        Method m = Method.builder().id("mark").name(LocalizedText.of("fi", "Merkki"))
                .description(LocalizedText.of("fi", text)).updated(java.time.LocalDate.of(2026, 1, 1))
                .addPhases(PhaseRef.of("kehittaminen", "kokeile")).build();
        MethodBank bank = MethodBank.builder().from(Pdfs.SAMPLE).methods(List.of(m)).build();
        byte[] pdf = Pdfs.export(PdfCardExporter.withDefaults(), Pdfs.job(bank, "fi", new ArrayList<>()));
        try (PDDocument d = Pdfs.open(pdf)) {
            return new PDFRenderer(d).renderImageWithDPI(0, 200);
        }
    }

    /** The box {x0, y0, x1, y1} of the pixels that differ between two renders, or null. */
    private static int[] inkBox(BufferedImage a, BufferedImage b) {
        int[] box = null;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (Math.abs((a.getRGB(x, y) & 0xFF) - (b.getRGB(x, y) & 0xFF)) > 60) {
                    if (box == null) {
                        box = new int[] {x, y, x, y};
                    } else {
                        box[0] = Math.min(box[0], x);
                        box[1] = Math.min(box[1], y);
                        box[2] = Math.max(box[2], x);
                        box[3] = Math.max(box[3], y);
                    }
                }
            }
        }
        return box;
    }

    @Test
    void aDeckOfThousandsOfMethodsIsSavedOnASmallThreadStack() throws Exception {
        // PDFBox walks newly linked objects recursively; a bookmark chain linked in one piece
        // (thousands of /Next links) overflowed a 256 KB stack
        List<Method> methods = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            methods.add(Method.builder().id(String.format("m%04d", i)).name(LocalizedText.of("fi", "Menetelmä " + i))
                    .description(LocalizedText.of("fi", "Kuvaus.")).addPhases(PhaseRef.of("kehittaminen", "kokeile"))
                    .build());
        }
        MethodBank bank = MethodBank.builder().from(Pdfs.SAMPLE).methods(methods).build();
        PdfCardExporter exporter = PdfCardExporter.withDefaults(); // tagged
        Throwable[] failure = new Throwable[1];
        byte[][] pdf = new byte[1][];
        Thread t = new Thread(null, () -> {
            try {
                pdf[0] = Pdfs.export(exporter, Pdfs.job(bank, "fi", new ArrayList<>()));
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "small-stack", 256 * 1024);
        t.start();
        t.join();
        assertThat(failure[0]).isNull();
        try (PDDocument d = Pdfs.open(pdf[0])) {
            assertThat(d.getNumberOfPages()).isEqualTo(6000);
            int bookmarks = 0;
            for (PDOutlineItem item : d.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks++;
            }
            assertThat(bookmarks).isEqualTo(3000);
        }
    }

    @Test
    void singleLayoutHasOneFacePerPageWithTrimAndBleedBoxes() throws Exception {
        byte[] pdf = Pdfs.exportSample(PdfCardExporter.withDefaults(), "fi");
        Pdfs.keep("sample-fi-single.pdf", pdf);
        try (PDDocument d = Pdfs.open(pdf)) {
            assertThat(d.getNumberOfPages()).isEven().isGreaterThanOrEqualTo(2 * Pdfs.SAMPLE.getMethods().size());
            for (PDPage p : d.getPages()) {
                assertBox(p.getMediaBox(), 0, 0, 111 * MM, 154 * MM);
                assertBox(p.getBleedBox(), 0, 0, 111 * MM, 154 * MM);
                assertBox(p.getTrimBox(), 3 * MM, 3 * MM, 105 * MM, 148 * MM);
            }
        }
    }

    @Test
    void landscapeAndCustomSizesTurnTheCard() throws Exception {
        byte[] pdf = Pdfs.exportSample(PdfCardExporter.builder().size(CardSize.custom(63, 88))
                .orientation(Orientation.LANDSCAPE).bleedMm(0).build(), "en");
        try (PDDocument d = Pdfs.open(pdf)) {
            assertBox(d.getPage(0).getTrimBox(), 0, 0, 88 * MM, 63 * MM);
        }
    }

    @Test
    void sheetLayoutPlacesBacksBehindTheirFrontsForLongEdgeFlip() throws Exception {
        checkSheets(Duplex.LONG_EDGE, SheetSize.A4, 0, 0);
    }

    @Test
    void sheetLayoutPlacesBacksBehindTheirFrontsForShortEdgeFlipWithOffset() throws Exception {
        checkSheets(Duplex.SHORT_EDGE, SheetSize.LETTER, 1.5, -1);
    }

    private void checkSheets(Duplex duplex, SheetSize sheet, double ox, double oy) throws Exception {
        PdfCardExporter e = PdfCardExporter.builder().layout(Layout.SHEET).size(CardSize.A7).sheet(sheet)
                .duplex(duplex).backOffsetXMm(ox).backOffsetYMm(oy).build();
        byte[] pdf = Pdfs.exportSample(e, "en");
        Pdfs.keep("sample-sheet-" + duplex + "-" + sheet + ".pdf", pdf);
        SheetGeometry g = SheetGeometry.of(sheet.getWidthMm(), sheet.getHeightMm(), 74, 105, 3, true,
                duplex == Duplex.LONG_EDGE, ox, oy);
        try (PDDocument d = Pdfs.open(pdf)) {
            assertThat(d.getNumberOfPages()).isEven();
            for (PDPage p : d.getPages()) {
                assertBox(p.getMediaBox(), 0, 0, (float) g.pageWidth(), (float) g.pageHeight());
            }
            for (int s = 0; s < d.getNumberOfPages(); s += 2) {
                List<float[]> fronts = placements(d.getPage(s));
                List<float[]> backs = placements(d.getPage(s + 1));
                assertThat(backs).hasSameSizeAs(fronts);
                for (int i = 0; i < fronts.size(); i++) {
                    SheetGeometry.Rect f = g.front(i);
                    SheetGeometry.Rect b = g.back(i);
                    assertThat(fronts.get(i)[0]).isCloseTo((float) f.x(), within(0.01f));
                    assertThat(fronts.get(i)[1]).isCloseTo((float) f.y(), within(0.01f));
                    // the back is the front mirrored across the flip axis, plus the calibration offset
                    float wantX = duplex == Duplex.LONG_EDGE ? (float) (g.pageWidth() - f.right()) : (float) f.x();
                    float wantY = duplex == Duplex.LONG_EDGE ? (float) f.y() : (float) (g.pageHeight() - f.top());
                    assertThat(backs.get(i)[0]).isCloseTo(wantX + (float) ox * MM, within(0.01f));
                    assertThat(backs.get(i)[1]).isCloseTo(wantY + (float) oy * MM, within(0.01f));
                    assertThat(b.x()).isCloseTo(wantX + ox * MM, within(0.01));
                }
            }
            // crop marks on the front sheet are exactly the geometry's
            List<float[]> lines = lines(d.getPage(0));
            assertThat(lines).hasSize(g.cropMarks().size());
            for (int i = 0; i < lines.size(); i++) {
                SheetGeometry.Mark m = g.cropMarks().get(i);
                assertThat(lines.get(i)).containsExactly(new float[] {(float) m.x1(), (float) m.y1(), (float) m.x2(),
                        (float) m.y2()}, within(0.01f));
            }
        }
    }

    /** The translations (cm operators, outermost level) that place cards on a sheet page, in order. */
    private static List<float[]> placements(PDPage page) throws IOException {
        List<float[]> out = new ArrayList<>();
        List<Object> tokens = new PDFStreamParser(page).parse();
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i) instanceof Operator op && op.getName().equals("q")) {
                depth++;
            } else if (tokens.get(i) instanceof Operator op && op.getName().equals("Q")) {
                depth--;
            } else if (tokens.get(i) instanceof Operator op && op.getName().equals("cm") && depth == 1) {
                out.add(new float[] {((COSNumber) tokens.get(i - 2)).floatValue(),
                        ((COSNumber) tokens.get(i - 1)).floatValue()});
            }
        }
        return out;
    }

    /** The straight lines (m, l) drawn outside any card placement. */
    private static List<float[]> lines(PDPage page) throws IOException {
        List<float[]> out = new ArrayList<>();
        List<Object> tokens = new PDFStreamParser(page).parse();
        int depth = 0;
        float[] start = null;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i) instanceof Operator op) {
                switch (op.getName()) {
                    case "q" -> depth++;
                    case "Q" -> depth--;
                    case "m" -> start = new float[] {num(tokens, i - 2), num(tokens, i - 1)};
                    case "l" -> {
                        if (depth == 0) {
                            out.add(new float[] {start[0], start[1], num(tokens, i - 2), num(tokens, i - 1)});
                        }
                    }
                    default -> { }
                }
            }
        }
        return out;
    }

    private static float num(List<Object> tokens, int i) {
        return ((COSNumber) tokens.get(i)).floatValue();
    }

    @Test
    void aCardLargerThanTheSheetIsAnExportError() {
        PdfCardExporter e = PdfCardExporter.builder().layout(Layout.SHEET).size(CardSize.custom(200, 290)).build();
        assertThatThrownBy(() -> Pdfs.exportSample(e, "fi")).isInstanceOf(ExportException.class)
                .hasMessageContaining("does not fit");
    }

    // ------------------------------------------------------------ text

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv", "en"})
    void everyWordOfEveryFieldOfTheSampleIsOnTheMethodsOwnCardsInOrder(String lang) throws Exception {
        for (Layout layout : Layout.values()) {
            ExportJob job = Pdfs.job(Pdfs.SAMPLE, lang, new ArrayList<>());
            byte[] pdf = Pdfs.export(PdfCardExporter.builder().layout(layout).qrCode(true).build(), job);
            List<Method> methods = Pdfs.SAMPLE.getMethods();
            try (PDDocument d = Pdfs.open(pdf)) {
                String all = squeeze(new PDFTextStripper().getText(d));
                List<Integer> firstPages = new ArrayList<>();
                for (PDOutlineItem item : d.getDocumentCatalog().getDocumentOutline().children()) {
                    firstPages.add(d.getPages().indexOf(item.findDestinationPage(d)));
                }
                assertThat(firstPages).hasSize(methods.size());
                for (int i = 0; i < methods.size(); i++) {
                    Method m = methods.get(i);
                    // one face per page: the text of the method's own pages; on sheets, the whole file
                    String text = all;
                    if (layout == Layout.SINGLE) {
                        PDFTextStripper own = new PDFTextStripper();
                        own.setStartPage(firstPages.get(i) + 1);
                        own.setEndPage(i + 1 < methods.size() ? firstPages.get(i + 1) : d.getNumberOfPages());
                        text = squeeze(own.getText(d));
                    }
                    for (String field : fields(Pdfs.SAMPLE, m, lang)) {
                        int from = 0;
                        for (String given : field.split("\\s+")) {
                            // a link's short address may stand between a word and the punctuation after it
                            String word = given.replaceAll("[.,;:!?)]+$", "");
                            if (word.isBlank()) {
                                continue;
                            }
                            int at = text.indexOf(squeeze(word), from);
                            assertThat(at).as("word '%s' of '%s' of method %s (%s, %s)", word, field, m.getId(), lang,
                                    layout).isGreaterThanOrEqualTo(0);
                            from = at + squeeze(word).length();
                        }
                    }
                }
                assertThat(all).contains(squeeze(io.github.methodbank.core.export.Labels.forLanguage(lang)
                        .get(io.github.methodbank.core.export.LabelKey.HOW_TO_USE)));
            }
        }
    }

    @Test
    void theFrontShowsTheSummaryAndTheWholeDescription() throws Exception {
        Method m = Pdfs.SAMPLE.method("retrospektiivi").orElseThrow();
        ExportJob job = ExportJob.builder().bank(Pdfs.SAMPLE).addMethod(m).language("en").timestamp(Pdfs.WHEN).build();
        byte[] pdf = Pdfs.export(PdfCardExporter.withDefaults(), job);
        try (PDDocument d = Pdfs.open(pdf)) {
            assertThat(d.getNumberOfPages()).as("front and back fit one card").isEqualTo(2);
            PDFTextStripper front = new PDFTextStripper();
            front.setEndPage(1);
            String text = squeeze(front.getText(d));
            assertThat(text).contains(squeeze(job.richText(m.getSummary().orElseThrow()).toPlainText()))
                    .contains(squeeze(job.richText(m.getDescription()).toPlainText()));
        }
    }

    @Test
    void theMethodsImageIsOnItsFrontAndAnUnreadableImageIsReported() throws Exception {
        Method withImage = Pdfs.SAMPLE.method("asiakaspolku").orElseThrow();
        ExportJob job = ExportJob.builder().bank(Pdfs.SAMPLE).addMethod(withImage).language("fi").timestamp(Pdfs.WHEN)
                .build();
        try (PDDocument d = Pdfs.open(Pdfs.export(PdfCardExporter.withDefaults(), job))) {
            PDResources front = d.getPage(0).getResources();
            List<PDImageXObject> images = new ArrayList<>();
            for (COSName n : front.getXObjectNames()) {
                if (front.getXObject(n) instanceof PDImageXObject img) {
                    images.add(img);
                }
            }
            assertThat(images).singleElement().satisfies(img -> {
                assertThat(img.getWidth()).isEqualTo(800);
                assertThat(img.getHeight()).isEqualTo(400);
            });
        }
        Method broken = Method.builder().from(withImage).id("ei-kuvaa").image("images/puuttuu.png").build();
        MethodBank bank = MethodBank.builder().from(Pdfs.SAMPLE).addMethod(broken).build();
        List<String> warnings = new ArrayList<>();
        ExportJob missing = ExportJob.builder().from(Pdfs.job(bank, "fi", warnings)).methods(List.of(broken)).build();
        String text = Pdfs.text(Pdfs.export(PdfCardExporter.withDefaults(), missing));
        assertThat(warnings).anySatisfy(w -> assertThat(w).contains("'ei-kuvaa'").contains("images/puuttuu.png"));
        assertThat(squeeze(text)).contains(squeeze(job.richText(withImage.getDescription()).toPlainText()));

        // a decompression bomb: a tiny PNG whose header claims 10 gigapixels is refused before decoding
        byte[] png;
        try (java.io.InputStream in = Pdfs.SAMPLE.getResources().orElseThrow().open("images/asiakaspolku.png")) {
            png = in.readAllBytes();
        }
        for (int at : new int[] {16, 20}) {
            png[at] = 0;
            png[at + 1] = 1;
            png[at + 2] = (byte) 0x86;
            png[at + 3] = (byte) 0xA0; // 100,000
        }
        byte[] bomb = png;
        MethodBank bombBank = MethodBank.builder().from(bank).resources(p -> new java.io.ByteArrayInputStream(bomb)).build();
        List<String> bombWarnings = new ArrayList<>();
        ExportJob bombJob = ExportJob.builder().from(Pdfs.job(bombBank, "fi", bombWarnings))
                .methods(List.of(bombBank.method("ei-kuvaa").orElseThrow())).build();
        String bombText = Pdfs.text(Pdfs.export(PdfCardExporter.withDefaults(), bombJob));
        assertThat(bombWarnings).anySatisfy(w -> assertThat(w).contains("'ei-kuvaa'").contains("100000 × 100000 pixels"));
        assertThat(squeeze(bombText)).contains(squeeze(job.richText(withImage.getDescription()).toPlainText()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv", "en"})
    void phaseNamesAreNotBrokenInsideWordsOnSmallCards(String lang) throws Exception {
        Method m = Pdfs.SAMPLE.method("sidosryhmakartta").orElseThrow(); // on both paths
        ExportJob job = ExportJob.builder().bank(Pdfs.SAMPLE).addMethod(m).language(lang).timestamp(Pdfs.WHEN).build();
        for (CardSize size : List.of(CardSize.A6, CardSize.A7, CardSize.POKER, CardSize.INDEX_5X3)) {
            byte[] pdf = Pdfs.export(PdfCardExporter.builder().size(size).build(), job);
            Pdfs.keep("phases-" + lang + "-" + size.getWidthMm() + "x" + size.getHeightMm() + ".pdf", pdf);
            try (PDDocument d = Pdfs.open(pdf)) {
                PDFTextStripper front = new PDFTextStripper();
                front.setEndPage(1);
                List<String> tokens = List.of(front.getText(d).split("\\s+"));
                for (Pathway p : Pdfs.SAMPLE.pathsOf(m)) {
                    for (var phase : p.getPhases()) {
                        for (String word : Pdfs.SAMPLE.text(phase.getName(), lang).split(" ")) {
                            assertThat(tokens).as("'%s' whole on a %s card", word, size).contains(word);
                        }
                    }
                }
            }
        }
    }

    @Test
    void aPhaseNameWiderThanTheCardIsBrokenButKept() throws Exception {
        String word = "Epäjärjestelmällistyttämättömyydellänsäkäänköhän".repeat(2);
        Pathway path = Pathway.of("pitka-polku", LocalizedText.of("fi", "Pitkä polku"),
                List.of(io.github.methodbank.core.Phase.of("a", LocalizedText.of("fi", word)),
                        io.github.methodbank.core.Phase.of("b", LocalizedText.of("fi", "Lyhyt"))));
        Method m = Method.builder().id("leveä".replace("ä", "a")).name(LocalizedText.of("fi", "Leveä"))
                .description(LocalizedText.of("fi", "Kuvaus.")).addPhase(PhaseRef.of("pitka-polku", "b")).build();
        MethodBank bank = MethodBank.builder().from(Pdfs.SAMPLE).addPath(path).addMethod(m).build();
        ExportJob job = ExportJob.builder().bank(bank).addMethod(m).language("fi").timestamp(Pdfs.WHEN).build();
        String text = Pdfs.text(Pdfs.export(PdfCardExporter.builder().size(CardSize.POKER).build(), job));
        assertThat(text).doesNotContain(word); // broken over lines ...
        assertThat(squeeze(text)).contains(word).contains("Lyhyt"); // ... but every letter is there
    }

    @Test
    void aLongDescriptionContinuesOnNumberedCardsWithNothingLost() throws Exception {
        MethodBank bank = bankWithLongMethod(3000);
        Method m = bank.method("pitka").orElseThrow();
        ExportJob job = ExportJob.builder().bank(bank).addMethod(m).language("fi").timestamp(Pdfs.WHEN).build();
        for (Layout layout : Layout.values()) {
            byte[] pdf = Pdfs.export(PdfCardExporter.builder().layout(layout).size(CardSize.A6).build(), job);
            Pdfs.keep("long-" + layout + ".pdf", pdf);
            String raw = Pdfs.text(pdf);
            Matcher count = Pattern.compile("1/(\\d+)").matcher(raw);
            assertThat(count.find()).as("cards are numbered").isTrue();
            int n = Integer.parseInt(count.group(1));
            assertThat(n).isGreaterThan(2);
            for (int k = 1; k <= n; k++) {
                assertThat(raw).contains(k + "/" + n);
            }
            if (layout == Layout.SINGLE) {
                try (PDDocument d = Pdfs.open(pdf)) {
                    assertThat(d.getNumberOfPages()).isEqualTo(2 * n);
                }
            }
            String text = squeeze(raw);
            // every word, in order
            int from = 0;
            for (String w : job.richText(m.getDescription()).toPlainText().split("\\s+")) {
                // one face per page reads in order; on sheets a method's faces alternate between the
                // front and the back sheet, so there every word is checked, not their order
                int at = text.indexOf(squeeze(w), layout == Layout.SINGLE ? from : 0);
                assertThat(at).as("word '%s' after position %d", w, from).isGreaterThanOrEqualTo(0);
                from = at + squeeze(w).length();
            }
            for (String w : words(bank, m, "fi")) {
                assertThat(text).contains(squeeze(w));
            }
        }
    }

    @Test
    void overflowSetToFailNamesTheMethodAndTheSection() {
        MethodBank bank = bankWithLongMethod(3000);
        ExportJob job = ExportJob.builder().bank(bank).addMethod(bank.method("pitka").orElseThrow()).language("fi")
                .timestamp(Pdfs.WHEN).build();
        PdfCardExporter e = PdfCardExporter.builder().overflow(Overflow.FAIL).build();
        assertThatThrownBy(() -> Pdfs.export(e, job)).isInstanceOf(ExportException.class)
                .hasMessageContaining("'pitka'").hasMessageContaining("'description'");
    }

    @Test
    void aCharacterNoFontHasIsWarnedAboutAndShownAsAReplacement() throws Exception {
        Method odd = Method.builder().id("outo").name(LocalizedText.of("fi", "Merkki 中 ja 𝄞"))
                .description(LocalizedText.of("fi", "Teksti, jossa on 中 keskellä.")).build();
        MethodBank bank = MethodBank.builder().from(Pdfs.SAMPLE).addMethod(odd).build();
        List<String> warnings = new ArrayList<>();
        ExportJob job = ExportJob.builder().bank(bank).addMethod(bank.method("outo").orElseThrow()).language("fi")
                .timestamp(Pdfs.WHEN).listener(new io.github.methodbank.core.export.ExportListener() {
                    @Override
                    public void warning(String message) {
                        warnings.add(message);
                    }
                }).build();
        byte[] pdf = Pdfs.export(PdfCardExporter.withDefaults(), job);
        assertThat(warnings).anySatisfy(w -> assertThat(w).contains("'outo'").contains("U+4E2D"));
        assertThat(warnings).anySatisfy(w -> assertThat(w).contains("'outo'").contains("U+1D11E"));
        assertThat(Pdfs.text(pdf)).contains("\uFFFD").contains("Merkki").contains("keskellä");
    }

    // ------------------------------------------------------------ document

    @Test
    void identicalInputGivesIdenticalBytesAndADifferentTimestampDoesNot() throws Exception {
        PdfCardExporter e = PdfCardExporter.builder().layout(Layout.SHEET).qrCode(true).pdfA(true).build();
        byte[] a = Pdfs.exportSample(e, "fi");
        Thread.sleep(20);
        byte[] b = Pdfs.exportSample(PdfCardExporter.builder().layout(Layout.SHEET).qrCode(true).pdfA(true).build(), "fi");
        assertThat(b).isEqualTo(a);
        ExportJob later = ExportJob.builder().from(Pdfs.job(Pdfs.SAMPLE, "fi", new ArrayList<>()))
                .timestamp(Pdfs.WHEN.plusSeconds(60)).build();
        assertThat(Arrays.equals(Pdfs.export(e, later), a)).isFalse();
    }

    @Test
    void metadataBookmarksAndEmbeddedFonts() throws Exception {
        byte[] pdf = Pdfs.exportSample(PdfCardExporter.withDefaults(), "sv");
        try (PDDocument d = Pdfs.open(pdf)) {
            assertThat(d.getDocumentInformation().getTitle()).isEqualTo("Utvecklingsmetoder");
            assertThat(d.getDocumentCatalog().getLanguage()).isEqualTo("sv");
            assertThat(d.getDocumentCatalog().getMetadata()).isNotNull();
            String xmp = new String(d.getDocumentCatalog().getMetadata().toByteArray(), "UTF-8");
            assertThat(xmp).contains("Utvecklingsmetoder").contains("2026-01-15T10:00:00");
            assertThat(d.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(Pdfs.WHEN);
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : d.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
            }
            assertThat(titles).hasSize(Pdfs.SAMPLE.getMethods().size()).contains("Kundresa");
            for (PDPage p : d.getPages()) {
                for (var name : p.getResources().getFontNames()) {
                    PDFont f = p.getResources().getFont(name);
                    assertThat(f.isEmbedded()).isTrue();
                    assertThat(f.getName()).matches("[A-Z]{6}\\+DejaVuSans.*");
                }
            }
        }
    }

    @Test
    void anEmptySelectionGivesAValidPdfAndTheCallersStreamStaysOpen() throws Exception {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        PdfCardExporter.withDefaults().export(ExportJob.builder().bank(Pdfs.SAMPLE).language("fi")
                .timestamp(Pdfs.WHEN).build(), out);
        assertThat(closed[0]).isFalse();
        try (PDDocument d = Pdfs.open(out.toByteArray())) {
            assertThat(d.getNumberOfPages()).isEqualTo(1);
        }
    }

    @Test
    void aFailingStreamBecomesAnExportException() {
        java.io.OutputStream broken = new java.io.OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        };
        assertThatThrownBy(() -> PdfCardExporter.withDefaults().export(Pdfs.job(Pdfs.SAMPLE, "fi", new ArrayList<>()),
                broken)).isInstanceOf(ExportException.class).hasMessageContaining("disk full");
    }

    @Test
    void calibrationSheetIsAFrontAndABackOfTheSheetSize() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfCardExporter.builder().layout(Layout.SHEET).sheet(SheetSize.LETTER).size(CardSize.A7).build()
                .exportCalibrationSheet(out);
        Pdfs.keep("calibration.pdf", out.toByteArray());
        try (PDDocument d = Pdfs.open(out.toByteArray())) {
            assertThat(d.getNumberOfPages()).isEqualTo(2);
            assertBox(d.getPage(0).getMediaBox(), 0, 0, 215.9f * MM, 279.4f * MM);
            assertThat(new PDFTextStripper().getText(d)).contains("offset-x").contains("+4");
        }
    }

    @Test
    void pagesRenderWithInkOnThem() throws Exception {
        byte[] pdf = Pdfs.exportSample(PdfCardExporter.builder().qrCode(true).build(), "fi");
        byte[] sheet = Pdfs.exportSample(PdfCardExporter.builder().layout(Layout.SHEET).size(CardSize.A7).build(), "fi");
        Pdfs.keep("readme-single-qr.pdf", pdf);
        Pdfs.keep("readme-sheet-a7.pdf", sheet);
        Path dir = java.nio.file.Path.of("target", "cards");
        Files.createDirectories(dir);
        for (Object[] c : new Object[][] {{pdf, 0, "front"}, {pdf, 1, "back"}, {sheet, 0, "sheet"}}) {
            try (PDDocument d = Pdfs.open((byte[]) c[0])) {
                BufferedImage img = new PDFRenderer(d).renderImageWithDPI((Integer) c[1], 60);
                ImageIO.write(img, "png", dir.resolve("render-" + c[2] + ".png").toFile());
                int dark = 0;
                for (int y = 0; y < img.getHeight(); y += 2) {
                    for (int x = 0; x < img.getWidth(); x += 2) {
                        int rgb = img.getRGB(x, y);
                        if (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF) < 450) {
                            dark++;
                        }
                    }
                }
                assertThat(dark).as("inked pixels on %s", c[2]).isGreaterThan(500);
            }
        }
    }

    // ------------------------------------------------------------ helpers

    static void assertBox(PDRectangle r, float x, float y, float w, float h) {
        assertThat(r.getLowerLeftX()).isCloseTo(x, within(0.01f));
        assertThat(r.getLowerLeftY()).isCloseTo(y, within(0.01f));
        assertThat(r.getWidth()).isCloseTo(w, within(0.01f));
        assertThat(r.getHeight()).isCloseTo(h, within(0.01f));
    }

    static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    /** The text of every field of the method, and the path and phase names: everything the cards must show. */
    static List<String> fields(MethodBank bank, Method m, String lang) {
        List<String> texts = new ArrayList<>();
        texts.add(bank.text(m.getName(), lang));
        m.getSummary().ifPresent(t -> texts.add(bank.richText(t, lang).toPlainText()));
        texts.add(bank.richText(m.getDescription(), lang).toPlainText());
        texts.addAll(m.getTags());
        m.getHowToUse().ifPresent(t -> texts.add(bank.richText(t, lang).toPlainText()));
        m.getTypicalUsers().forEach(t -> texts.add(bank.text(t, lang)));
        m.getRequiredSkills().ifPresent(t -> texts.add(bank.richText(t, lang).toPlainText()));
        io.github.methodbank.core.export.ExportJob job = io.github.methodbank.core.export.ExportJob.of(bank, List.of(), lang);
        m.getDurationMinutes().ifPresent(r -> texts.add(job.formatRange(r, io.github.methodbank.core.export.LabelKey.MINUTES)));
        m.getGroupSize().ifPresent(r -> texts.add(job.formatRange(r, io.github.methodbank.core.export.LabelKey.PEOPLE)));
        for (Link l : m.getLinks()) {
            l.getTitle().ifPresent(t -> texts.add(bank.text(t, lang)));
            texts.add(shortUrl(l.getUrl()));
        }
        for (Step st : m.getSteps()) {
            texts.add(bank.text(st.getTitle(), lang));
            st.getMinutes().ifPresent(min -> texts.add(min + " min"));
            st.getDescription().ifPresent(t -> texts.add(bank.richText(t, lang).toPlainText()));
        }
        m.getMaterials().forEach(t -> texts.add(bank.text(t, lang)));
        m.getExamples().ifPresent(t -> texts.add(bank.richText(t, lang).toPlainText()));
        bank.sourcesOf(m).ifPresent(t -> texts.add(bank.richText(t, lang).toPlainText()));
        bank.licenseOf(m).ifPresent(texts::add);
        m.getUpdated().ifPresent(d -> texts.add(d.toString()));
        for (Pathway p : bank.pathsOf(m)) {
            texts.add(bank.text(p.getName(), lang));
            p.getPhases().forEach(ph -> texts.add(bank.text(ph.getName(), lang)));
        }
        return texts;
    }

    /** A link's address as cards show it: host and path without the scheme, "www." or a trailing slash. */
    static String shortUrl(java.net.URI u) {
        return u.toString().replaceFirst("^mailto:", "").replaceFirst("^https?://(www\\.)?", "").replaceFirst("/$", "");
    }

    /** The words of every field of the method. */
    static List<String> words(MethodBank bank, Method m, String lang) {
        List<String> words = new ArrayList<>();
        for (String t : fields(bank, m, lang)) {
            for (String w : t.split("\\s+")) {
                if (!w.isBlank()) {
                    words.add(w);
                }
            }
        }
        return words;
    }

    /** The sample bank plus a method "pitka" whose description has about {@code n} words of sample text. */
    static MethodBank bankWithLongMethod(int n) {
        List<String> pool = new ArrayList<>();
        for (Method m : Pdfs.SAMPLE.getMethods()) {
            pool.addAll(List.of(RichText.parse(Pdfs.SAMPLE.text(m.getDescription(), "fi")).toPlainText().split("\\s+")));
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : i % 90 == 0 ? "\n\n" : " ").append(pool.get(i % pool.size())).append(i % 97 == 0 ? i : "");
        }
        sb.append(" Loppusana.");
        Method long_ = Method.builder().id("pitka").name(LocalizedText.of("fi", "Pitkä kuvaus"))
                .description(LocalizedText.of("fi", sb.toString()))
                .howToUse(LocalizedText.of("fi", "Lue kaikki kortit järjestyksessä."))
                .addPhase(PhaseRef.of("kehittaminen", "kokeile")).addTag("pitka").build();
        return MethodBank.builder().from(Pdfs.SAMPLE).addMethod(long_).build();
    }

    @Test
    void aLinkTooLongForAQrCodeLeavesTheCodeOffWithAWarning() throws Exception {
        Method m = Pdfs.SAMPLE.method("asiakaspolku").orElseThrow();
        Method longLink = Method.builder().from(m).links(List.of(io.github.methodbank.core.Link.of(
                java.net.URI.create("https://example.org/" + "x".repeat(5000))))).build();
        MethodBank bank = MethodBank.builder().from(Pdfs.SAMPLE).methods(List.of(longLink)).build();
        List<String> warnings = new ArrayList<>();
        byte[] pdf = Pdfs.export(PdfCardExporter.builder().qrCode(true).build(), Pdfs.job(bank, "en", warnings));
        assertThat(pdf).isNotEmpty();
        assertThat(warnings).singleElement().asString().contains("method 'asiakaspolku': no QR code for the link")
                .contains("holds at most 1000").hasSizeLessThan(400);
    }

    @Test
    void linkAnnotationsCarryPercentEncodedAddresses() throws Exception {
        Method m = Pdfs.SAMPLE.method("asiakaspolku").orElseThrow();
        Method nonAscii = Method.builder().from(m).links(List.of(io.github.methodbank.core.Link.of(
                LocalizedText.of("fi", "Päivän ohje"), java.net.URI.create("https://example.org/päivä/ohje?sana=öljy")))).build();
        MethodBank bank = MethodBank.builder().from(Pdfs.SAMPLE).methods(List.of(nonAscii)).build();
        byte[] pdf = Pdfs.export(PdfCardExporter.withDefaults(), Pdfs.job(bank, "fi", new ArrayList<>()));
        List<String> uris = new ArrayList<>();
        try (PDDocument d = Pdfs.open(pdf)) {
            for (var page : d.getPages()) {
                for (var a : page.getAnnotations()) {
                    uris.add(((org.apache.pdfbox.pdmodel.interactive.action.PDActionURI)
                            ((org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink) a).getAction()).getURI());
                }
            }
        }
        assertThat(uris).isNotEmpty().allSatisfy(u -> assertThat(u)
                .isEqualTo("https://example.org/p%C3%A4iv%C3%A4/ohje?sana=%C3%B6ljy"));
        // the card shows the address as people write it
        assertThat(Pdfs.text(pdf)).contains("example.org/päivä/ohje?sana=öljy");
    }
}
