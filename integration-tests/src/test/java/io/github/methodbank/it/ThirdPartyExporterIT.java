package io.github.methodbank.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A format author's jar, compiled here against the released jar only, is put on the class
 * path next to methodbank.jar: the CLI finds it and exports with it. Also checks that output
 * is never left half-written and never overwritten without --force.
 */
class ThirdPartyExporterIT {

    @TempDir
    static Path tmp;
    static Path pluginJar;
    static final String JAR = Processes.JAR.toString();

    private static final String SOURCE = """
            package com.example.csv;

            import io.github.methodbank.core.Method;
            import io.github.methodbank.core.export.*;
            import java.io.*;
            import java.nio.charset.StandardCharsets;
            import java.util.*;

            public class CsvProvider extends AbstractExporterProvider {
                static final ExportFormat FORMAT = ExportFormat.of("csv-list", "CSV list", "text/csv", "csv");
                static final ExportOption<Integer> FAIL_AFTER = ExportOption.wholeNumber("fail-after",
                        "fail after this many methods (for tests)", -1, 1000, -1);

                /** The builder: a plain mutable holder. */
                static final class Settings {
                    int failAfter = -1;
                }

                static final class CsvExporter extends AbstractExporter {
                    final int failAfter;

                    CsvExporter(Settings s) {
                        this.failAfter = s.failAfter;
                    }

                    public ExportFormat getFormat() { return FORMAT; }

                    protected void write(ExportJob job, OutputStream out) throws IOException, ExportException {
                        int i = 0;
                        for (Method m : job.getMethods()) {
                            if (i++ == failAfter) {
                                throw new ExportException("the CSV exporter gave up at method " + m.getId());
                            }
                            out.write((m.getId() + ";" + job.text(m.getName()) + "\\n").getBytes(StandardCharsets.UTF_8));
                            out.flush();
                        }
                    }
                }

                static final ExportOptionSet<CsvExporter, Settings> OPTIONS = ExportOptionSet
                        .builder(FORMAT, Settings::new, CsvExporter::new)
                        .add(FAIL_AFTER, e -> e.failAfter, (b, v) -> b.failAfter = v)
                        .build();

                public CsvProvider() {
                    super(OPTIONS);
                }
            }
            """;

    @BeforeAll
    static void buildPluginJar() throws Exception {
        Path classes = Files.createDirectories(tmp.resolve("classes"));
        JavaFileObject src = new SimpleJavaFileObject(URI.create("string:///com/example/csv/CsvProvider.java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignore) {
                return SOURCE;
            }
        };
        boolean ok = ToolProvider.getSystemJavaCompiler().getTask(null, null, null,
                List.of("-classpath", JAR, "-d", classes.toString(), "-proc:none"), null, List.of(src)).call();
        assertThat(ok).isTrue();
        pluginJar = tmp.resolve("csv-plugin.jar");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(pluginJar))) {
            jar.putNextEntry(new JarEntry("com/example/csv/"));
            try (var files = Files.list(classes.resolve("com/example/csv"))) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    jar.putNextEntry(new JarEntry("com/example/csv/" + f.getFileName()));
                    jar.write(Files.readAllBytes(f));
                }
            }
            jar.putNextEntry(new JarEntry("META-INF/services/io.github.methodbank.core.export.ExporterProvider"));
            jar.write("com.example.csv.CsvProvider\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    record Run(int code, String out, String err) {}

    static Run cli(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", JAR + java.io.File.pathSeparator + pluginJar, "io.github.methodbank.cli.Main"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(tmp.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void theThirdPartyFormatIsListedAndExports() throws Exception {
        assertThat(cli("formats").out()).contains("csv-list").contains("CSV list");
        Run r = cli("export", "--format", "csv-list", "--lang", "en", "-o", "list.csv");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(tmp.resolve("list.csv"));
        assertThat(lines).contains("asiakaspolku;Customer journey map").hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void neverOverwritesWithoutForce() throws Exception {
        Files.writeString(tmp.resolve("keep.csv"), "precious");
        Run r = cli("export", "--format", "csv-list", "-o", "keep.csv");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("keep.csv exists; use --force");
        assertThat(Files.readString(tmp.resolve("keep.csv"))).isEqualTo("precious");
        assertThat(cli("export", "--format", "csv-list", "-o", "keep.csv", "--force").code()).isZero();
        assertThat(Files.readString(tmp.resolve("keep.csv"))).contains("tyo-2-0-heimokulttuuri;");
    }

    @Test
    void aFailedExportLeavesNoPartialFileAndTheOldFileUntouched() throws Exception {
        Run r = cli("export", "--format", "csv-list", "-O", "fail-after=3", "-o", "half.csv");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("export failed: the CSV exporter gave up").doesNotContain("\tat ");
        assertThat(tmp.resolve("half.csv")).doesNotExist();
        Files.writeString(tmp.resolve("old.csv"), "old");
        assertThat(cli("export", "--format", "csv-list", "-O", "fail-after=2", "-o", "old.csv", "--force").code()).isEqualTo(1);
        assertThat(Files.readString(tmp.resolve("old.csv"))).isEqualTo("old");
        try (var files = Files.list(tmp)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void unknownFormatOrOptionIsAUsageError() throws Exception {
        Run r = cli("export", "--format", "csv-lst", "-o", "x.csv");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no exporter for format 'csv-lst'").contains("csv-list");
        Run o = cli("export", "--format", "csv-list", "-O", "colour=red", "-o", "x.csv");
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("unknown option colour");
    }

    @Test
    void writesToStandardOutputWithDash() throws Exception {
        Run r = cli("export", "--format", "csv-list", "--method", "retrospektiivi", "-o", "-");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("retrospektiivi;");
    }
}
