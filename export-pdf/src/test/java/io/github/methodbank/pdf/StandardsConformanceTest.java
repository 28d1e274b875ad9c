package io.github.methodbank.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.methodbank.core.LocalizedText;
import io.github.methodbank.core.Method;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.MethodBanks;
import io.github.methodbank.core.PhaseRef;
import io.github.methodbank.core.Step;
import io.github.methodbank.core.export.ExportJob;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The standards a deck claims, checked with veraPDF on a matrix of decks: PDF/UA-1 for every tagged
 * deck, and the declared PDF/A level (2a tagged, 2u untagged). A failure names the rule, its clause
 * and the page or object it found.
 */
class StandardsConformanceTest {

    private static final MethodBank SAMPLE = MethodBanks.loadSample();

    @BeforeAll
    static void initVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    /** The sample with a method of long texts, nested and numbered lists, headings, inline links and many links. */
    static MethodBank longBank() {
        String para = IntStream.range(0, 40).mapToObj(i -> "Lause " + i + " kertoo kokeilusta.")
                .collect(Collectors.joining(" "));
        String how = "## Ennen\n\n" + para + "\n\n1. Ensin\n   - tarkemmin [ohje](https://example.org/ohje)\n   - lisää\n2. Sitten"
                + "\n\n" + para + " Katso [lähde](https://example.org/a-very/long-path/that-wraps?x=1&y=2).";
        Method.Builder b = Method.builder().id("pitka").name(LocalizedText.of("fi", "Pitkä menetelmä linkkeineen"))
                .description(LocalizedText.of("fi", para + "\n\n" + para))
                .howToUse(LocalizedText.of("fi", how))
                .examples(LocalizedText.of(java.util.Map.of("en", "Only in English: " + para)))
                .addPhase(PhaseRef.of("kehittaminen", "kokeile"));
        for (int i = 0; i < 12; i++) {
            b.addLink(io.github.methodbank.core.Link.of(LocalizedText.of("fi", "Linkki numero " + i),
                    URI.create("https://example.org/linkit/" + i + "/sivu-jolla-on-pitka-osoite")));
            b.addStep(Step.builder().title(LocalizedText.of("fi", "Vaihe " + i)).minutes(5 + i)
                    .description(LocalizedText.of("fi", para.substring(0, 120))).build());
        }
        return MethodBank.builder().from(SAMPLE).addMethod(b.build()).build();
    }

