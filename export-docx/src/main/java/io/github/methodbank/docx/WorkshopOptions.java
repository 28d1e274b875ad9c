package io.github.methodbank.docx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How a workshop document is made: start time of the agenda, title, corporate template,
 * discussion questions, rows of the next-steps table and an optional fixed timestamp.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}; {@link #defaults()} gives the
 * default options.
 */
public final class WorkshopOptions {

    /** The most empty rows the next-steps table can have. */
    public static final int MAX_NEXT_STEP_ROWS = 50;

    /** The most built-in discussion questions there are. */
    public static final int MAX_DEFAULT_QUESTIONS = 5;

    /** The largest template accepted, in bytes (a template is a style sheet, not a book). */
    public static final int MAX_TEMPLATE_BYTES = 32 * 1024 * 1024;

    private static final WorkshopOptions DEFAULTS = builder().build();

    private final LocalTime startTime;
    private final String title;
    private final byte[] template;
    private final String templateName;
    private final int questionCount;
    private final List<String> questions;
    private final int nextStepRows;
    private final Instant fixedTimestamp;

    private WorkshopOptions(Builder b) {
        this.startTime = b.startTime;
        this.title = b.title;
        this.template = b.template;
        this.templateName = b.templateName;
        this.questionCount = b.questionCount;
        this.questions = b.questions;
        this.nextStepRows = b.nextStepRows;
        this.fixedTimestamp = b.fixedTimestamp;
    }

    /** The default options: start at 09:00, three built-in questions, five empty next-step rows. */
    public static WorkshopOptions defaults() {
        return DEFAULTS;
    }

    /** A new builder with the default values. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these options, to change some of them. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.startTime = startTime;
        b.title = title;
        b.template = template;
        b.templateName = templateName;
        b.questionCount = questionCount;
        b.questions = questions;
        b.nextStepRows = nextStepRows;
        b.fixedTimestamp = fixedTimestamp;
        return b;
    }

    /** When the workshop starts; the agenda's clock times run from here. Default 09:00. */
    public LocalTime startTime() {
        return startTime;
    }

    /**
     * The workshop title, when set. Without it the title is the method's name, or for several
     * methods the bank title followed by the methods' names.
     */
    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    /** The bytes of the corporate template (.docx or .dotx), when set; a copy. */
    public Optional<byte[]> template() {
        return template == null ? Optional.empty() : Optional.of(template.clone());
    }

    /** The template's name for messages (its file name, or "(given as bytes)"), when a template is set. */
    public Optional<String> templateName() {
        return template == null ? Optional.empty() : Optional.of(templateName);
    }

    /**
     * How many of the built-in discussion questions to print (0 to {@value #MAX_DEFAULT_QUESTIONS});
     * empty when custom questions are set. Default 3.
     */
    public OptionalInt questionCount() {
        return questions == null ? OptionalInt.of(questionCount) : OptionalInt.empty();
    }

    /** The custom discussion questions, when set; they replace the built-in ones. */
    public Optional<List<String>> questions() {
        return Optional.ofNullable(questions);
    }

    /** How many empty rows the next-steps table has (0 to {@value #MAX_NEXT_STEP_ROWS}). Default 5. */
    public int nextStepRows() {
        return nextStepRows;
    }

    /**
     * A timestamp that replaces the job's {@code effectiveTimestamp()} in the document's
     * properties, when set. Normally the job's timestamp (or {@code SOURCE_DATE_EPOCH}) is used.
     */
    public Optional<Instant> fixedTimestamp() {
        return Optional.ofNullable(fixedTimestamp);
    }

    byte[] templateBytes() {
        return template;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkshopOptions other
                && startTime.equals(other.startTime)
                && Objects.equals(title, other.title)
                && Arrays.equals(template, other.template)
                && Objects.equals(templateName, other.templateName)
                && questionCount == other.questionCount
                && Objects.equals(questions, other.questions)
                && nextStepRows == other.nextStepRows
                && Objects.equals(fixedTimestamp, other.fixedTimestamp);
    }

    @Override
    public int hashCode() {
        return Objects.hash(startTime, title, Arrays.hashCode(template), templateName, questionCount, questions,
                nextStepRows, fixedTimestamp);
    }

    @Override
    public String toString() {
        return "WorkshopOptions{start=" + startTime
                + (title == null ? "" : ", title=" + title)
                + (template == null ? "" : ", template=" + templateName + " (" + template.length + " bytes)")
                + (questions == null ? ", questions=" + questionCount : ", questions=" + questions)
                + ", nextStepRows=" + nextStepRows
                + (fixedTimestamp == null ? "" : ", fixedTimestamp=" + fixedTimestamp) + "}";
    }

    /** Builds {@link WorkshopOptions}. Not thread-safe; the options it builds are. */
    public static final class Builder {
        private LocalTime startTime = LocalTime.of(9, 0);
        private String title;
        private byte[] template;
        private String templateName;
        private int questionCount = 3;
        private List<String> questions;
        private int nextStepRows = 5;
        private Instant fixedTimestamp;

        Builder() {}

        /** When the workshop starts (seconds are dropped). */
        public Builder startTime(LocalTime startTime) {
            this.startTime = Objects.requireNonNull(startTime, "startTime").truncatedTo(ChronoUnit.MINUTES);
            return this;
        }

        /** The workshop title; must not be blank. */
        public Builder title(String title) {
            Objects.requireNonNull(title, "title");
            if (title.isBlank()) {
                throw new IllegalArgumentException("the workshop title must not be blank");
            }
            this.title = title;
            return this;
        }

        /** Go back to the default title (the method name, or the bank title and method names). */
        public Builder defaultTitle() {
            this.title = null;
            return this;
        }

        /**
         * Reads a corporate template (.docx or .dotx) from a file; its styles, and its headers and
         * footers where it has them, are used.
         *
         * <p>Reading a template tightens Apache POI's process-wide zip-bomb limits
         * ({@code ZipSecureFile}: minimum inflate ratio 0.01, largest entry 64 MB) if they are looser;
         * it never loosens them. Applications that rely on looser POI limits elsewhere should know.
         *
         * @throws UncheckedIOException when the file cannot be read
         * @throws IllegalArgumentException when the file is larger than {@value #MAX_TEMPLATE_BYTES} bytes
         */
        public Builder template(java.nio.file.Path file) {
            Objects.requireNonNull(file, "file");
            try {
                long size = Files.size(file);
                if (size > MAX_TEMPLATE_BYTES) {
                    throw new IllegalArgumentException("template " + file + " is " + size + " bytes; a template may be at most "
                            + MAX_TEMPLATE_BYTES + " bytes");
                }
                this.template = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read template " + file + ": " + e.getMessage(), e);
            }
            java.nio.file.Path name = file.getFileName();
            this.templateName = name == null ? file.toString() : name.toString();
            return this;
        }

        /** A corporate template (.docx or .dotx) given as bytes; the array is copied. */
        public Builder template(byte[] template) {
            Objects.requireNonNull(template, "template");
            if (template.length > MAX_TEMPLATE_BYTES) {
                throw new IllegalArgumentException("the template is " + template.length + " bytes; a template may be at most "
                        + MAX_TEMPLATE_BYTES + " bytes");
            }
            this.template = template.clone();
            this.templateName = "(given as bytes)";
            return this;
        }

        /** No corporate template: the document's own styles are used. */
        public Builder noTemplate() {
            this.template = null;
            this.templateName = null;
            return this;
        }

        /** Print this many of the built-in discussion questions (0 to {@value #MAX_DEFAULT_QUESTIONS}). */
        public Builder discussionQuestions(int count) {
            if (count < 0 || count > MAX_DEFAULT_QUESTIONS) {
                throw new IllegalArgumentException("discussionQuestions must be 0 to " + MAX_DEFAULT_QUESTIONS + ", was " + count);
            }
            this.questionCount = count;
            this.questions = null;
            return this;
        }

        /** Print these discussion questions instead of the built-in ones; none may be blank. */
        public Builder discussionQuestions(List<String> questions) {
            Objects.requireNonNull(questions, "questions");
            for (String q : questions) {
                Objects.requireNonNull(q, "question");
                if (q.isBlank()) {
                    throw new IllegalArgumentException("a discussion question must not be blank");
                }
            }
            this.questions = List.copyOf(questions);
            return this;
        }

        /** How many empty rows the next-steps table has (0 to {@value #MAX_NEXT_STEP_ROWS}). */
        public Builder nextStepRows(int rows) {
            if (rows < 0 || rows > MAX_NEXT_STEP_ROWS) {
                throw new IllegalArgumentException("nextStepRows must be 0 to " + MAX_NEXT_STEP_ROWS + ", was " + rows);
            }
            this.nextStepRows = rows;
            return this;
        }

        /** Use this timestamp in the document's properties instead of the job's. */
        public Builder fixedTimestamp(Instant timestamp) {
            this.fixedTimestamp = Objects.requireNonNull(timestamp, "timestamp");
            return this;
        }

        /** The options. */
        public WorkshopOptions build() {
            return new WorkshopOptions(this);
        }
    }
}
