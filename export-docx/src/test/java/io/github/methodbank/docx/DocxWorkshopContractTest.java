package io.github.methodbank.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.methodbank.core.Method;
import io.github.methodbank.core.export.ExportJob;
import io.github.methodbank.testkit.ExporterContractTest;
import java.io.ByteArrayInputStream;
import java.util.Set;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** The exporter contract for {@code docx-workshop}; every export is reopened with POI and read back. */
class DocxWorkshopContractTest extends ExporterContractTest {

    private static final String MAIN_PART =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    @Override
    protected String getFormatId() {
        return "docx-workshop";
    }

    @Override
    protected void verify(byte[] output, ExportJob job) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(output));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            assertThat(doc.getPackagePart().getContentType()).isEqualTo(MAIN_PART);
            String text = extractor.getText();
            Set<String> words = Docs.words(text);
            for (Method m : job.getMethods()) {
                assertThat(text).as("name of method %s", m.getId()).contains(xmlChars(job.text(m.getName())));
                // nothing cut off: every word of the method's texts is there (3,000 words of the long one too)
                assertThat(words).as("words of method %s", m.getId())
                        .containsAll(Docs.words(xmlChars(String.join(" ", Docs.methodWords(job, m)))));
            }
        }
    }

    /**
     * The text as a Word document can hold it: characters outside XML 1.0 (control characters,
     * lone surrogates) and carriage returns are left out, with a warning to the job's listener.
     */
    private static String xmlChars(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else if (c == '\t' || c == '\n' || c >= 0x20 && c < 0xD800 || c >= 0xE000 && c <= 0xFFFD) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
