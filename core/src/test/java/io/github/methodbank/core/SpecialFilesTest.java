package io.github.methodbank.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hardening: the loader reads only regular files, through links that stay inside the bank, and
 * counts bytes as it reads. Each test failed before (a hang, a silently dropped method file, a
 * read of gigabytes, a secret quoted in a message).
 */
class SpecialFilesTest {

    @TempDir
    Path tmp;

    private static final Duration NO_HANG = Duration.ofSeconds(20);

    static final String IMAGE_BANK = TestBanks.MINIMAL.replace("\"tags\": [\"a\"]", "\"image\": \"img/x.png\"");

    /** A named pipe nobody writes to: opening it for reading blocks forever. */
    static Path fifo(Path at) throws Exception {
        Process p = new ProcessBuilder("mkfifo", at.toString()).redirectErrorStream(true).start();
        assumeTrue(p.waitFor() == 0, "mkfifo is not available here");
        return at;
    }

    static MethodBankException loadFails(Path bank) {
        return assertTimeoutPreemptively(NO_HANG, () -> {
            try {
                MethodBanks.load(bank);
            } catch (MethodBankException e) {
                return e;
            }
            throw new AssertionError(bank + " was accepted");
        });
    }

    @Test
    void aBankFileThatIsANamedPipeIsAnErrorNotAHang() throws Exception {
        Path pipe = fifo(tmp.resolve("bank.json"));
        MethodBankException e = loadFails(pipe);
        assertThat(e.getProblems()).singleElement().satisfies(p -> {
            assertThat(p.getSource()).isEqualTo(pipe.toString());
            assertThat(p.getMessage()).contains("named pipe (FIFO)").contains("not a regular file");
        });
        // also as bank.json of a directory bank, also through a link inside the bank
        Path dir = Files.createDirectories(tmp.resolve("dir"));
        fifo(dir.resolve("real.json"));
        Files.createSymbolicLink(dir.resolve("bank.json"), dir.resolve("real.json"));
        assertThat(loadFails(dir).getMessage()).contains("bank.json").contains("named pipe (FIFO)");
    }

