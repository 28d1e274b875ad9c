package io.github.methodbank.docx;

import io.github.methodbank.core.export.ExportException;
import io.github.methodbank.core.export.ExportFormat;
import io.github.methodbank.core.export.ExportJob;
import io.github.methodbank.core.export.Exporter;
import io.github.methodbank.docx.internal.WorkshopWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * Exports a job's methods as one Word workshop document (.docx): a cover with the purpose,
 * the methods' places on their paths and fill-in fields; preparation; an agenda with clock
 * times; the methods' texts; working pages with discussion questions and a next-steps table.
 *
 * <pre>{@code
 * Exporter exporter = DocxWorkshopExporter.builder().startTime(LocalTime.of(13, 0)).build();
 * exporter.export(ExportJob.of(bank, List.of(method), "fi"), out);
 * }</pre>
 *
 * <p>Immutable and thread-safe: one instance serves many concurrent exports. Never closes
 * the caller's stream. The same job with the same timestamp gives the same bytes.
 */
public final class DocxWorkshopExporter implements Exporter {

    /** The format this exporter writes. */
    public static final ExportFormat FORMAT = ExportFormat.of("docx-workshop", "Word workshop template",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

    private static final DocxWorkshopExporter DEFAULTS = new DocxWorkshopExporter(WorkshopOptions.defaults());

    private final WorkshopOptions options;

    private DocxWorkshopExporter(WorkshopOptions options) {
        this.options = options;
    }

    /** An exporter with the default options. */
    public static DocxWorkshopExporter withDefaults() {
        return DEFAULTS;
    }

    /** A new builder, starting from the default options. */
    public static Builder builder() {
        return new Builder(WorkshopOptions.builder());
    }

    /** An exporter with these options. */
    public static DocxWorkshopExporter of(WorkshopOptions options) {
        return new DocxWorkshopExporter(Objects.requireNonNull(options, "options"));
    }

    /** The options this exporter uses. */
    public WorkshopOptions options() {
        return options;
    }

    @Override
    public ExportFormat format() {
        return FORMAT;
    }

    @Override
    public void export(ExportJob job, OutputStream out) throws ExportException {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(out, "out");
        byte[] bytes = WorkshopWriter.write(job, options, options.templateBytes(), options.templateName().orElse(null));
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new ExportException("could not write the workshop document: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "DocxWorkshopExporter" + options;
    }

    /** Builds a {@link DocxWorkshopExporter}; the setters mirror {@link WorkshopOptions.Builder}. */
    public static final class Builder {
        private WorkshopOptions.Builder options;

        private Builder(WorkshopOptions.Builder options) {
            this.options = options;
        }

        /** Start from these options. */
        public Builder options(WorkshopOptions options) {
            Objects.requireNonNull(options, "options");
            this.options = options.toBuilder();
            return this;
        }

        /** When the workshop starts; the agenda's clock times run from here. Default 09:00. */
        public Builder startTime(LocalTime startTime) {
            options.startTime(startTime);
            return this;
        }

        /** The workshop title instead of the method name(s). */
        public Builder title(String title) {
            options.title(title);
            return this;
        }

        /** A corporate template (.docx or .dotx) read from a file; see {@link WorkshopOptions.Builder#template(java.nio.file.Path)}. */
        public Builder template(java.nio.file.Path file) {
            options.template(file);
            return this;
        }

        /** A corporate template (.docx or .dotx) as bytes; the array is copied. */
        public Builder template(byte[] template) {
            options.template(template);
            return this;
        }

        /** How many built-in discussion questions to print (0 to 5). */
        public Builder discussionQuestions(int count) {
            options.discussionQuestions(count);
            return this;
        }

        /** Custom discussion questions instead of the built-in ones. */
        public Builder discussionQuestions(List<String> questions) {
            options.discussionQuestions(questions);
            return this;
        }

        /** How many empty rows the next-steps table has (0 to 50). */
        public Builder nextStepRows(int rows) {
            options.nextStepRows(rows);
            return this;
        }

        /** A timestamp for the document's properties instead of the job's. */
        public Builder fixedTimestamp(Instant timestamp) {
            options.fixedTimestamp(timestamp);
            return this;
        }

        /** The exporter. */
        public DocxWorkshopExporter build() {
            return new DocxWorkshopExporter(options.build());
        }
    }
}
