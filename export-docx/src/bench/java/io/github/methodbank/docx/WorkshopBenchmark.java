package io.github.methodbank.docx;

import io.github.methodbank.core.export.ExportJob;
import java.io.ByteArrayOutputStream;
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
 * Workshop documents against a raw POI baseline that writes the same texts as plain
 * paragraphs. Throughput in documents per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g", "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory"})
@State(Scope.Benchmark)
public class WorkshopBenchmark {

    private ExportJob hundred;
    private ExportJob single;
    private final DocxWorkshopExporter exporter = DocxWorkshopExporter.withDefaults();

    /** Builds the jobs once per run. */
    @Setup
    public void setUp() {
        hundred = BenchData.job(100, "fi");
        single = BenchData.job(1, "fi");
    }

    /** The workshop document for 100 methods. */
    @Benchmark
    public int workshop100Methods() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        exporter.export(hundred, out);
        return out.size();
    }

    /** The same texts of 100 methods as plain paragraphs with raw POI. */
    @Benchmark
    public int baseline100Methods() throws Exception {
        return BenchData.rawPoi(hundred).length;
    }

    /** The workshop document for one method. */
    @Benchmark
    public int workshop1Method() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        exporter.export(single, out);
        return out.size();
    }

    /** The same texts of one method as plain paragraphs with raw POI. */
    @Benchmark
    public int baseline1Method() throws Exception {
        return BenchData.rawPoi(single).length;
    }
}
