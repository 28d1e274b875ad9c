package io.github.methodbank.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.methodbank.core.Method;
import io.github.methodbank.core.export.ExportJob;
import io.github.methodbank.pdf.internal.text.DefaultFonts;
import io.github.methodbank.pdf.internal.text.FontData;
import io.github.methodbank.testkit.ExporterContractTest;
import java.text.Normalizer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The exporter contract for {@code pdf-cards}, checking each PDF by reading it back. */
class PdfCardsContractTest extends ExporterContractTest {

    @Override
    protected String getFormatId() {
        return "pdf-cards";
    }

    /**
     * The file opens, has an even number of pages (fronts and backs), and its text holds the name of
     * every method, with the characters the font cannot show as U+FFFD.
     */
    @Override
    protected void verify(byte[] output, ExportJob job) throws Exception {
        try (PDDocument d = Pdfs.open(output)) {
            assertThat(d.getNumberOfPages() % 2 == 0 || job.getMethods().isEmpty()).as("fronts and backs").isTrue();
            String text = squeeze(new PDFTextStripper().getText(d));
            for (Method m : job.getMethods()) {
                String name = shown(job.text(m.getName()), DefaultFonts.bold());
                assertThat(text).as("name of method %s", m.getId()).contains(squeeze(name));
            }
        }
    }

    /** The text as printed: characters the font lacks become U+FFFD. */
    private static String shown(String s, FontData font) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> sb.appendCodePoint(Character.isWhitespace(cp) || font.has(cp) ? cp : 0xFFFD));
        return sb.toString();
    }

    private static String squeeze(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }
}
