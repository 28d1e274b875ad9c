package io.github.methodbank.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hardening checks that need a real process: signals, a full standard output, library logging. */
class HardeningIT {

    @TempDir
    Path tmp;

    static List<String> command(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("methodbank.jar", "target/methodbank.jar")));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** A bank of many methods, so an export runs for a few seconds. */
    private Path largeBank(int methods) throws Exception {
        StringBuilder sb = new StringBuilder("{\"formatVersion\": 1, \"paths\": [], \"methods\": [");
        String text = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(20);
        for (int i = 0; i < methods; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"id\": \"m").append(i).append("\", \"name\": \"Method ").append(i)
                    .append("\", \"description\": \"").append(text).append("\"}");
        }
        return Files.writeString(tmp.resolve("large.json"), sb.append("]}").toString());
    }

    private List<Path> parts() throws Exception {
        try (var s = Files.list(tmp)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        }
    }

    @Test
    void sigtermDuringAnExportLeavesNoTemporaryFile() throws Exception {
        Path bank = largeBank(3000);
        Path out = tmp.resolve("deck.pdf");
        Process p = new ProcessBuilder(command("cards", bank.toString(), "-o", out.toString()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (parts().isEmpty() && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assumeTrue(p.isAlive() && !parts().isEmpty(), "the export ended before it could be interrupted");
            p.destroy(); // SIGTERM
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            // before: the hidden .deck.pdf*.part file was left behind
            assertThat(parts()).isEmpty();
            assertThat(out).doesNotExist();
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void aFullStandardOutputExitsOne() throws Exception {
        File full = new File("/dev/full");
        assumeTrue(full.exists(), "no /dev/full here");
        for (String command : new String[] {"list", "validate"}) {
            Process p = new ProcessBuilder(command(command)).redirectOutput(full).redirectErrorStream(false).start();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(command + " > /dev/full: " + err).isEqualTo(1); // before: 0
            assertThat(err).contains("cannot write to standard output");
        }
    }

    @Test
    void noLibraryLogLineWithoutVerbose() throws Exception {
        // an image that passes the image gate but makes PDFBox log an error (an sRGB chunk of the
        // wrong length, which it then ignores): before, "ERROR PNGConverter ..." was printed even
        // with --quiet; without --verbose no library prints a line now
        Path dir = Files.createDirectories(tmp.resolve("bank/img"));
        Files.write(dir.resolve("x.png"), pngWithShortSrgb());
        Path bank = Files.writeString(tmp.resolve("bank/bank.json"), "{\"formatVersion\": 1, \"paths\": [], \"methods\": "
                + "[{\"id\": \"m\", \"name\": \"N\", \"description\": \"D\", \"image\": \"img/x.png\"}]}");
        Process p = new ProcessBuilder(command("cards", bank.toString(), "-o", tmp.resolve("a.pdf").toString(), "--quiet"))
                .start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(err).isZero();
        assertThat(err).isEmpty();
    }

    /** A 4 × 4 PNG with an sRGB chunk of 0 bytes (it should have 1). */
    static byte[] pngWithShortSrgb() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(out, "IHDR", java.nio.ByteBuffer.allocate(13).putInt(4).putInt(4).put((byte) 8).put((byte) 2).put((byte) 0)
                .put((byte) 0).put((byte) 0).array());
        chunk(out, "sRGB", new byte[0]);
        java.util.zip.Deflater d = new java.util.zip.Deflater();
        d.setInput(new byte[4 * 13]);
        d.finish();
        byte[] z = new byte[256];
        int n = d.deflate(z);
        chunk(out, "IDAT", java.util.Arrays.copyOf(z, n));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    static void chunk(java.io.ByteArrayOutputStream out, String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
