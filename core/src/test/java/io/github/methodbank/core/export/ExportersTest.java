package io.github.methodbank.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.MethodBanks;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportersTest {

    @TempDir
    Path tmp;

    /** An exporter for tests: one line per method, with a bullet and an optional upper-casing. */
    static final class TextList extends AbstractExporter {
        static final ExportFormat FORMAT = ExportFormat.of("text-list", "Text list", "text/plain", "txt");
        static final ExportOption<String> BULLET = ExportOption.text("bullet", "the bullet character", "CHAR",
                v -> {
                    if (v.codePointCount(0, v.length()) != 1) {
                        throw new IllegalArgumentException("use one character");
                    }
                    return v;
                }, v -> v, "-", List.of("-", "*"));
        static final ExportOption<Integer> INDENT = ExportOption.wholeNumber("indent", "spaces before the bullet", 0, 8, 0);
        static final ExportOptionSet<TextList, Settings> OPTIONS = ExportOptionSet
                .builder(FORMAT, Settings::new, TextList::new)
                .add(BULLET, t -> t.bullet, (b, v) -> b.bullet = v)
                .add(INDENT, t -> t.indent, (b, v) -> b.indent = v)
                .build();

        /** The builder: plain fields, no generated code needed. */
        static final class Settings {
            String bullet = "-";
            int indent;
        }

        final String bullet;
        final int indent;

        TextList(Settings s) {
            this.bullet = s.bullet;
            this.indent = s.indent;
            OPTIONS.check(this);
        }

        @Override
        public ExportFormat getFormat() {
            return FORMAT;
        }

        @Override
        protected void write(ExportJob job, OutputStream out) throws java.io.IOException {
            for (var m : job.getMethods()) {
                out.write((" ".repeat(indent) + bullet + " " + job.text(m.getName()) + "\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }

    /** A provider for tests. */
    public static class First extends AbstractExporterProvider {
        /** Used by the service loader. */
        public First() {
            super(TextList.OPTIONS);
        }
    }

    /** Claims the same id as {@link First}. */
    public static class Second extends First {}

    private ClassLoader loaderWith(String... providers) throws Exception {
        Path services = Files.createDirectories(tmp.resolve("META-INF/services"));
        Files.writeString(services.resolve(ExporterProvider.class.getName()), String.join("\n", providers) + "\n");
        return new URLClassLoader(new URL[] {tmp.toUri().toURL()}, getClass().getClassLoader());
    }

    @Test
    void discoversRegisteredProviders() throws Exception {
        List<ExporterProvider> found = Exporters.discover(loaderWith(First.class.getName()));
        assertThat(found).extracting(p -> p.getFormat().getId()).contains("text-list");
    }

    @Test
    void twoProvidersWithOneIdFailLoudly() throws Exception {
        ClassLoader loader = loaderWith(First.class.getName(), Second.class.getName());
        assertThatThrownBy(() -> Exporters.discover(loader)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("two exporters claim the format id 'text-list'")
                .hasMessageContaining(First.class.getName()).hasMessageContaining(Second.class.getName());
    }

    @Test
    void unknownOptionKeysAreRejectedWithTheKnownOnes() {
        assertThatThrownBy(() -> new First().create(Map.of("bulet", "*")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown option bulet for format text-list; known options: bullet, indent");
    }

    @Test
    void jobsKeepMethodOrderAndRefuseForeignMethods() throws Exception {
        MethodBank bank = MethodBanks.loadSample();
        var reversed = new java.util.ArrayList<>(bank.getMethods());
        java.util.Collections.reverse(reversed);
        ExportJob job = ExportJob.of(bank, reversed, "en");
        assertThat(job.getMethods()).isEqualTo(reversed);
        var foreign = io.github.methodbank.core.Method.builder().from(bank.getMethods().get(0))
                .description(io.github.methodbank.core.LocalizedText.of("en", "changed")).build();
        assertThatThrownBy(() -> ExportJob.of(bank, List.of(foreign), "en")).hasMessageContaining("not in the bank");
        assertThatThrownBy(() -> ExportJob.of(bank, List.of(), "not a tag!")).hasMessageContaining("language tag");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new First().create(Map.of()).export(ExportJob.of(bank, bank.getMethods().subList(0, 1), "en"), out);
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("- Työ 2.0, heimokulttuuri\n");
    }

    @Test
    void timestampComesFromTheJobThenSourceDateEpoch() {
        MethodBank bank = MethodBanks.loadSample();
        Instant fixed = Instant.parse("2026-01-02T03:04:05Z");
        assertThat(ExportJob.builder().from(ExportJob.allOf(bank)).timestamp(fixed).build().getEffectiveTimestamp())
                .isEqualTo(fixed);
        String old = System.getProperty("SOURCE_DATE_EPOCH");
        try {
            System.setProperty("SOURCE_DATE_EPOCH", "1700000000");
            assertThat(ExportJob.allOf(bank).getEffectiveTimestamp()).isEqualTo(Instant.ofEpochSecond(1_700_000_000L));
            System.setProperty("SOURCE_DATE_EPOCH", "yesterday");
            assertThatThrownBy(() -> ExportJob.allOf(bank).getEffectiveTimestamp()).hasMessageContaining("SOURCE_DATE_EPOCH");
        } finally {
            if (old == null) {
                System.clearProperty("SOURCE_DATE_EPOCH");
            } else {
                System.setProperty("SOURCE_DATE_EPOCH", old);
            }
        }
    }

    @Test
    void formatIdsAreSlugsAndExtensionsHaveNoDot() {
        assertThatThrownBy(() -> ExportFormat.of("PDF Cards", "x", "application/pdf", "pdf")).hasMessageContaining("lower-case");
        assertThatThrownBy(() -> ExportFormat.of("pdf", "x", "application/pdf", ".pdf")).hasMessageContaining("without a dot");
    }

    @Test
    void stringOptionsAreParsedCheckedAndPrintedBack() throws Exception {
        ExporterProvider provider = new First();
        assertThat(provider.getOptions()).extracting(ExportOption::getName).containsExactly("bullet", "indent");
        TextList list = (TextList) provider.create(Map.of("bullet", "*", "indent", "2"));
        assertThat(list.bullet).isEqualTo("*");
        assertThat(list.indent).isEqualTo(2);
        assertThat(TextList.OPTIONS.toStrings(list)).containsExactly(Map.entry("bullet", "*"), Map.entry("indent", "2"));
        assertThat(TextList.OPTIONS.toStrings((TextList) provider.create(Map.of()))).isEmpty();
        assertThatThrownBy(() -> provider.create(Map.of("indent", "9")))
                .hasMessage("option indent must be from 0 to 8, was 9");
        assertThatThrownBy(() -> provider.create(Map.of("indent", "two")))
                .hasMessage("option indent: 'two' is not allowed; use a whole number from 0 to 8");
        assertThatThrownBy(() -> provider.create(Map.of("bullet", "**")))
                .hasMessage("option bullet: '**' is not allowed; use one character");
    }

    enum Flip {
        LONG_EDGE, SHORT_EDGE
    }

    @Test
    void optionsDescribeThemselvesForTools() {
        ExportOption<Flip> flip = ExportOption.choice("duplex", "how the paper turns", Flip.class, Flip.LONG_EDGE);
        assertThat(flip.getKind()).isEqualTo(ExportOption.Kind.CHOICE);
        assertThat(flip.getChoices()).containsExactly("long-edge", "short-edge");
        assertThat(flip.getDefaultText()).contains("long-edge");
        assertThat(flip.parse(" Short-Edge ")).isEqualTo(Flip.SHORT_EDGE);
        assertThatThrownBy(() -> flip.parse("sideways"))
                .hasMessage("option duplex: 'sideways' is not allowed; use long-edge, short-edge");

        ExportOption<Double> bleed = ExportOption.number("bleed", "bleed", "mm", 0, 10, 3);
        assertThat(bleed.getMin()).hasValue(0);
        assertThat(bleed.getMax()).hasValue(10);
        assertThat(bleed.getDefaultText()).contains("3");
        assertThat(bleed.parse("2.5")).isEqualTo(2.5);
        assertThatThrownBy(() -> bleed.parse("NaN")).hasMessageContaining("use a number from 0 to 10 (mm)");
        assertThatThrownBy(() -> bleed.check(10.5)).hasMessage("option bleed must be from 0 to 10 mm, was 10.5");

        ExportOption<Boolean> qr = ExportOption.flag("qr", "a QR code", false);
        assertThat(qr.getChoices()).containsExactly("true", "false");
        assertThat(qr.parse("TRUE")).isTrue();
        assertThatThrownBy(() -> qr.parse("yes")).hasMessage("option qr: 'yes' is not allowed; use true or false");

        assertThatThrownBy(() -> ExportOption.flag("Crop Marks", "x", true)).hasMessageContaining("lower-case words");
        assertThatThrownBy(() -> ExportOption.number("n", "x", "", 0, 1, 2)).hasMessageContaining("outside");
    }

    @Test
    void anOptionCanBeBoundOnlyOnce() {
        var set = ExportOptionSet.<TextList, TextList.Settings>builder(TextList.FORMAT, TextList.Settings::new,
                TextList::new).add(TextList.BULLET, t -> t.bullet, (b, v) -> b.bullet = v);
        assertThatThrownBy(() -> set.add(TextList.BULLET, t -> t.bullet, (b, v) -> b.bullet = v))
                .hasMessage("option bullet is added twice");
    }

    @Test
    void theBaseExporterTurnsEveryFailureIntoOneExportExceptionAndNeverClosesTheStream() throws Exception {
        MethodBank bank = MethodBanks.loadSample();
        TextList list = (TextList) new First().create(Map.of());
        class Failing extends OutputStream {
            boolean closed;

            @Override
            public void write(int b) throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
            }

            @Override
            public void close() {
                closed = true;
            }
        }
        Failing out = new Failing();
        assertThatThrownBy(() -> list.export(ExportJob.allOf(bank), out)).isInstanceOf(ExportException.class)
                .hasMessage("Text list could not be written: No space left on device");
        assertThat(out.closed).isFalse();

        AbstractExporter broken = new AbstractExporter() {
            @Override
            public ExportFormat getFormat() {
                return TextList.FORMAT;
            }

            @Override
            protected void write(ExportJob job, OutputStream o) {
                throw new IllegalStateException();
            }
        };
        assertThatThrownBy(() -> broken.export(ExportJob.allOf(bank), new java.io.ByteArrayOutputStream()))
                .isInstanceOf(ExportException.class).hasMessage("Text list could not be written: IllegalStateException")
                .hasCauseInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> broken.export(null, new java.io.ByteArrayOutputStream()))
                .isInstanceOf(NullPointerException.class).hasMessage("job");
    }
}
