package io.github.methodbank.core.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * A base for exporters that keeps the stream and failure parts of the {@link Exporter}
 * contract in one place: it checks the arguments, lets {@link #write(ExportJob, OutputStream)} do
 * the work, flushes (never closes) the stream, and turns every failure into one
 * {@link ExportException} that says what could not be written and why.
 */
public abstract class AbstractExporter implements Exporter {

    /** For subclasses. */
    protected AbstractExporter() {}

    @Override
    public final void export(ExportJob job, OutputStream out) throws ExportException {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(out, "out");
        try {
            write(job, out);
            out.flush();
        } catch (ExportException e) {
            throw e;
        } catch (IOException | UncheckedIOException e) {
            throw new ExportException(getFormat().getDisplayName() + " could not be written: " + describe(e), e);
        } catch (RuntimeException e) {
            throw new ExportException(getFormat().getDisplayName() + " could not be written: " + describe(e), e);
        }
    }

    /**
     * Writes the job to {@code out}; the stream is flushed afterwards and never closed.
     *
     * @param job the export job
     * @param out where the bytes go
     * @throws IOException when writing fails
     * @throws ExportException when the job cannot be exported, with a message that names the
     *     method and section to blame
     */
    protected abstract void write(ExportJob job, OutputStream out) throws IOException, ExportException;

    private static String describe(Exception e) {
        Throwable t = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }
}
