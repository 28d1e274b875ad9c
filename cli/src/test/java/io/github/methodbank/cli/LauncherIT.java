package io.github.methodbank.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher (target/methodbank, bin/methodbank in the distribution archives) run as a user would,
 * with the class-data archive in every state it can be in: made by the build, broken, missing.
 */
class LauncherIT {

    static Path launcher;
    static Path jar;

    @TempDir
    Path dir;

    @BeforeAll
    static void posixOnly() {
        assumeTrue(File.separatorChar == '/' && Files.isExecutable(Path.of("/bin/sh")),
                "LauncherIT skipped: the methodbank launcher is a POSIX sh script and this system has no /bin/sh");
        launcher = Path.of(System.getProperty("methodbank.launcher", "target/methodbank"));
        jar = Path.of(System.getProperty("methodbank.jar", "target/methodbank.jar"));
    }

    record Run(int code, String out, String err) {}

    Run run(Path script, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(script.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        pb.environment().remove("METHODBANK_OPTS");
        pb.environment().remove("JAVA_OPTS");
        pb.environment().remove("METHODBANK_CDS");
        pb.environment().putAll(env);
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the launcher finished").isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void buildMadeAnExecutableLauncherAndItsArchive() {
        assertThat(launcher).isRegularFile().isExecutable();
        assertThat(jar.resolveSibling("methodbank.jsa")).as("class-data archive made by the build").isNotEmptyFile();
        assertThat(jar.resolveSibling("methodbank.jsa.key")).isNotEmptyFile();
    }

    @Test
    void versionPrintsTheProjectVersion() throws Exception {
        Run r = run(launcher, Map.of(), "--version");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines().findFirst()).hasValue("methodbank " + VersionIT.projectVersion());
        assertThat(r.err()).isEmpty();
    }

    @Test
    void exportsACard() throws Exception {
        Path pdf = dir.resolve("card.pdf");
        Run r = run(launcher, Map.of(), "cards", "--method", "tyo-2-0-heimokulttuuri", "-o", pdf.toString(), "--force");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Wrote").contains("1 method");
        assertThat(r.err()).as("nothing on standard error, no word of the archive").isEmpty();
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void exitCodesPassThrough() throws Exception {
        Run r = run(launcher, Map.of(), "list", "--bogus");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--bogus");
    }

    @Test
    void userOptionsWinAndMayChooseAnotherCollector() throws Exception {
        // (the archive is off here: options that shape it would start a background run for their own)
        Run r = run(launcher, Map.of("METHODBANK_OPTS", "-XX:+UseG1GC", "JAVA_OPTS", "-Xmx256m", "METHODBANK_CDS", "off"),
                "--version");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("methodbank ");
    }

    /** A copy laid out as the distribution archive: bin/methodbank and lib/methodbank.jar. */
    private Path distribution() throws IOException {
        Path home = dir.resolve("methodbank");
        Files.createDirectories(home.resolve("bin"));
        Files.createDirectories(home.resolve("lib"));
        Path bin = Files.copy(launcher, home.resolve("bin/methodbank"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(jar, home.resolve("lib/methodbank.jar"), StandardCopyOption.COPY_ATTRIBUTES);
        return bin;
    }

    @Test
    void aBrokenArchiveOnlyCostsSpeed() throws Exception {
        Path bin = distribution();
        Path archive = bin.getParent().resolveSibling("lib/methodbank.jsa");
        // an archive made for this very jar and JVM (so the launcher takes it), then broken
        Run made = run(bin, Map.of("METHODBANK_CDS_TRAIN", archive.toString()));
        assertThat(made.code()).as("archive made").isZero();
        assertThat(archive).isNotEmptyFile();
        archive.toFile().setWritable(true);
        Files.write(archive, new byte[4096]);
        Run r = run(bin, Map.of(), "--version");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("methodbank " + VersionIT.projectVersion());
        assertThat(r.err()).isEmpty();
    }

    @Test
    void withoutAnArchiveTheFirstRunLeavesOneInTheCache() throws Exception {
        Path bin = distribution();
        Path cache = dir.resolve("cache/methodbank");
        Run r = run(bin, Map.of(), "--version");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("methodbank " + VersionIT.projectVersion());
        assertThat(r.err()).isEmpty();
        // made in the background at low priority: wait for it
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline && !(archives(cache) == 1 && locks(cache) == 0)) {
            Thread.sleep(250);
        }
        assertThat(archives(cache)).as("archives in " + cache).isEqualTo(1);
        Run again = run(bin, Map.of(), "--version");
        assertThat(again.code()).isZero();
        assertThat(again.err()).isEmpty();
        // switched off: neither used nor made
        Path other = dir.resolve("other-cache");
        Run off = run(bin, Map.of("METHODBANK_CDS", "off", "XDG_CACHE_HOME", other.toString()), "--version");
        assertThat(off.code()).isZero();
        assertThat(other).doesNotExist();
    }

    private static long archives(Path cache) throws IOException {
        return count(cache, ".jsa");
    }

    private static long locks(Path cache) throws IOException {
        return count(cache, ".lock");
    }

    private static long count(Path cache, String suffix) throws IOException {
        if (!Files.isDirectory(cache)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).count();
        }
    }
}
