package io.github.methodbank.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the packaged command line in a process of its own, as a user does. */
final class Processes {
    private Processes() {}

    /** What a process printed and how it ended. */
    record Run(int code, String out, String err) {}

    /** The shaded jar the build made. */
    static final Path JAR = Path.of(System.getProperty("methodbank.jar", "../cli/target/methodbank.jar"));

    /** The Java of this test run. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Runs {@code java JVM… -jar methodbank.jar ARGS…}. */
    static Run jar(List<String> jvm, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(java()));
        cmd.addAll(jvm);
        cmd.addAll(List.of("-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        return run(cmd);
    }

    /** Runs a command, its input empty, and waits at most two minutes. */
    static Run run(List<String> cmd) throws IOException, InterruptedException {
        Path out = Files.createTempFile("mb-out", ".txt");
        Path err = Files.createTempFile("mb-err", ".txt");
        try {
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("%s ends within two minutes", cmd).isTrue();
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
