package io.github.methodbank.pdf.internal.write;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccess;
import org.apache.pdfbox.io.RandomAccessReadView;
import org.apache.pdfbox.io.ScratchFile;

/**
 * Holds the compressed page content of one document in a single buffer: the first
 * {@link #MEMORY_BYTES} in the heap, the rest in a scratch file that is deleted on {@link #close}.
 * Each page's content stream is a view on its part of the buffer.
 *
 * <p>PDFBox gives every stream a buffer of its own, and every such buffer keeps a 4 KB page in
 * memory however little it holds; for a deck of 20,000 pages that alone is 90 MB of heap. One
 * shared buffer keeps the heap flat however many pages there are. One instance per export call.
 * Not API.
 */
public final class ContentStore implements Closeable {

    /** How much content stays in the heap before the rest goes to the scratch file. */
    static final long MEMORY_BYTES = 16L * 1024 * 1024;

    private final ScratchFile scratch;
    private final RandomAccess buffer;

    ContentStore() throws IOException {
        this(MEMORY_BYTES);
    }

    /** A store keeping {@code memoryBytes} in the heap (a multiple of 4 KB), for tests. */
    ContentStore(long memoryBytes) throws IOException {
        scratch = new ScratchFile(MemoryUsageSetting.setupMixed(memoryBytes));
        RandomAccess b;
        try {
            b = scratch.createBuffer();
        } catch (IOException | RuntimeException e) {
            scratch.close();
            throw e;
        }
        buffer = b;
    }

    /** The writer of one part; {@link Part#stream} makes the stream once its bytes are written. */
    final class Part extends OutputStream {
        private final long start;

        private Part() throws IOException {
            start = buffer.length();
            buffer.seek(start);
        }

        @Override
        public void write(int b) throws IOException {
            buffer.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            buffer.write(b, off, len);
        }

        /** A stream (Flate-compressed) whose data is the bytes written to this part. */
        COSStream stream() throws IOException {
            COSStream s = new COSStream(null, new RandomAccessReadView(buffer, start, buffer.length() - start));
            s.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            return s;
        }
    }

    /** Starts a part at the end of the buffer. Parts are written one after another, never interleaved. */
    Part part() throws IOException {
        return new Part();
    }

    @Override
    public void close() throws IOException {
        try {
            buffer.close();
        } finally {
            scratch.close();
        }
    }
}
