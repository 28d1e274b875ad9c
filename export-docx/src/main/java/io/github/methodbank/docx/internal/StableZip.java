package io.github.methodbank.docx.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a package so the same content gives the same bytes: entries in a fixed order
 * ({@code [Content_Types].xml}, then {@code _rels/.rels}, then by name), every entry stamped
 * with one given time (in UTC, whatever the machine's time zone), no extra fields.
 */
final class StableZip {

    private static final LocalDateTime DOS_MIN = LocalDateTime.of(1980, 1, 1, 0, 0);
    private static final LocalDateTime DOS_MAX = LocalDateTime.of(2107, 12, 31, 23, 59, 58);

    private StableZip() {}

    static byte[] rewrite(byte[] zip, Instant time) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>(StableZip::compareNames);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!e.isDirectory()) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        }
        LocalDateTime stamp = LocalDateTime.ofInstant(time, ZoneOffset.UTC).withNano(0);
        if (stamp.isBefore(DOS_MIN)) {
            stamp = DOS_MIN;
        } else if (stamp.isAfter(DOS_MAX)) {
            stamp = DOS_MAX;
        }
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

    /** The entry names in the order they are written. */
    static List<String> order(Iterable<String> names) {
        List<String> out = new ArrayList<>();
        names.forEach(out::add);
        out.sort(StableZip::compareNames);
        return out;
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
