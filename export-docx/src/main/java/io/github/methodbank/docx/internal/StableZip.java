package io.github.methodbank.docx.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Makes a package's bytes depend on its content only: every entry is stamped with one given
 * time (in UTC, whatever the machine's time zone).
 *
 * <p>POI writes its parts in a stable order and its only varying bytes are the entries' DOS
 * times, so {@link #stamp} patches those in place, in the local and central headers, without
 * inflating anything. A package it does not recognise (Zip64, unexpected headers) is
 * rewritten entry by entry by {@link #rewrite} instead.
 */
final class StableZip {

    private static final LocalDateTime DOS_MIN = LocalDateTime.of(1980, 1, 1, 0, 0);
    private static final LocalDateTime DOS_MAX = LocalDateTime.of(2107, 12, 31, 23, 59, 58);

    private StableZip() {}

    /** The package with every entry's time set to {@code time}; patches {@code zip} in place when it can. */
    static byte[] stamp(byte[] zip, Instant time) throws IOException {
        LocalDateTime t = dosTime(time);
        int dosTime = (t.getHour() << 11) | (t.getMinute() << 5) | (t.getSecond() / 2);
        int dosDate = ((t.getYear() - 1980) << 9) | (t.getMonthValue() << 5) | t.getDayOfMonth();
        return patch(zip, dosTime, dosDate) ? zip : rewrite(zip, time);
    }

    private static boolean patch(byte[] zip, int dosTime, int dosDate) {
        int eocd = -1;
        for (int i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65535); i--) {
            if (u32(zip, i) == 0x06054b50L) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0) {
            return false;
        }
        int entries = u16(zip, eocd + 10);
        long cdOffset = u32(zip, eocd + 16);
        if (entries == 0xFFFF || cdOffset == 0xFFFFFFFFL || cdOffset >= eocd) {
            return false;
        }
        // check everything before changing anything
        int[] central = new int[entries];
        int[] local = new int[entries];
        int pos = (int) cdOffset;
        for (int e = 0; e < entries; e++) {
            if (pos + 46 > eocd || u32(zip, pos) != 0x02014b50L) {
                return false;
            }
            long localOffset = u32(zip, pos + 42);
            if (localOffset == 0xFFFFFFFFL || localOffset + 30 > cdOffset || u32(zip, (int) localOffset) != 0x04034b50L) {
                return false;
            }
            central[e] = pos;
            local[e] = (int) localOffset;
            pos += 46 + u16(zip, pos + 28) + u16(zip, pos + 30) + u16(zip, pos + 32);
        }
        for (int e = 0; e < entries; e++) {
            put16(zip, central[e] + 12, dosTime);
            put16(zip, central[e] + 14, dosDate);
            put16(zip, local[e] + 10, dosTime);
            put16(zip, local[e] + 12, dosDate);
        }
        return true;
    }

    private static int u16(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int i) {
        return (u16(b, i) | (long) u16(b, i + 2) << 16) & 0xFFFFFFFFL;
    }

    private static void put16(byte[] b, int i, int v) {
        b[i] = (byte) v;
        b[i + 1] = (byte) (v >>> 8);
    }

    private static LocalDateTime dosTime(Instant time) {
        LocalDateTime stamp = LocalDateTime.ofInstant(time, ZoneOffset.UTC).withNano(0);
        if (stamp.isBefore(DOS_MIN)) {
            return DOS_MIN;
        }
        return stamp.isAfter(DOS_MAX) ? DOS_MAX : stamp;
    }

    /** Rewrites the package entry by entry: fixed order, fixed time, no extra fields. */
    static byte[] rewrite(byte[] zip, Instant time) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>(StableZip::compareNames);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!e.isDirectory()) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        }
        LocalDateTime stamp = dosTime(time);
        ByteArrayOutputStream buf = new ByteArrayOutputStream(zip.length + 1024);
        try (ZipOutputStream out = new ZipOutputStream(buf)) {
            out.setLevel(6);
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTimeLocal(stamp);
                out.putNextEntry(entry);
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return buf.toByteArray();
    }

    private static int compareNames(String a, String b) {
        int ra = rank(a);
        int rb = rank(b);
        return ra != rb ? Integer.compare(ra, rb) : a.compareTo(b);
    }

    private static int rank(String name) {
        if (name.equals("[Content_Types].xml")) {
            return 0;
        }
        if (name.equals("_rels/.rels")) {
            return 1;
        }
        return 2;
    }
}
