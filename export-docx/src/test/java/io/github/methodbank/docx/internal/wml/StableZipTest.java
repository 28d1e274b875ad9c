package io.github.methodbank.docx.internal.wml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StableZipTest {

    private static byte[] zip(Instant time, String... names) {
        try (StableZip zip = new StableZip(time, 16)) {
            for (String n : names) {
                byte[] content = ("content of " + n).repeat(50).getBytes(StandardCharsets.UTF_8);
                if (n.endsWith(".pre")) {
                    zip.add(n, StableZip.deflate(content, content.length));
                } else {
                    zip.add(n, content, content.length);
                }
            }
            return zip.toByteArray();
        }
    }

    private static List<String> entries(byte[] zip, List<LocalDateTime> times) throws Exception {
        List<String> out = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                out.add(e.getName() + "=" + content.substring(0, content.length() / 50));
                times.add(e.getTimeLocal());
                assertThat(e.getExtra()).as("extra field of %s", e.getName()).isNull();
            }
        }
        return out;
    }

    @Test
    void entriesCarryTheGivenTimeInUtcWhateverTheTimeZone() throws Exception {
        Instant t = Instant.parse("2026-03-02T10:15:30Z");
        TimeZone old = TimeZone.getDefault();
        byte[] a;
        byte[] b;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Europe/Helsinki"));
            a = zip(t, "a.xml", "b.xml");
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            b = zip(t, "a.xml", "b.xml");
        } finally {
            TimeZone.setDefault(old);
        }
        assertThat(a).isEqualTo(b);
        List<LocalDateTime> times = new ArrayList<>();
        assertThat(entries(a, times)).containsExactly("a.xml=content of a.xml", "b.xml=content of b.xml");
        assertThat(times).containsOnly(LocalDateTime.of(2026, 3, 2, 10, 15, 30));
    }

    @Test
    void entriesKeepTheirOrderAndTimesBeforeTheDosEpochAreClamped() throws Exception {
        byte[] r = zip(Instant.parse("1970-01-01T00:00:00Z"), "[Content_Types].xml", "_rels/.rels", "word/document.xml");
        List<LocalDateTime> times = new ArrayList<>();
        assertThat(entries(r, times)).extracting(s -> s.substring(0, s.indexOf('=')))
                .containsExactly("[Content_Types].xml", "_rels/.rels", "word/document.xml");
        // before the DOS epoch: clamped to its first day
        assertThat(times).containsOnly(LocalDateTime.of(1980, 1, 1, 0, 0));
    }

    @Test
    void theCentralDirectoryAgreesWithTheEntries(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.zip");
        Files.write(file, zip(Instant.parse("2026-03-02T10:15:30Z"), "a.xml", "b.pre", "c/d.xml"));
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<String> names = new ArrayList<>();
            zip.stream().forEach(e -> names.add(e.getName()));
            assertThat(names).containsExactly("a.xml", "b.pre", "c/d.xml");
            for (String n : names) {
                // ZipFile reads sizes, CRC and offsets from the central directory and checks the CRC on reading
                assertThat(new String(zip.getInputStream(zip.getEntry(n)).readAllBytes(), StandardCharsets.UTF_8))
                        .isEqualTo(("content of " + n).repeat(50));
                assertThat(zip.getEntry(n).getMethod()).isEqualTo(ZipEntry.DEFLATED);
            }
        }
    }

    @Test
    void anEntryNameIsWrittenOnce() {
        assertThatThrownBy(() -> zip(Instant.EPOCH, "a.xml", "a.xml")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a.xml");
    }
}
