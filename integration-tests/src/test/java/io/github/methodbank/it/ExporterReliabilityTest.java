package io.github.methodbank.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.methodbank.core.Method;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.MethodBanks;
import io.github.methodbank.core.export.ExportJob;
import io.github.methodbank.core.export.ExportException;
import io.github.methodbank.core.export.Exporter;
import io.github.methodbank.core.export.Exporters;
import io.github.methodbank.examples.GenerateLargeBank;
import io.github.methodbank.testkit.FailingStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Faults and concurrency, for every exporter we ship. */
class ExporterReliabilityTest {

    private static final Instant FIXED = Instant.parse("2026-02-02T10:00:00Z");

    private static long openDescriptors() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        }
    }

    private static long tempFiles() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (Stream<Path> files = Files.walk(tmp, 2)) {
            return files.filter(f -> f.getFileName().toString().matches("(?i).*(pdfbox|poi|ooxml|scratch|\\.tmp).*")).count();
        } catch (java.io.UncheckedIOException e) {
            return -1; // other processes change /tmp while we walk it; not counted this time
        }
    }

    /** The format's exporter with its defaults; the website without its downloads, which are the other formats. */
    static Exporter exporter(String format) {
        return Exporters.forFormat(format).orElseThrow()
                .create(format.equals("html-site") ? Map.of("downloads", "false") : Map.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf-cards", "docx-workshop", "html-site", "markdown"})
    void aStreamThatFailsMidwayGivesOneExportExceptionAndLeaksNothing(String format) throws Exception {
        Exporter exporter = exporter(format);
        MethodBank bank = MethodBanks.loadSample();
        ExportJob job = ExportJob.builder().bank(bank).methods(bank.getMethods()).language("fi").timestamp(FIXED).build();
        ByteArrayOutputStream full = new ByteArrayOutputStream();
        exporter.export(job, full);
        int size = full.size();
        // warm up class loading and caches before counting
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> exporter.export(job, new FailingStream(size / 2))).isInstanceOf(ExportException.class);
        }
        long fdsBefore = openDescriptors();
        long tempBefore = tempFiles();
        for (int i = 0; i < 40; i++) {
            long limit = (long) size * i / 40;
            assertThatThrownBy(() -> exporter.export(job, new FailingStream(limit)))
                    .isInstanceOf(ExportException.class)
                    .satisfies(e -> assertThat(e.getMessage()).isNotBlank());
        }
        System.gc();
        assertThat(openDescriptors()).as("open file descriptors after 40 failed exports").isLessThanOrEqualTo(fdsBefore + 2);
        long tempAfter = tempFiles();
        if (tempBefore >= 0 && tempAfter >= 0) {
            assertThat(tempAfter).as("temporary files after 40 failed exports").isLessThanOrEqualTo(tempBefore);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf-cards", "docx-workshop", "html-site", "markdown"})
    void aBrokenSourceDateEpochIsAnExportExceptionOrIgnored(String format) {
        Exporter exporter = exporter(format);
        MethodBank bank = MethodBanks.loadSample();
        ExportJob job = ExportJob.of(bank, bank.getMethods().subList(0, 1), "fi");
        String old = System.getProperty("SOURCE_DATE_EPOCH");
        System.setProperty("SOURCE_DATE_EPOCH", "yesterday");
        try {
            exporter.export(job, new ByteArrayOutputStream());
        } catch (ExportException e) {
            assertThat(e.getMessage()).contains("SOURCE_DATE_EPOCH");
        } finally {
            if (old == null) {
                System.clearProperty("SOURCE_DATE_EPOCH");
            } else {
                System.setProperty("SOURCE_DATE_EPOCH", old);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf-cards", "docx-workshop", "html-site", "markdown"})
    void sixteenThreadsOnDifferentBanksGiveTheSequentialBytes(String format) throws Exception {
        Exporter exporter = exporter(format);
        List<ExportJob> jobs = new ArrayList<>();
        MethodBank sample = MethodBanks.loadSample();
        MethodBank large = GenerateLargeBank.bank(24);
        for (String lang : List.of("fi", "sv", "en")) {
            for (Method m : sample.getMethods()) {
                jobs.add(ExportJob.builder().bank(sample).methods(List.of(m)).language(lang).timestamp(FIXED).build());
            }
            jobs.add(ExportJob.builder().bank(large).methods(large.getMethods()).language(lang).timestamp(FIXED).build());
        }
        List<byte[]> expected = new ArrayList<>();
        for (ExportJob job : jobs) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exporter.export(job, out);
            expected.add(out.toByteArray());
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            List<Integer> order = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (int i = 0; i < jobs.size(); i++) {
                    int index = (i * 7 + round * 3) % jobs.size();
                    order.add(index);
                    results.add(pool.submit(() -> {
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        exporter.export(jobs.get(index), out);
                        return out.toByteArray();
                    }));
                }
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get(5, TimeUnit.MINUTES)).as("job %d", order.get(i))
                        .isEqualTo(expected.get(order.get(i)));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
