package io.github.methodbank.html;

import io.github.methodbank.core.LocalizedText;
import io.github.methodbank.core.Method;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.MethodBanks;
import io.github.methodbank.core.export.ExportJob;
import java.io.OutputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm throughput of the site writer: the whole site of 1,000 methods (the sample's methods
 * repeated, no downloads; 1,000 method pages, 10 phase pages, the front page with its map, the
 * tag pages, the lists, search page and index, about 1,030 pages) written as a ZIP to a stream
 * that discards it; and one method's page as an HTML fragment. Pages per second = pages per
 * operation × 1,000 / ms per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class SiteBenchmark {

    private ExportJob job;
    private HtmlSiteExporter site;
    private MethodBank bank;
    private Method method;

    /** Builds the bank. */
    @Setup
    public void setUp() {
        bank = sampleTimes(1000);
        job = ExportJob.builder().bank(bank).methods(bank.getMethods()).language("fi")
                .timestamp(Instant.parse("2026-01-01T00:00:00Z")).build();
        site = HtmlSiteExporter.builder().downloads(false).build();
        method = bank.getMethods().get(1);
    }

    /** The whole site of 1,000 methods, zipped, discarded. */
    @Benchmark
    public void site1000() throws Exception {
        site.export(job, OutputStream.nullOutputStream());
    }

    /** One method's article. */
    @Benchmark
    public int methodFragment() throws Exception {
        StringBuilder out = new StringBuilder(16 * 1024);
        site.writeMethodFragment(bank, method, "fi", SiteLinks.relativeToMethodPage(), out);
        return out.length();
    }

    /** The sample bank with its methods repeated to {@code n} methods (ids and names numbered). */
    static MethodBank sampleTimes(int n) {
        MethodBank sample = MethodBanks.loadSample();
        MethodBank.Builder b = MethodBank.builder().from(sample).methods(List.of());
        for (int i = 0; i < n; i++) {
            Method m = sample.getMethods().get(i % sample.getMethods().size());
            Map<String, String> names = new LinkedHashMap<>();
            int k = i;
            m.getName().getValues().forEach((lang, text) -> names.put(lang, text + " " + (k + 1)));
            b.addMethod(Method.builder().from(m).id(m.getId() + "-" + (i + 1)).name(LocalizedText.of(names)).build());
        }
        return b.build();
    }
}
