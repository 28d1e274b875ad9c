package io.github.methodbank.html.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Where the files of a site go: a ZIP stream or a directory. Not API. */
public interface SiteSink {

    /**
     * Adds a file.
     *
     * @param path its path in the site, {@code /}-separated, made by this module
     * @param bytes its content
     * @throws IOException when it cannot be written
     */
    void put(String path, byte[] bytes) throws IOException;

    /**
     * A ZIP archive written to a stream it does not close: entries in the order given, each with the
     * export's timestamp (as a UTC date and time, without extra fields), compressed at a fixed level,
     * so the same site gives the same bytes.
     */
    final class Zip implements SiteSink, AutoCloseable {
        private final ZipOutputStream zip;
        private final LocalDateTime time;

        /**
         * A sink into {@code out}.
         *
         * @param out the caller's stream; never closed
         * @param timestamp the time every entry carries
         */
        public Zip(OutputStream out, Instant timestamp) {
            this.zip = new ZipOutputStream(new FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush(); // the caller's stream stays open
                }
            });
            zip.setLevel(Deflater.DEFAULT_COMPRESSION);
            LocalDateTime t = LocalDateTime.ofInstant(timestamp, ZoneOffset.UTC);
            LocalDateTime min = LocalDateTime.of(1980, 1, 1, 0, 0);
            LocalDateTime max = LocalDateTime.of(2107, 12, 31, 23, 59, 58);
            this.time = t.isBefore(min) ? min : t.isAfter(max) ? max : t;
        }

        @Override
        public void put(String path, byte[] bytes) throws IOException {
            ZipEntry e = new ZipEntry(path);
            e.setTimeLocal(time);
            boolean stored = path.endsWith(".png") || path.endsWith(".jpg") || path.endsWith(".pdf")
                    || path.endsWith(".docx");
            if (stored) {
                // already compressed: stored as they are
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                crc.update(bytes);
                e.setMethod(ZipEntry.STORED);
                e.setSize(bytes.length);
                e.setCompressedSize(bytes.length);
                e.setCrc(crc.getValue());
            }
            zip.putNextEntry(e);
            zip.write(bytes);
            zip.closeEntry();
        }

        /** Writes the archive's directory; the stream stays open. */
        public void finish() throws IOException {
            zip.finish();
        }

        @Override
        public void close() throws IOException {
            zip.close(); // finishes; the wrapper keeps the caller's stream open
        }
    }

    /** A directory: each file written to its path below it. */
    final class Directory implements SiteSink {
        private final Path root;

        /**
         * A sink into an existing directory.
         *
         * @param root the directory
         */
        public Directory(Path root) {
            this.root = root.toAbsolutePath().normalize();
        }

        @Override
        public void put(String path, byte[] bytes) throws IOException {
            Path file = root.resolve(path).normalize();
            if (!file.startsWith(root) || file.equals(root)) {
                throw new IOException("'" + path + "' lies outside the site");
            }
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        }
    }
}
