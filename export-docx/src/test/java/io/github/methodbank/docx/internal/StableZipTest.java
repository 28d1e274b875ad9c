package io.github.methodbank.docx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class StableZipTest {

    private static byte[] zip(long millis, String... names) throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(buf)) {
            for (String n : names) {
                ZipEntry e = new ZipEntry(n);
                e.setTime(millis);
                out.putNextEntry(e);
                out.write(("content of " + n).getBytes());
                out.closeEntry();
            }
        }
        return buf.toByteArray();
    }

    private static List<String> entries(byte[] zip, List<LocalDateTime> times) throws Exception {
        List<String> out = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.add(e.getName() + "=" + new String(in.readAllBytes()));
                times.add(e.getTimeLocal());
            }
        }
        return out;
    }

    @Test
    void entriesWrittenAtDifferentTimesEndUpIdentical() throws Exception {
        Instant t = Instant.parse("2026-03-02T10:15:30Z");
        byte[] a = StableZip.stamp(zip(1_000_000_000_000L, "a.xml", "b.xml"), t);
        byte[] b = StableZip.stamp(zip(1_700_000_000_000L, "a.xml", "b.xml"), t);
        assertThat(a).isEqualTo(b);
        List<LocalDateTime> times = new ArrayList<>();
        assertThat(entries(a, times)).containsExactly("a.xml=content of a.xml", "b.xml=content of b.xml");
        assertThat(times).containsOnly(LocalDateTime.of(2026, 3, 2, 10, 15, 30));
    }

    @Test
    void rewriteFixesOrderAndTime() throws Exception {
        Instant t = Instant.parse("1970-01-01T00:00:00Z");
        byte[] r = StableZip.rewrite(zip(1_000_000_000_000L, "word/document.xml", "_rels/.rels", "[Content_Types].xml"), t);
        List<LocalDateTime> times = new ArrayList<>();
        assertThat(entries(r, times)).extracting(s -> s.substring(0, s.indexOf('=')))
                .containsExactly("[Content_Types].xml", "_rels/.rels", "word/document.xml");
        // before the DOS epoch: clamped to its first day
        assertThat(times).containsOnly(LocalDateTime.of(1980, 1, 1, 0, 0));
    }

    @Test
    void picturesAreSizedFromTheirHeaders() throws Exception {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(321, 123, java.awt.image.BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", png);
        ByteArrayOutputStream jpg = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "jpg", jpg);
        assertThat(Pictures.pngSize(png.toByteArray())).containsExactly(321, 123);
        assertThat(Pictures.jpegSize(jpg.toByteArray())).containsExactly(321, 123);
        assertThat(Pictures.jpegSize(new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10})).isNull();
    }
}
