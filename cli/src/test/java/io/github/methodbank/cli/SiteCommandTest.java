package io.github.methodbank.cli;

import static io.github.methodbank.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteCommandTest {

    @TempDir
    Path tmp;

    @Test
    void writesASiteDirectoryInSeveralLanguagesAndReplacesItOnlyWithForce() throws Exception {
        Path site = tmp.resolve("site");
        CliTest.Result r = run("site", "--languages", "fi,en", "--no-downloads", "--title", "Menetelmät", "-o", site.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Wrote " + site, "8 methods", "Static website");
        assertThat(site.resolve("index.html")).exists();
        assertThat(site.resolve("fi/methods/asiakaspolku.html")).exists();
        assertThat(site.resolve("en/methods/asiakaspolku.html")).exists();
        assertThat(Files.readString(site.resolve("fi/index.html"))).contains("<title>Menetelmät</title>");
        // nothing left aside
        try (var left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("site");
        }

        CliTest.Result again = run("site", "--no-downloads", "-o", site.toString());
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("--force");

        CliTest.Result forced = run("site", "--no-downloads", "--lang", "sv", "-o", site.toString(), "--force");
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(site.resolve("sv/index.html")).exists();
        assertThat(site.resolve("fi")).doesNotExist();
        try (var left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("site");
        }
    }

    @Test
    void forceNeverReplacesADirectoryThatIsNoSite() throws Exception {
        Path other = Files.createDirectories(tmp.resolve("documents"));
        Files.writeString(other.resolve("thesis.txt"), "precious");
        CliTest.Result r = run("site", "--no-downloads", "-o", other.toString(), "--force");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("not a site written by methodbank");
        assertThat(other.resolve("thesis.txt")).hasContent("precious");
    }

    @Test
    void anEmptyDirectoryIsFilled() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        CliTest.Result r = run("site", "--no-downloads", "--method", "asiakaspolku", "-o", empty.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(empty.resolve("fi/methods/asiakaspolku.html")).exists();
    }

    @Test
    void writesAZipWhenTheOutputEndsInZip() throws Exception {
        Path zip = tmp.resolve("site.zip");
        CliTest.Result r = run("site", "--method", "asiakaspolku", "--card-options", "size=poker", "-o", zip.toString());
        assertThat(r.code()).as(r.err()).isZero();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            assertThat(z.getEntry("fi/methods/asiakaspolku.html")).isNotNull();
            assertThat(z.getEntry("fi/downloads/methods/asiakaspolku.pdf")).isNotNull();
            assertThat(z.getEntry("fi/downloads/methods/asiakaspolku.docx")).isNotNull();
        }
    }

    @Test
    void badOptionsAreUsageErrorsAndWriteNothing() {
        CliTest.Result r = run("site", "--languages", "fi,??", "-o", tmp.resolve("s").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("languages");
        CliTest.Result cards = run("site", "--card-options", "size=huge", "-o", tmp.resolve("s").toString());
        assertThat(cards.code()).isEqualTo(1);
        assertThat(cards.err()).contains("card-options").doesNotContain("\tat ");
        assertThat(tmp.resolve("s")).doesNotExist();
        assertThat(run("site", "--help").out()).contains("Usage: methodbank site", "--languages", "--no-downloads",
                "--card-options", "--css", "--logo", "--colors");
    }
}
