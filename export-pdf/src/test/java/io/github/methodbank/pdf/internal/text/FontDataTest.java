package io.github.methodbank.pdf.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

class FontDataTest {

    /**
     * PDFBox's content stream sends text through its GSUB worker whenever the Type 0 font reports
     * GSUB data other than {@link GsubData#NO_DATA_FOUND}. The fonts the exporter loads must not.
     */
    @Test
    void fontsAreLoadedWithGlyphSubstitutionOff() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            for (FontData f : new FontData[] {DefaultFonts.regular(), DefaultFonts.bold(), DefaultFonts.italic(),
                    DefaultFonts.boldItalic()}) {
                PDType0Font font = f.load(doc);
                assertThat(font.getGsubData()).as(f.name()).isSameAs(GsubData.NO_DATA_FOUND);
            }
            // control: the same font loaded the ordinary way does take the GSUB path, so the check can fail
            try (InputStream in = DefaultFonts.class.getResourceAsStream("/io/github/methodbank/pdf/fonts/DejaVuSans.ttf")) {
                PDType0Font plain = PDType0Font.load(doc, in);
                assertThat(plain.getGsubData()).isNotSameAs(GsubData.NO_DATA_FOUND);
            }
        }
    }

    @Test
    void fontBytesAreReadOncePerProcess() {
        assertThat(DefaultFonts.regular()).isSameAs(DefaultFonts.regular());
    }

    @Test
    void widthsMatchPdfBoxMetrics() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = DefaultFonts.regular().load(doc);
            String s = "Kehittämisen menetelmät – Åbo, Ölands";
            assertThat(DefaultFonts.regular().width(s, 10)).isCloseTo(font.getStringWidth(s) / 100f,
                    org.assertj.core.api.Assertions.within(0.05f)); // PDF widths are whole 1/1000 em
            assertThat(DefaultFonts.regular().has(0x4E2D)).isFalse();
            assertThat(DefaultFonts.regular().has('ä')).isTrue();
        }
    }
}