    static Stream<Arguments> decks() {
        List<Arguments> out = new ArrayList<>();
        for (CardSize size : List.of(CardSize.A6, CardSize.A7, CardSize.A5, CardSize.POKER, CardSize.TAROT,
                CardSize.INDEX_5X3)) {
            out.add(Arguments.of("sample", size, Layout.SINGLE, "fi"));
        }
        for (String lang : List.of("fi", "sv", "en")) {
            out.add(Arguments.of("long", CardSize.A6, Layout.SINGLE, lang));
            out.add(Arguments.of("long", CardSize.POKER, Layout.SHEET, lang));
        }
        out.add(Arguments.of("sample", CardSize.A7, Layout.SHEET, "sv"));
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2} {3}")
    @MethodSource("decks")
    void taggedDecksPassPdfUa1AndTheirDeclaredPdfALevel(String bank, CardSize size, Layout layout, String lang)
            throws Exception {
        MethodBank b = bank.equals("long") ? longBank() : SAMPLE;
        ExportJob job = ExportJob.builder().bank(b).methods(b.getMethods()).language(lang).timestamp(Pdfs.WHEN).build();
        byte[] pdf = Pdfs.export(PdfCardExporter.builder().size(size).layout(layout).pdfA(true).qrCode(true).build(), job);
        assertThat(failures(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1").isEmpty();
        assertThat(failures(pdf, PDFAFlavour.PDFA_2_A)).as("PDF/A-2a").isEmpty();
        assertThat(claims(pdf)).isEqualTo("2A UA1");
    }

    @Test
    void anUntaggedDeckClaimsAndPassesPdfA2u() throws Exception {
        byte[] pdf = Pdfs.exportSample(PdfCardExporter.builder().tagged(false).pdfA(true).build(), "en");
        assertThat(failures(pdf, PDFAFlavour.PDFA_2_U)).isEmpty();
        assertThat(claims(pdf)).isEqualTo("2U");
    }

    @Test
    void aTaggedDeckWithoutPdfAStillClaimsAndPassesPdfUa() throws Exception {
        byte[] pdf = Pdfs.exportSample(PdfCardExporter.withDefaults(), "sv");
        assertThat(failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(claims(pdf)).isEqualTo("UA1");
    }

    @Test
    void theCalibrationSheetIsTaggedDatedAndArchival() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        String old = System.getProperty("SOURCE_DATE_EPOCH");
        System.setProperty("SOURCE_DATE_EPOCH", "1764460800"); // 2025-11-30
        try {
            PdfCardExporter.builder().pdfA(true).build().exportCalibrationSheet(out);
        } finally {
            if (old == null) {
                System.clearProperty("SOURCE_DATE_EPOCH");
            } else {
                System.setProperty("SOURCE_DATE_EPOCH", old);
            }
        }
        byte[] pdf = out.toByteArray();
        assertThat(failures(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1").isEmpty();
        assertThat(failures(pdf, PDFAFlavour.PDFA_2_A)).as("PDF/A-2a").isEmpty();
        try (PDDocument d = Pdfs.open(pdf)) {
            assertThat(d.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(java.time.Instant.ofEpochSecond(1764460800L));
            assertThat(d.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
        }
    }

    /** What the file claims: "2A UA1", "2U", "UA1" … */
    static String claims(byte[] pdf) throws Exception {
        try (PDDocument d = Pdfs.open(pdf)) {
            byte[] packet = d.getDocumentCatalog().getMetadata().toByteArray();
            XMPMetadata xmp = new DomXmpParser().parse(packet); // well-formed XMP that PDFBox reads back
            StringBuilder sb = new StringBuilder();
            PDFAIdentificationSchema a = xmp.getPDFAIdentificationSchema();
            if (a != null) {
                sb.append(a.getPart()).append(a.getConformance());
            }
            java.util.regex.Matcher ua = java.util.regex.Pattern.compile("<pdfuaid:part>(\\d+)</pdfuaid:part>")
                    .matcher(new String(packet, java.nio.charset.StandardCharsets.UTF_8));
            if (ua.find()) {
                sb.append(sb.length() > 0 ? " " : "").append("UA").append(ua.group(1));
            }
            return sb.toString();
        }
    }

    /** Every failed rule of a profile, with its clause, test number, message and where it failed. */
    static List<String> failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
        ValidationResult r;
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            r = validator.validate(parser);
        }
        return r.getTestAssertions().stream().filter(a -> a.getStatus() != TestAssertion.Status.PASSED)
                .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage() + " at "
                        + a.getLocation().getContext())
                .distinct().limit(30).collect(Collectors.toList());
    }

    @Test
    void textInAnotherLanguageThanTheDocumentsCarriesItsOwnLang() throws Exception {
        MethodBank b = longBank();
        // a Swedish deck: the long method has Finnish texts only (shown as the fallback) and English examples
        ExportJob job = ExportJob.builder().bank(b).methods(b.method("pitka").stream().collect(Collectors.toList()))
                .language("sv").timestamp(Pdfs.WHEN).build();
        byte[] pdf = Pdfs.export(PdfCardExporter.withDefaults(), job);
        try (PDDocument d = Pdfs.open(pdf)) {
            assertThat(d.getDocumentCatalog().getLanguage()).isEqualTo("sv");
            java.util.Map<String, Integer> langs = new java.util.TreeMap<>();
            collectLangs(d.getDocumentCatalog().getStructureTreeRoot().getKids(), langs);
            assertThat(langs).containsKeys("fi", "en").doesNotContainKey("sv");
        }
        assertThat(failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    private static void collectLangs(List<Object> kids, java.util.Map<String, Integer> langs) {
        for (Object k : kids) {
            if (k instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
                if (e.getLanguage() != null) {
                    langs.merge(e.getLanguage(), 1, Integer::sum);
                }
                collectLangs(e.getKids(), langs);
            }
        }
    }
}
