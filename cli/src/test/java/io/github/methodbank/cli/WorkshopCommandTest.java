package io.github.methodbank.cli;

import static io.github.methodbank.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkshopCommandTest {

    @TempDir
    Path tmp;

    private static String text(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in);
                XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
            return ex.getText();
        }
    }

    @Test
    void writesAWorkshopForSeveralMethodsWithClockTimesFromTheStart() throws Exception {
        Path out = tmp.resolve("workshop.docx");
        CliTest.Result r = run("workshop", "--method", "asiakaspolku", "--method", "retrospektiivi", "--lang", "en",
                "--start", "13:30", "--title", "Service day", "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String text = text(out);
        assertThat(text).contains("Service day").contains("Customer journey map").contains("Retrospective")
                .contains("13:30");
        assertThat(text.indexOf("Customer journey map")).isLessThan(text.lastIndexOf("Retrospective"));
    }

    @Test
    void needsAMethodAndAValidStartTime() {
        CliTest.Result none = run("workshop", "-o", tmp.resolve("w.docx").toString());
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("--method");
        CliTest.Result badStart = run("workshop", "--method", "asiakaspolku", "--start", "25:61",
                "-o", tmp.resolve("w.docx").toString());
        assertThat(badStart.code()).isEqualTo(2);
        assertThat(badStart.err()).contains("start");
        assertThat(tmp.resolve("w.docx")).doesNotExist();
    }

    @Test
    void aMissingTemplateIsBadInputNotAStackTrace() {
        CliTest.Result r = run("workshop", "--method", "asiakaspolku", "--template", tmp.resolve("corp.dotx").toString(),
                "-o", tmp.resolve("w.docx").toString());
        assertThat(r.code()).isIn(1, 2);
        assertThat(r.err()).contains("corp.dotx").doesNotContain("\tat ");
        assertThat(tmp.resolve("w.docx")).doesNotExist();
    }
}
