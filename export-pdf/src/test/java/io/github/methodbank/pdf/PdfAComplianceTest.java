package io.github.methodbank.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

class PdfAComplianceTest {

    @BeforeAll
    static void initVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void pdfAOutputPassesVeraPdf(Layout layout) throws Exception {
        byte[] pdf = Pdfs.exportSample(PdfCardExporter.builder().layout(layout).pdfA(true).qrCode(true).build(), "fi");
        assertThat(validate(pdf).isCompliant()).as(() -> failures(pdf)).isTrue();
    }

    @org.junit.jupiter.api.Test
    void joinedArabicWithItsOwnCharacterMapPassesVeraPdf() throws Exception {
        io.github.methodbank.core.Method m = io.github.methodbank.core.Method.builder().id("arabic")
                .name(io.github.methodbank.core.LocalizedText.of("ar", "خريطة رحلة العميل"))
                .description(io.github.methodbank.core.LocalizedText.of("ar", "مرحبا بكم! سلام على الجميع."))
                .addPhases(io.github.methodbank.core.PhaseRef.of("kehittaminen", "kokeile")).build();
        io.github.methodbank.core.MethodBank bank = io.github.methodbank.core.MethodBank.builder().from(Pdfs.SAMPLE)
                .methods(java.util.List.of(m)).build();
        byte[] pdf = Pdfs.export(PdfCardExporter.builder().pdfA(true).build(),
                Pdfs.job(bank, "ar", new java.util.ArrayList<>()));
        // the deck claims PDF/A-2a and PDF/UA-1: both ask every glyph to map to Unicode, which checks the
        // character map of the joined letters
        assertThat(StandardsConformanceTest.failures(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
        assertThat(StandardsConformanceTest.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void withoutPdfATheFileIsNotClaimedAsPdfA(Layout layout) throws Exception {
        byte[] pdf = Pdfs.exportSample(PdfCardExporter.builder().layout(layout).build(), "fi");
        assertThat(validate(pdf).isCompliant()).isFalse();
    }

    private static ValidationResult validate(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            return validator.validate(parser);
        }
    }

    private static String failures(byte[] pdf) {
        try {
            return validate(pdf).getTestAssertions().stream().filter(a -> a.getStatus() != TestAssertion.Status.PASSED)
                    .map(a -> a.getRuleId() + " " + a.getMessage()).distinct().limit(20).collect(Collectors.joining("\n"));
        } catch (Exception e) {
            return e.toString();
        }
    }
}
