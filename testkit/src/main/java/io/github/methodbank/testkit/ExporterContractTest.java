package io.github.methodbank.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.methodbank.core.LocalizedText;
import io.github.methodbank.core.Method;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.MethodBanks;
import io.github.methodbank.core.PhaseRef;
import io.github.methodbank.core.export.ExportFormat;
import io.github.methodbank.core.export.ExportJob;
import io.github.methodbank.core.export.ExportOption;
import io.github.methodbank.core.export.ExportException;
import io.github.methodbank.core.export.Exporter;
import io.github.methodbank.core.export.ExporterProvider;
import io.github.methodbank.core.export.Exporters;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The contract every exporter keeps, as a JUnit 5 test to extend. A format author writes
 *
 * <pre>{@code
 * class MarkdownExporterContractTest extends ExporterContractTest {
 *     @Override
 *     protected String getFormatId() {
 *         return "markdown";
 *     }
 * }
 * }</pre>
 *
 * <p>and gets tests for: discovery through {@link java.util.ServiceLoader} by id; every method
 * of the sample bank in fi, sv and en; an empty selection; very long text and unusual Unicode;
 * the caller's stream left open; failures reported as {@link ExportException}s with a message,
 * never swallowed; 8 concurrent exports on one instance giving the same bytes as a sequential
 * one; same input and timestamp, same bytes (also through {@code SOURCE_DATE_EPOCH}).
 *
 * <p>Override {@link #verify(byte[], ExportJob)} to check the output in the format's own terms
 * (reopen the PDF, parse the HTML ...): every test calls it on what it produced.
 */
public abstract class ExporterContractTest {

    /** For subclasses: one per exporter under test. */
    protected ExporterContractTest() {
        // the subclass names the format
    }

    /** A fixed timestamp, for reproducible output. */
    protected static final Instant FIXED = Instant.parse("2026-03-01T12:00:00Z");

    /** The format id under test, as registered through {@link ExporterProvider}. */
    protected abstract String getFormatId();

    /** String options passed to the provider (default none). */
    protected Map<String, String> getOptions() {
        return Map.of();
    }

    /** Checks one export's bytes in the format's own terms; the default asks for non-empty output. */
    protected void verify(byte[] output, ExportJob job) throws Exception {
        assertThat(output).as("output of %s", getFormatId()).isNotEmpty();
    }

    /** The bank the contract exports from: the bundled sample. */
    protected MethodBank getBank() {
        return MethodBanks.loadSample();
    }

    /** The exporter under test, made by the discovered provider from {@link #getOptions()}. */
    protected Exporter createExporter() {
        return provider().create(getOptions());
    }

    private ExporterProvider provider() {
        return Exporters.discover(Thread.currentThread().getContextClassLoader()).stream()
                .filter(p -> p.getFormat().getId().equals(getFormatId())).findFirst()
                .orElseThrow(() -> new AssertionError("no ExporterProvider with format id '" + getFormatId()
                        + "' is registered in META-INF/services/" + ExporterProvider.class.getName()));
    }

    /** Exports and returns the bytes; a stream that records misuse is passed in. */
    protected byte[] export(Exporter exporter, ExportJob job) throws ExportException {
        WatchedStream out = new WatchedStream();
        exporter.export(job, out);
        assertThat(out.closed).as("the exporter closed the caller's stream").isFalse();
        return out.bytes.toByteArray();
    }

    private ExportJob job(List<Method> methods, String language) {
        return ExportJob.builder().bank(getBank()).methods(methods).language(language).timestamp(FIXED).build();
    }

    @Test
    void isDiscoveredByItsIdWithAConsistentFormat() {
        ExporterProvider provider = provider();
        ExportFormat format = provider.getFormat();
        assertThat(format.getId()).isEqualTo(getFormatId());
        assertThat(format.getDisplayName()).isNotBlank();
        assertThat(format.getMediaType()).contains("/");
        assertThat(createExporter().getFormat()).isEqualTo(format);
        assertThat(provider.getOptions()).allSatisfy(o -> {
            assertThat(o.getDescription()).as("description of option %s", o.getName()).isNotBlank();
            assertThat(o.getValueLabel()).as("value label of option %s", o.getName()).isNotBlank();
            // a tool can offer every allowed value and the default, and the provider takes them
            o.getDefaultText().ifPresent(d -> assertThat(provider.create(Map.of(o.getName(), d))).isNotNull());
            if (o.getKind() == ExportOption.Kind.CHOICE || o.getKind() == ExportOption.Kind.FLAG) {
                for (String choice : o.getChoices()) {
                    assertThat(provider.create(Map.of(o.getName(), choice))).as("%s=%s", o.getName(), choice).isNotNull();
                }
            }
        });
    }

    @Test
    void rejectsUnknownOptionKeys() {
        assertThatThrownBy(() -> provider().create(Map.of("no-such-option-key", "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-option-key");
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void exportsEveryMethodOfTheSampleInEveryLanguage() throws Exception {
        Exporter exporter = createExporter();
        for (String language : List.of("fi", "sv", "en")) {
            for (Method m : getBank().getMethods()) {
                ExportJob job = job(List.of(m), language);
                verify(export(exporter, job), job);
            }
            ExportJob all = job(getBank().getMethods(), language);
            verify(export(exporter, all), all);
        }
    }

    @Test
    void handlesAnEmptySelection() throws Exception {
        ExportJob job = job(List.of(), "fi");
        try {
            byte[] out = export(createExporter(), job);
            verify(out, job);
        } catch (ExportException e) {
            assertThat(e.getMessage()).as("an empty export may be refused, with a message").isNotBlank();
        }
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void handlesVeryLongTextAndUnusualUnicode() throws Exception {
        MethodBank bank = extremeBank();
        ExportJob job = ExportJob.builder().bank(bank).methods(bank.getMethods()).language("fi").timestamp(FIXED).build();
        verify(export(createExporter(), job), job);
    }

    @Test
    void reportsAFailingStreamAsAnExportException() {
        ExportJob job = job(getBank().getMethods(), "fi");
        FailingStream out = new FailingStream(100);
        assertThatThrownBy(() -> createExporter().export(job, out))
                .isInstanceOf(ExportException.class)
                .satisfies(e -> assertThat(e.getMessage()).isNotBlank());
        assertThat(out.isClosed()).as("the exporter closed the caller's stream").isFalse();
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void concurrentExportsOnOneInstanceGiveTheSequentialBytes() throws Exception {
        Exporter exporter = createExporter();
        ExportJob job = job(getBank().getMethods(), "fi");
        byte[] sequential = export(exporter, job);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> export(exporter, job)));
            }
            for (Future<byte[]> f : results) {
                assertThat(f.get(4, TimeUnit.MINUTES)).as("bytes of a concurrent export").isEqualTo(sequential);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void sameInputGivesTheSameBytes() throws Exception {
        ExportJob job = job(getBank().getMethods(), "en");
        assertThat(export(createExporter(), job)).isEqualTo(export(createExporter(), job));
        ExportJob noTimestamp = ExportJob.of(getBank(), getBank().getMethods(), "en");
        String old = System.getProperty("SOURCE_DATE_EPOCH");
        System.setProperty("SOURCE_DATE_EPOCH", "1767225600");
        try {
            byte[] first = export(createExporter(), noTimestamp);
            Thread.sleep(1100); // a clock tick must not change the output
            assertThat(export(createExporter(), noTimestamp)).as("same bytes under SOURCE_DATE_EPOCH").isEqualTo(first);
        } finally {
            if (old == null) {
                System.clearProperty("SOURCE_DATE_EPOCH");
            } else {
                System.setProperty("SOURCE_DATE_EPOCH", old);
            }
        }
    }

    /**
     * A bank with one method of about 3,000 words and one full of unusual characters:
     * combining marks, emoji with joiners, right-to-left text, CJK, a very long word,
     * zero-width and non-breaking spaces.
     */
    protected static MethodBank extremeBank() {
        StringBuilder longText = new StringBuilder();
        String[] words = {"kehittäminen", "työyhteisö", "asiakaskokemus", "kokeilu", "itseohjautuvuus", "johtaminen",
            "strategia", "osaaminen", "mahdollistava", "hallinto"};
        for (int i = 0; i < 3000; i++) {
            longText.append(words[i % words.length]).append(i % 97 == 96 ? ".\n\n" : i % 13 == 12 ? ". " : " ");
        }
        String unusual = "Cafe\u0301 na\u00efve \u00c5ngstr\u00f6m \u2014 \u201cquotes\u201d \u2018single\u2019 \u2026 "
                + "\uD83D\uDC69\u200D\uD83D\uDCBB\uD83D\uDC4D\uD83C\uDFFD \u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627 "
                + "\u6F22\u5B57\u304B\u306A \uD55C\uAE00 \u0928\u092E\u0938\u094D\u0924\u0947 Za\u0308hlen \u00A0nbsp\u200Bzwsp "
                + "Supercalifragilisticexpialidocious".repeat(8) + " \uD835\uDD18\uD835\uDD2B\uD835\uDD26 \u2603 \uFFFD";
        LocalizedText name = LocalizedText.of("fi", "Pitkä menetelmä");
        Method longMethod = Method.builder().id("long").name(name)
                .summary(LocalizedText.of("fi", "Hyvin pitkä kuvaus"))
                .description(LocalizedText.of("fi", longText.toString().trim()))
                .howToUse(LocalizedText.of("fi", "- " + String.join("\n- ", words)))
                .addPhases(PhaseRef.of("kehittaminen", "kokeile"))
                .build();
        Method unusualMethod = Method.builder().id("unusual").name(LocalizedText.of("fi", unusual.substring(0, 60)))
                .description(LocalizedText.of("fi", unusual + "\n\n" + unusual))
                .addTags("\u2603", "\u6F22\u5B57")
                .addPhases(PhaseRef.of("johtaminen", "tunnista-tilanteesi"))
                .build();
        MethodBank sample = MethodBanks.loadSample();
        return MethodBank.builder().from(sample).methods(List.of(longMethod, unusualMethod)).build();
    }

    /** Records what the exporter does with the caller's stream. */
    static final class WatchedStream extends OutputStream {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean closed;

        @Override
        public void write(int b) throws IOException {
            if (closed) {
                throw new IOException("stream closed");
            }
            bytes.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (closed) {
                throw new IOException("stream closed");
            }
            bytes.write(b, off, len);
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
