package io.github.methodbank.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.MethodBanks;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportersTest {

    @TempDir
    java.nio.file.Path tmp;

    /** A provider for tests. */
    public static class First implements ExporterProvider {
        @Override
        public ExportFormat format() {
            return ExportFormat.of("text-list", "Text list", "text/plain", "txt");
        }

        @Override
        public List<ExportOption> options() {
            return List.of(new ExportOption("bullet", "the bullet character", "-"));
        }

        @Override
        public Exporter create(Map<String, String> options) {
            Exporters.requireKnownKeys(options, options(), format().getId());
            String bullet = options.getOrDefault("bullet", "-");
            ExportFormat f = format();
            return new Exporter() {
                @Override
                public ExportFormat format() {
                    return f;
                }

                @Override
                public void export(ExportJob job, OutputStream out) throws ExportException {
                    try {
                        for (var m : job.getMethods()) {
                            out.write((bullet + " " + job.text(m.getName()) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        }
                        out.flush();
                    } catch (java.io.IOException e) {
                        throw new ExportException("could not write the list: " + e.getMessage(), e);
                    }
                }
            };
        }
    }

    /** Claims the same id as {@link First}. */
    public static class Second extends First {}

    private ClassLoader loaderWith(String... providers) throws Exception {
        java.nio.file.Path services = Files.createDirectories(tmp.resolve("META-INF/services"));
        Files.writeString(services.resolve(ExporterProvider.class.getName()), String.join("\n", providers) + "\n");
        return new URLClassLoader(new URL[] {tmp.toUri().toURL()}, getClass().getClassLoader());
    }

    @Test
    void discoversRegisteredProviders() throws Exception {
        List<ExporterProvider> found = Exporters.discover(loaderWith(First.class.getName()));
        assertThat(found).extracting(p -> p.format().getId()).contains("text-list");
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
                .hasMessage("unknown option bulet for format text-list; known options: bullet");
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
        assertThat(ExportJob.builder().from(ExportJob.allOf(bank)).timestamp(fixed).build().effectiveTimestamp())
                .isEqualTo(fixed);
        String old = System.getProperty("SOURCE_DATE_EPOCH");
        try {
            System.setProperty("SOURCE_DATE_EPOCH", "1700000000");
            assertThat(ExportJob.allOf(bank).effectiveTimestamp()).isEqualTo(Instant.ofEpochSecond(1_700_000_000L));
            System.setProperty("SOURCE_DATE_EPOCH", "yesterday");
            assertThatThrownBy(() -> ExportJob.allOf(bank).effectiveTimestamp()).hasMessageContaining("SOURCE_DATE_EPOCH");
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
}
