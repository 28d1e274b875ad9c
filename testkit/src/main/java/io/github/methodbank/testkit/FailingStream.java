package io.github.methodbank.testkit;

import java.io.IOException;
import java.io.OutputStream;

/**
 * An output stream that fails like a full disk or a closed pipe once {@code limit} bytes have
 * been written, and remembers whether it was closed. For testing how an exporter reports
 * write failures; the contract test uses it too.
 */
public final class FailingStream extends OutputStream {
    private final long limit;
    private long written;
    private boolean closed;

    /** A stream that accepts {@code limit} bytes, then fails every write and flush. */
    public FailingStream(long limit) {
        this.limit = limit;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (written + len > limit) {
            throw new IOException("No space left on device");
        }
        written += len;
    }

    @Override
    public void flush() throws IOException {
        if (written >= limit) {
            throw new IOException("No space left on device");
        }
    }

    @Override
    public void close() {
        closed = true;
    }

    /** Whether {@link #close()} was called. */
    public boolean isClosed() {
        return closed;
    }
}
