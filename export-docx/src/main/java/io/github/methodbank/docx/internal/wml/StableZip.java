package io.github.methodbank.docx.internal.wml;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes a zip archive whose bytes depend on its content only: entries in the order they are
 * added, every entry stamped with one given time (in UTC, whatever the machine's time zone),
 * no extra fields, no data descriptors, no comments. Entries are deflated as they are added,
 * straight into one in-memory buffer. Not thread-safe; one per document.
 *
 * <p>Zip64 is not written: a workshop document stays far below 4 GB and 65,535 entries, and
 * going past either fails rather than writing a broken archive.
 */
public final class StableZip implements AutoCloseable {

    private static final LocalDateTime DOS_MIN = LocalDateTime.of(1980, 1, 1, 0, 0);
    private static final LocalDateTime DOS_MAX = LocalDateTime.of(2107, 12, 31, 23, 59, 58);
    /**
     * Deflate level: zlib's default, as POI and Word use. The fastest level (1) made a
     * one-method document about 40% faster to write but 5% larger, a long repetitive one
     * nearly twice as large.
     */
    public static final int LEVEL = Deflater.DEFAULT_COMPRESSION;

    /** A part deflated once and stored as is in any number of archives. */
    public record Deflated(byte[] data, int crc, int size) {}

    private record Entry(byte[] name, int crc, int size, int compressedSize, int offset) {}

    private final int dosTime;
    private final int dosDate;
    private final Deflater deflater = new Deflater(LEVEL, true);
    private final CRC32 crc = new CRC32();
    private final List<Entry> entries = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private byte[] buf;
    private int len;

    /** An empty archive whose entries will carry {@code time}. */
    public StableZip(Instant time, int capacity) {
        LocalDateTime t = dosTime(time);
        dosTime = (t.getHour() << 11) | (t.getMinute() << 5) | (t.getSecond() / 2);
        dosDate = ((t.getYear() - 1980) << 9) | (t.getMonthValue() << 5) | t.getDayOfMonth();
        buf = new byte[Math.max(capacity, 1024)];
    }

    /** Deflates {@code data[0, size)} once, for {@link #add(String, Deflated)}. */
    public static Deflated deflate(byte[] data, int size) {
        Deflater d = new Deflater(LEVEL, true);
        try {
            d.setInput(data, 0, size);
            d.finish();
            byte[] out = new byte[size + 64];
            int n = 0;
            while (!d.finished()) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                n += d.deflate(out, n, out.length - n);
            }
            CRC32 c = new CRC32();
            c.update(data, 0, size);
            return new Deflated(Arrays.copyOf(out, n), (int) c.getValue(), size);
        } finally {
            d.end();
        }
    }

    /** Adds an entry holding {@code data[0, size)}, deflated. */
    public void add(String name, byte[] data, int size) {
        byte[] n = header(name);
        int headerAt = len;
        localHeader(n, 0, 0, 0);
        int dataAt = len;
        deflater.reset();
        deflater.setInput(data, 0, size);
        deflater.finish();
        while (!deflater.finished()) {
            ensure(Math.max(1024, size / 4));
            len += deflater.deflate(buf, len, buf.length - len);
        }
        crc.reset();
        crc.update(data, 0, size);
        int compressed = len - dataAt;
        int c = (int) crc.getValue();
        put32(headerAt + 14, c);
        put32(headerAt + 18, compressed);
        put32(headerAt + 22, size);
        entries.add(new Entry(n, c, size, compressed, headerAt));
    }

    /** Adds an entry whose data was deflated beforehand. */
    public void add(String name, Deflated part) {
        byte[] n = header(name);
        int headerAt = len;
        localHeader(n, part.crc(), part.data().length, part.size());
        ensure(part.data().length);
        System.arraycopy(part.data(), 0, buf, len, part.data().length);
        len += part.data().length;
        entries.add(new Entry(n, part.crc(), part.size(), part.data().length, headerAt));
    }

    private byte[] header(String name) {
        if (!names.add(name)) {
            throw new IllegalArgumentException("duplicate zip entry " + name);
        }
        if (entries.size() == 0xFFFF) {
            throw new IllegalStateException("too many zip entries");
        }
        return name.getBytes(StandardCharsets.UTF_8);
    }

    private void localHeader(byte[] name, int crc32, int compressed, int size) {
        ensure(30 + name.length);
        put32(len, 0x04034b50);
        put16(len + 4, 20);             // version needed: deflate
        put16(len + 6, flags(name));
        put16(len + 8, 8);              // deflated
        put16(len + 10, dosTime);
        put16(len + 12, dosDate);
        put32(len + 14, crc32);
        put32(len + 18, compressed);
        put32(len + 22, size);
        put16(len + 26, name.length);
        put16(len + 28, 0);             // no extra field
        len += 30;
        System.arraycopy(name, 0, buf, len, name.length);
        len += name.length;
    }

    /** Bit 11 (names in UTF-8) when the name is not plain ASCII. */
    private static int flags(byte[] name) {
        for (byte b : name) {
            if (b < 0) {
                return 1 << 11;
            }
        }
        return 0;
    }

    /** Writes the central directory; returns the whole archive. */
    public byte[] toByteArray() {
        finish();
        return Arrays.copyOf(buf, len);
    }

    private boolean finished;

    private void finish() {
        if (finished) {
            return;
        }
        finished = true;
        deflater.end();
        int cdAt = len;
        for (Entry e : entries) {
            ensure(46 + e.name().length);
            put32(len, 0x02014b50);
            put16(len + 4, 20);         // made by: MS-DOS, zip 2.0
            put16(len + 6, 20);
            put16(len + 8, flags(e.name()));
            put16(len + 10, 8);
            put16(len + 12, dosTime);
            put16(len + 14, dosDate);
            put32(len + 16, e.crc());
            put32(len + 20, e.compressedSize());
            put32(len + 24, e.size());
            put16(len + 28, e.name().length);
            put16(len + 30, 0);
            put16(len + 32, 0);
            put16(len + 34, 0);
            put16(len + 36, 0);
            put32(len + 38, 0);
            put32(len + 42, e.offset());
            len += 46;
            System.arraycopy(e.name(), 0, buf, len, e.name().length);
            len += e.name().length;
        }
        ensure(22);
        put32(len, 0x06054b50);
        put16(len + 4, 0);
        put16(len + 6, 0);
        put16(len + 8, entries.size());
        put16(len + 10, entries.size());
        put32(len + 12, len - cdAt);
        put32(len + 16, cdAt);
        put16(len + 20, 0);
        len += 22;
    }

    @Override
    public void close() {
        if (!finished) {
            finished = true;
            deflater.end();
        }
    }

    private void ensure(int more) {
        long need = (long) len + more;
        if (need > Integer.MAX_VALUE - 16) {
            throw new IllegalStateException("workshop document larger than 2 GB");
        }
        if (need > buf.length) {
            buf = Arrays.copyOf(buf, (int) Math.min(Integer.MAX_VALUE - 16, Math.max(need, (long) buf.length * 2)));
        }
    }

    private void put16(int at, int v) {
        buf[at] = (byte) v;
        buf[at + 1] = (byte) (v >>> 8);
    }

    private void put32(int at, int v) {
        put16(at, v);
        put16(at + 2, v >>> 16);
    }

    public static LocalDateTime dosTime(Instant time) {
        LocalDateTime stamp = LocalDateTime.ofInstant(time, ZoneOffset.UTC).withNano(0);
        if (stamp.isBefore(DOS_MIN)) {
            return DOS_MIN;
        }
        return stamp.isAfter(DOS_MAX) ? DOS_MAX : stamp;
    }
}
