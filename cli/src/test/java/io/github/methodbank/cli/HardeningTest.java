package io.github.methodbank.cli;

import static io.github.methodbank.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hardening of the command line: special files, output races, terminal output, standard input. Each failed before. */
class HardeningTest {

    @TempDir
    Path tmp;

    private static final Duration NO_HANG = Duration.ofSeconds(60);

    static Path fifo(Path at) throws Exception {
        Process p = new ProcessBuilder("mkfifo", at.toString()).redirectErrorStream(true).start();
        assumeTrue(p.waitFor() == 0, "mkfifo is not available here");
        return at;
    }

    static String fileType(Path p) throws Exception {
        Process stat = new ProcessBuilder("stat", "-c", "%F", p.toString()).redirectErrorStream(true).start();
        String out = new String(stat.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assumeTrue(stat.waitFor() == 0, "stat is not available here");
        return out;
    }

    @Test
    void forceNeverReplacesADeviceNode() throws Exception {
        // the finding: run as root, `cards -o /dev/null --force` renamed the PDF over /dev/null;
        // here a device node of our own (the same device, 1:3) stands in for it
        boolean root = "root".equals(System.getProperty("user.name"));
        assumeTrue(root, "creating a device node needs root; skipped as " + System.getProperty("user.name"));
        Path dev = tmp.resolve("null");
        Process mknod = new ProcessBuilder("mknod", dev.toString(), "c", "1", "3").redirectErrorStream(true).start();
        assumeTrue(mknod.waitFor() == 0, "mknod failed (no permission in this container?)");
        assertThat(fileType(dev)).isEqualTo("character special file");
        CliTest.Result r = run("cards", "--method", "retrospektiivi", "-o", dev.toString(), "--force");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines()).singleElement().satisfies(l -> assertThat(l)
                .startsWith("methodbank: " + dev).contains("not a regular file"));
        assertThat(fileType(dev)).isEqualTo("character special file");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void forceNeverReplacesANamedPipeOrALink() throws Exception {
        Path pipe = fifo(tmp.resolve("pipe.pdf"));
        CliTest.Result r = run("cards", "--method", "retrospektiivi", "-o", pipe.toString(), "--force");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("not a regular file");
        assertThat(fileType(pipe)).isEqualTo("fifo");
        Path real = Files.writeString(tmp.resolve("real.pdf"), "mine");
        Path link = Files.createSymbolicLink(tmp.resolve("link.pdf"), real);
        CliTest.Result l = run("cards", "--method", "retrospektiivi", "-o", link.toString(), "--force");
        assertThat(l.code()).isEqualTo(1);
        assertThat(l.err()).contains("symbolic link");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("mine");
        // a regular file is still replaced with --force
        assertThat(run("cards", "--method", "retrospektiivi", "-o", real.toString(), "--force").code()).isZero();
        assertThat(Files.readAllBytes(real)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void withoutForceAFileThatAppearsDuringTheExportIsLeftAsItIs() throws Exception {
        Path target = tmp.resolve("out.pdf");
        Output o = new Output();
        o.output = target.toString();
        assertThatThrownBy(() -> o.write(out -> {
            Files.writeString(target, "someone else's"); // appears while we write
            out.write("ours".getBytes(StandardCharsets.US_ASCII));
        })).isInstanceOf(UserError.class).hasMessageContaining("appeared while writing and was left as it is");
        assertThat(Files.readString(target)).isEqualTo("someone else's");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void ofTwoConcurrentRunsToOnePathOnlyOneWrites() throws Exception {
        Path target = tmp.resolve("race.pdf");
        CyclicBarrier bothStarted = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> runs = new java.util.ArrayList<>();
            for (String who : new String[] {"first", "second"}) {
                runs.add(pool.submit(() -> {
                    Output o = new Output();
                    o.output = target.toString();
                    try {
                        o.write(out -> {
                            bothStarted.await(10, TimeUnit.SECONDS); // both past the check that the file is absent
                            out.write(who.getBytes(StandardCharsets.US_ASCII));
                        });
                        return "wrote " + who;
                    } catch (UserError e) {
                        return e.getMessage();
                    }
                }));
            }
            String a = runs.get(0).get(30, TimeUnit.SECONDS);
            String b = runs.get(1).get(30, TimeUnit.SECONDS);
            assertThat(List.of(a, b)).filteredOn(s -> s.startsWith("wrote ")).hasSize(1);
            assertThat(List.of(a, b)).filteredOn(s -> s.contains("appeared while writing")).hasSize(1);
            String winner = a.startsWith("wrote ") ? a.substring(6) : b.substring(6);
            assertThat(Files.readString(target)).isEqualTo(winner);
        } finally {
            pool.shutdownNow();
        }
        assertThat(leftovers()).isEmpty();
    }

    private List<Path> leftovers() throws IOException {
        try (var s = Files.list(tmp)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        }
    }

    @Test
    void aWriteErrorOnStandardOutputExitsOne() {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"list"}, new PrintWriter(new java.io.OutputStreamWriter(full), true),
                new PrintWriter(err, true));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("methodbank: cannot write to standard output");
        StringWriter err2 = new StringWriter();
        assertThat(Main.run(new String[] {"validate"}, new PrintWriter(new java.io.OutputStreamWriter(full), true),
                new PrintWriter(err2, true))).isEqualTo(1);
    }

    @Test
    void controlCharactersFromTheBankAreEscapedInEverythingPrinted() throws Exception {
        Path bank = tmp.resolve("bank.json");
        Files.writeString(bank, "{\"formatVersion\": 1, \"paths\": [], \"methods\": [{\"id\": \"m\", \"name\": \"Tab\\there\","
                + " \"description\": \"D\"}], \"\\u001b[31mred\\u0007\\r\\nfake.json:1:1: /x: forged\": 1}");
        CliTest.Result v = run("validate", bank.toString());
        assertThat(v.code()).isEqualTo(1);
        assertThat(v.err()).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\r")
                .contains("\\u001B[31mred\\u0007\\u000D\\u000Afake.json");
        assertThat(v.err().lines()).hasSize(2); // the problem and the count: no forged line
        CliTest.Result lenient = run("list", "--lenient", bank.toString());
        assertThat(lenient.code()).isZero();
        assertThat(lenient.err()).doesNotContain("\u001b");
        // a tab in a name no longer breaks the columns of list
        assertThat(lenient.out().lines()).singleElement().satisfies(l -> {
            assertThat(l.split("\t", -1)).hasSize(3);
            assertThat(l).contains("Tab\\u0009here");
        });
    }

    @Test
    void moreProblemsThanTheLimitAreCountedAfterTheListedOnes() throws Exception {
        StringBuilder json = new StringBuilder("{\"formatVersion\": 1, \"paths\": [], \"methods\": [");
        for (int i = 0; i < 1500; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\": \"m").append(i).append("\", \"name\": \"N\", \"description\": 7}");
        }
        Path bank = Files.writeString(tmp.resolve("many.json"), json.append("]}").toString());
        CliTest.Result r = run("validate", bank.toString());
        assertThat(r.code()).isEqualTo(1);
        List<String> lines = r.err().lines().toList();
        assertThat(lines).hasSize(1002);
        assertThat(lines.get(1000)).isEqualTo("\u2026 and 500 more (only the first 1000 found are listed).");
        assertThat(lines.get(1001)).isEqualTo("1500 problems found.");
        assertThat(run("validate", "--limit", "maxProblems=10", bank.toString()).err().lines()).hasSize(12);
    }

