package io.github.methodbank.docx;

import io.github.methodbank.core.export.AbstractExporter;
import io.github.methodbank.core.export.ExportException;
import io.github.methodbank.core.export.ExportFormat;
import io.github.methodbank.core.export.ExportJob;
import io.github.methodbank.core.export.ExportOption;
import io.github.methodbank.core.export.ExportOptionSet;
import io.github.methodbank.core.internal.style.ModelStyle;
import io.github.methodbank.docx.internal.WorkshopWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Exports a job's methods as one Word workshop document (.docx): a cover with the purpose,
 * the methods' places on their paths and fill-in fields; preparation; an agenda with clock
 * times; the methods' texts; working pages with discussion questions and a next-steps table.
 * The exporter is its options: build one with {@link #builder()}, change a copy with
 * {@code DocxWorkshopExporter.builder().from(exporter)}.
 *
 * <pre>{@code
 * DocxWorkshopExporter exporter = DocxWorkshopExporter.builder().startTime(LocalTime.of(13, 0)).build();
 * exporter.export(ExportJob.of(bank, List.of(method), "fi"), out);
 * }</pre>
 *
 * <p>Options tools set from text are declared once below as {@link ExportOption}s and bound in
 * {@link #OPTIONS}. Immutable and thread-safe: one instance serves many concurrent exports. Never
 * closes the caller's stream. The same job with the same timestamp gives the same bytes.
 */
@Value.Immutable
@ModelStyle
public abstract class DocxWorkshopExporter extends AbstractExporter {

    /** The format this exporter writes. */
    public static final ExportFormat FORMAT = ExportFormat.of("docx-workshop", "Word workshop template",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    static final ExportOption<LocalTime> START = ExportOption.text("start",
            "when the workshop starts, on a 24-hour clock; the agenda's times run from it", "HH:MM",
            DocxWorkshopExporter::parseTime, HH_MM::format, LocalTime.of(9, 0), List.of());
    static final ExportOption<String> TITLE = ExportOption.text("title",
            "the workshop's title (default: the method's name, or the bank's title and the methods' names)", "TEXT",
            DocxWorkshopExporter::nonBlank, t -> t, null, List.of());
    static final ExportOption<WorkshopTemplate> TEMPLATE = ExportOption.text("template",
            "a .docx or .dotx file whose styles, headers and footers the document takes", "FILE",
            WorkshopTemplate::parse, WorkshopTemplate::getName, null, List.of());
    static final ExportOption<Integer> QUESTIONS = ExportOption.wholeNumber("questions",
            "how many of the built-in discussion questions to print", 0, 5, 3);
    static final ExportOption<Map<String, Integer>> TIME = ExportOption.text("time",
            "minutes the agenda gives a method, in place of its steps' minutes and its duration (for a method"
                    + " without either: the clock then runs on through it); several separated by commas",
            "METHOD=MINUTES[,...]", DocxWorkshopExporter::parseMinutes, DocxWorkshopExporter::printMinutes, null, List.of());
    static final ExportOption<Integer> NEXT_STEP_ROWS = ExportOption.wholeNumber("next-step-rows",
            "empty rows in the next-steps table", 0, 50, 5);

    /** The options tools set from text, bound to this type's getters and builder. */
    static final ExportOptionSet<DocxWorkshopExporter, Builder> OPTIONS = ExportOptionSet
            .builder(FORMAT, DocxWorkshopExporter::builder, Builder::build)
            .add(START, DocxWorkshopExporter::getStartTime, Builder::startTime)
            .add(TIME, e -> e.getMethodMinutes().isEmpty() ? null : e.getMethodMinutes(), Builder::methodMinutes)
            .add(TITLE, e -> e.getTitle().orElse(null), Builder::title)
            .add(TEMPLATE, e -> e.getTemplate().orElse(null), Builder::template)
            .add(QUESTIONS, DocxWorkshopExporter::getDiscussionQuestionCount, Builder::discussionQuestionCount)
            .add(NEXT_STEP_ROWS, DocxWorkshopExporter::getNextStepRows, Builder::nextStepRows)
            .build();

    DocxWorkshopExporter() {
        // only the generated implementation extends this type
    }

    /** A new builder, starting from the default options. */
    public static Builder builder() {
        return new Builder();
    }

    /** An exporter with the default options. */
    public static DocxWorkshopExporter withDefaults() {
        return Defaults.EXPORTER;
    }

    /** When the workshop starts; the agenda's clock times run from here (default 09:00, whole minutes). */
    @Value.Default
    public LocalTime getStartTime() {
        return START.getDefaultValue().orElseThrow();
    }

    /**
     * The workshop title, when set. Without it the title is the method's name, or for several
     * methods the bank title followed by the methods' names.
     */
    public abstract Optional<String> getTitle();

    /** The corporate template, when set. */
    public abstract Optional<WorkshopTemplate> getTemplate();

    /**
     * How many of the built-in discussion questions to print, 0 to 5 (default 3); used when
     * {@link #getDiscussionQuestions()} is empty.
     */
    @Value.Default
    public int getDiscussionQuestionCount() {
        return QUESTIONS.getDefaultValue().orElseThrow();
    }

    /** Discussion questions of your own, which replace the built-in ones when given. */
    public abstract List<String> getDiscussionQuestions();

    /**
     * Minutes the agenda gives methods, by method id, in place of their steps' minutes and their
     * duration: for a method that has neither, the clock then runs on through it instead of
     * counting the times after it from its end. Each 1 to 1440. Ids not in the job are reported
     * to its listener.
     */
    public abstract Map<String, Integer> getMethodMinutes();

    /** How many empty rows the next-steps table has, 0 to 50 (default 5). */
    @Value.Default
    public int getNextStepRows() {
        return NEXT_STEP_ROWS.getDefaultValue().orElseThrow();
    }

    /**
     * A timestamp that replaces the job's {@code getEffectiveTimestamp()} in the document's
     * properties, when set. Normally the job's timestamp (or {@code SOURCE_DATE_EPOCH}) is used.
     */
    public abstract Optional<Instant> getFixedTimestamp();

    @Override
    public ExportFormat getFormat() {
        return FORMAT;
    }

    @Override
    protected void write(ExportJob job, OutputStream out) throws IOException, ExportException {
        out.write(WorkshopWriter.write(job, this, getTemplate().map(WorkshopTemplate::bytes).orElse(null),
                getTemplate().map(WorkshopTemplate::getName).orElse(null)));
    }

    /** Checks the options and drops seconds from the start time; the builder calls it. */
    @Value.Check
    DocxWorkshopExporter check() {
        OPTIONS.check(this);
        getTitle().ifPresent(DocxWorkshopExporter::nonBlank);
        for (String q : getDiscussionQuestions()) {
            if (q.isBlank()) {
                throw new IllegalArgumentException("a discussion question must not be blank");
            }
        }
        getMethodMinutes().forEach((id, minutes) -> {
            if (id.isBlank() || minutes < 1 || minutes > MAX_MINUTES) {
                throw new IllegalArgumentException("option time: give a method id and 1 to " + MAX_MINUTES
                        + " minutes, was " + id + "=" + minutes);
            }
        });
        LocalTime start = getStartTime();
        if (!start.equals(start.truncatedTo(ChronoUnit.MINUTES))) {
            return builder().from(this).startTime(start.truncatedTo(ChronoUnit.MINUTES)).build();
        }
        return this;
    }

    private static LocalTime parseTime(String text) {
        try {
            return LocalTime.parse(text.trim(), HH_MM);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("use HH:MM on a 24-hour clock, such as 09:00 or 13:30");
        }
    }

    /** The most minutes the {@code time} option gives one method: a day. */
    static final int MAX_MINUTES = 24 * 60;

    private static Map<String, Integer> parseMinutes(String text) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            int eq = part.lastIndexOf('=');
            String id = eq < 0 ? "" : part.substring(0, eq).trim();
            String minutes = eq < 0 ? "" : part.substring(eq + 1).trim();
            int n;
            try {
                n = Integer.parseInt(minutes);
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (id.isEmpty() || n < 1 || n > MAX_MINUTES) {
                throw new IllegalArgumentException("use METHOD=MINUTES (1 to " + MAX_MINUTES
                        + "), several separated by commas, such as pre-mortem=45,retrospektiivi=60");
            }
            if (out.put(id, n) != null) {
                throw new IllegalArgumentException("method " + id + " is given minutes twice");
            }
        }
        return out;
    }

    private static String printMinutes(Map<String, Integer> minutes) {
        return minutes.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
    }

    private static String nonBlank(String title) {
        if (title.isBlank()) {
            throw new IllegalArgumentException("the workshop title must not be blank; leave it out for the default title");
        }
        return title;
    }

    /** Builds a {@link DocxWorkshopExporter}; every option has a default. Not thread-safe; the exporter is. */
    public static final class Builder extends ImmutableDocxWorkshopExporter.Builder {
        Builder() {
            // DocxWorkshopExporter.builder()
        }

        /**
         * Reads a corporate template (.docx or .dotx) from a file now; see {@link WorkshopTemplate#of(Path)}.
         *
         * <p>Reading a template tightens Apache POI's process-wide zip-bomb limits
         * ({@code ZipSecureFile}: minimum inflate ratio 0.01, largest entry 64 MB) if they are looser;
         * it never loosens them.
         *
         * @param file the template file
         * @return this builder
         * @throws UncheckedIOException when the file cannot be read
         * @throws IllegalArgumentException when it is not a .docx or .dotx file of at most 32 MB
         */
        public Builder template(Path file) {
            try {
                template(WorkshopTemplate.of(file));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read template " + file + ": " + e.getMessage(), e);
            }
            return this;
        }

        /**
         * A corporate template given as bytes (copied); named "(given as bytes)" in messages.
         *
         * @param bytes the .docx or .dotx file's bytes
         * @return this builder
         */
        public Builder template(byte[] bytes) {
            template(WorkshopTemplate.of(bytes, "(given as bytes)"));
            return this;
        }
    }

    /** Holder of the default exporter, made on first use. */
    private static final class Defaults {
        static final DocxWorkshopExporter EXPORTER = builder().build();
    }
}