    @Test
    void aDeviceIsNotReadAndTheByteLimitHoldsForStreamsThatNeverEnd() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero here");
        // before: Files.size is 0 for a device, so /dev/zero was read until the heap ran out
        MethodBankException named = loadFails(Path.of("/dev/zero"));
        assertThat(named.getMessage()).contains("character device").contains("not a regular file");
        Path dir = Files.createDirectories(tmp.resolve("bank"));
        Files.createSymbolicLink(dir.resolve("bank.json"), Path.of("/dev/zero"));
        assertThat(loadFails(dir).getMessage()).contains("outside the bank's directory");
        // a stream is counted as it is read
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) ' ');
                return len;
            }
        };
        BankReader small = BankReader.builder().limits(Limits.builder().maxFileBytes(100_000).build()).build();
        assertThatThrownBy(() -> assertTimeoutPreemptively(NO_HANG, () -> small.read(endless, "stdin")))
                .isInstanceOf(MethodBankException.class).hasMessageContaining("larger than the limit of 100000 bytes");
    }

    @Test
    void anImageThatIsANamedPipeIsReportedAndNeverOpened() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("bank/img"));
        fifo(dir.resolve("x.png"));
        Path bank = Files.writeString(tmp.resolve("bank/bank.json"), IMAGE_BANK);
        // before: validate passed the bank, and an export hung reading the pipe
        MethodBankException e = loadFails(bank);
        assertThat(e.getProblems()).singleElement().satisfies(p -> {
            assertThat(p.getPointer()).isEqualTo("/methods/0/image");
            assertThat(p.getLine()).isPositive();
            assertThat(p.getMessage()).contains("img/x.png").contains("named pipe (FIFO)");
        });
        // a link to a pipe inside the bank, and a link out of it, the same
        Files.delete(dir.resolve("x.png"));
        fifo(dir.resolve("pipe"));
        Files.createSymbolicLink(dir.resolve("x.png"), dir.resolve("pipe"));
        assertThat(loadFails(bank).getMessage()).contains("named pipe (FIFO)");
        BankResources resources = BankResources.directory(tmp.resolve("bank"));
        assertThatThrownBy(() -> assertTimeoutPreemptively(NO_HANG, () -> resources.open("img/x.png")))
                .isInstanceOf(IOException.class).hasMessageContaining("named pipe (FIFO)");
        Files.createDirectories(dir.resolve("sub.png"));
        assertThatThrownBy(() -> resources.open("img/sub.png")).hasMessageContaining("a directory");
    }

    @Test
    void aDirectoryBankReportsEveryMethodFileItCannotRead() throws Exception {
        Path bank = Files.createDirectories(tmp.resolve("bank"));
        Path methods = Files.createDirectories(bank.resolve("methods"));
        Files.writeString(bank.resolve("bank.json"), TestBanks.MINIMAL.replaceFirst("\"methods\": \\[[\\s\\S]*\\]\\s*}\\s*$",
                "\"methods\": []}"));
        String method = "{\"id\": \"%s\", \"name\": \"N\", \"description\": \"D\", \"phases\": [\"kehittaminen/kokeile\"]}";
        Files.createDirectories(bank.resolve("store"));
        Files.writeString(bank.resolve("store/linked.json"), method.formatted("linked"));
        Files.createSymbolicLink(methods.resolve("a-linked.json"), bank.resolve("store/linked.json"));
        assertThat(MethodBanks.load(bank).method("linked")).as("a link inside the bank is read").isPresent();

        Files.writeString(tmp.resolve("outside.json"), method.formatted("outside"));
        Files.createSymbolicLink(methods.resolve("b-outside.json"), tmp.resolve("outside.json"));
        Files.writeString(methods.resolve("C-SHOUTED.JSON"), method.formatted("shouted"));
        Files.createDirectories(methods.resolve("d-folder.json"));
        fifo(methods.resolve("e-pipe.json"));
        Files.writeString(methods.resolve("notes.txt"), "not a method file; ignored");
        MethodBankException e = loadFails(bank);
        assertThat(e.getProblems()).extracting(Problem::getSource).containsExactlyInAnyOrder(
                methods.resolve("b-outside.json").toString(), methods.resolve("C-SHOUTED.JSON").toString(),
                methods.resolve("d-folder.json").toString(), methods.resolve("e-pipe.json").toString());
        assertThat(e.getMessage()).contains("outside the bank's directory").contains("rename it to C-SHOUTED.json")
                .contains("a directory, not a regular file").contains("named pipe (FIFO)");

        // 'methods' that is not a directory is an error too, not a bank without method files
        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.copy(bank.resolve("bank.json"), other.resolve("bank.json"));
        Files.writeString(other.resolve("methods"), "a file");
        assertThat(loadFails(other).getMessage()).contains("methods").contains("not a directory");
    }

    @Test
    void writingABankReplacesOnlyARegularFile() throws Exception {
        Path pipe = fifo(tmp.resolve("out.json"));
        MethodBank bank = MethodBanks.loadSample();
        // before: the temporary file was renamed over the pipe
        assertThatThrownBy(() -> MethodBanks.write(bank, pipe)).isInstanceOf(IOException.class)
                .hasMessageContaining("not a regular file");
        assertThat(Files.isRegularFile(pipe, java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.exists(pipe, java.nio.file.LinkOption.NOFOLLOW_LINKS)).isTrue();
        Path file = tmp.resolve("bank.json");
        MethodBanks.write(bank, file);
        MethodBanks.write(bank, file); // a regular file is replaced
        assertThat(Files.readString(file)).isEqualTo(MethodBanks.toJson(bank));
    }

    @Test
    void aBankJsonLinkedOutOfTheBankIsRefusedWithoutQuotingTheFile() throws Exception {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "hunter2 is the password");
        Path bank = Files.createDirectories(tmp.resolve("bank"));
        Files.createSymbolicLink(bank.resolve("bank.json"), secret);
        // before: the link was followed and the parse error quoted the file's first word
        MethodBankException e = loadFails(bank);
        assertThat(e.getMessage()).contains("outside the bank's directory").doesNotContain("hunter2");
        // a file the user names may be a link to anywhere: they chose it
        Path named = tmp.resolve("named.json");
        Files.writeString(tmp.resolve("target.json"), TestBanks.MINIMAL);
        Files.createSymbolicLink(named, tmp.resolve("target.json"));
        assertThat(MethodBanks.load(named).getMethods()).hasSize(1);
    }
}