    @Test
    void standardInputIsReadWithTheByteLimit() throws Exception {
        InputStream saved = System.in;
        try {
            System.setIn(new InputStream() { // never ends, like /dev/zero
                @Override
                public int read() {
                    return ' ';
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    java.util.Arrays.fill(b, off, off + len, (byte) ' ');
                    return len;
                }
            });
            CliTest.Result r = assertTimeoutPreemptively(NO_HANG, () -> run("validate", "--limit", "maxFileBytes=100000", "-"));
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).contains("standard input: (document): the file is larger than the limit of 100000 bytes");
            System.setIn(new ByteArrayInputStream("{\"formatVersion\": 1, \"paths\": [], \"methods\": []}".getBytes(
                    StandardCharsets.UTF_8)));
            CliTest.Result ok = run("validate", "-");
            assertThat(ok.code()).as(ok.err()).isZero();
            assertThat(ok.out()).contains("standard input is valid");
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void theSuggestedFileLimitIsLargeEnoughForTheFile() throws Exception {
        Path big = Files.writeString(tmp.resolve("big.json"), "{\"formatVersion\": 1, \"paths\": [], \"methods\": []}"
                + " ".repeat(3_000_000));
        CliTest.Result r = run("validate", "--limit", "maxFileBytes=1000", big.toString());
        assertThat(r.code()).isEqualTo(1);
        String suggested = r.err().replaceAll("(?s).*--limit maxFileBytes=(\\d+).*", "$1");
        assertThat(Long.parseLong(suggested)).isGreaterThanOrEqualTo(Files.size(big)); // before: 2000
        assertThat(run("validate", "--limit", "maxFileBytes=" + suggested, big.toString()).code()).isZero();
    }

    @Test
    void anImageThatIsANamedPipeFailsValidationAndNeverHangsAnExport() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("bank/img"));
        fifo(dir.resolve("x.png"));
        Path bank = Files.writeString(tmp.resolve("bank/bank.json"), "{\"formatVersion\": 1, \"paths\": [], \"methods\": "
                + "[{\"id\": \"m\", \"name\": \"N\", \"description\": \"D\", \"image\": \"img/x.png\"}]}");
        CliTest.Result v = assertTimeoutPreemptively(NO_HANG, () -> run("validate", bank.toString()));
        assertThat(v.code()).isEqualTo(1);
        assertThat(v.err()).contains(":1:").contains("/methods/0/image").contains("named pipe (FIFO)");
        CliTest.Result c = assertTimeoutPreemptively(NO_HANG, () -> run("cards", bank.toString(), "-o",
                tmp.resolve("c.pdf").toString()));
        assertThat(c.code()).isEqualTo(1);
        Path named = fifo(tmp.resolve("named.json"));
        CliTest.Result p = assertTimeoutPreemptively(NO_HANG, () -> run("validate", named.toString()));
        assertThat(p.code()).isEqualTo(1);
        assertThat(p.err()).contains("named pipe (FIFO), not a regular file");
        assertThat(Files.exists(tmp.resolve("c.pdf"), LinkOption.NOFOLLOW_LINKS)).isFalse();
    }
}
