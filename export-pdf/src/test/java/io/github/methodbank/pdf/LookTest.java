package io.github.methodbank.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LookTest {
    @Test
    void writesSamples() throws Exception {
        byte[] single = Pdfs.exportSample(PdfCardExporter.builder().qrCode(true).build(), "fi");
        Pdfs.keep("sample-fi-single.pdf", single);
        byte[] sheet = Pdfs.exportSample(PdfCardExporter.builder().layout(Layout.SHEET).size(CardSize.A7).build(), "en");
        Pdfs.keep("sample-en-sheet-a7.pdf", sheet);
        assertThat(single.length).isPositive();
    }
}
