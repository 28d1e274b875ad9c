package io.github.methodbank.core.export;

import java.io.OutputStream;

/**
 * Turns an {@link ExportJob} into bytes of one {@link ExportFormat}.
 *
 * <p>Contract for implementations: thread-safe (one instance serves concurrent exports);
 * never closes {@code out}; never swallows a failure: anything that goes wrong is an
 * {@link ExportException} with a message a user understands; same job and same timestamp
 * give the same bytes. {@link AbstractExporter} keeps the stream and failure parts of this
 * contract for its subclasses.
 */
public interface Exporter {

    /** What this exporter produces. */
    ExportFormat getFormat();

    /**
     * Writes the job's methods to {@code out}, which is flushed but not closed.
     *
     * @throws ExportException when the export fails, including when {@code out} fails
     */
    void export(ExportJob job, OutputStream out) throws ExportException;
}
