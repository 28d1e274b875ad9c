package io.github.methodbank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs the packaged jar as a separate process, as a user would. */
class CliJarIT {

    record Run(int code, String out, String err) {}

    static Run java(String... args) throws IOException, InterruptedException {
        return java(List.of(), args);
    }

    /** Runs the jar with JVM options (such as -Xmx) and arguments. */
    static Run java(List<String> jvm, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(jvm);
        cmd.addAll(List.of("-jar", System.getProperty("methodbank.jar", "target/methodbank.jar")));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("mb-out", ".txt");
        Path err = Files.createTempFile("mb-err", ".txt");
        try {
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    @Test
    void validatesTheSampleBank() throws Exception {
        Run r = java("validate");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("is valid");
    }

    @Test
    void brokenFilesExitOneWithLocations() throws Exception {
        try (var files = Files.list(CliTest.BANKS.resolve("invalid"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Run r = java("validate", f.toString());
                assertThat(r.code()).as(f.toString()).isEqualTo(1);
                assertThat(r.err()).as(f.toString()).containsPattern(":\\d+:\\d+: /").doesNotContain("Exception");
            }
        }
    }

    @Test
    void usageErrorExitsTwo() throws Exception {
        Run r = java("list", "--bogus");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--bogus").doesNotContain("\tat ");
    }
}
