package io.github.methodbank.docx;

import io.github.methodbank.core.export.ExportFormat;
import io.github.methodbank.core.export.Exporter;
import io.github.methodbank.core.export.ExporterProvider;
import io.github.methodbank.core.export.ExportOption;
import io.github.methodbank.core.export.Exporters;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Paths;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Makes {@link DocxWorkshopExporter}s from string options, for tools; format id
 * {@code docx-workshop}. Options: {@code start} (HH:mm), {@code template} (path of a .docx or
 * .dotx), {@code title} (text), {@code next-step-rows} (0-50).
 */
public final class DocxWorkshopProvider implements ExporterProvider {

    private static final List<ExportOption> OPTIONS = List.of(
            new ExportOption("start", "when the workshop starts, HH:mm (24-hour clock); the agenda's times run from it", "09:00"),
            new ExportOption("template", "path of a .docx or .dotx whose styles (and headers and footers) are used", ""),
            new ExportOption("title", "the workshop title; default: the method name, or the bank title and method names", ""),
            new ExportOption("next-step-rows", "empty rows in the next-steps table, 0-50", "5"));

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    /** Used by {@link java.util.ServiceLoader}. */
    public DocxWorkshopProvider() {}

    @Override
    public ExportFormat format() {
        return DocxWorkshopExporter.FORMAT;
    }

    @Override
    public List<ExportOption> options() {
        return OPTIONS;
    }

    @Override
    public Exporter create(Map<String, String> options) {
        Objects.requireNonNull(options, "options");
        Exporters.requireKnownKeys(options, OPTIONS, format().getId());
        DocxWorkshopExporter.Builder b = DocxWorkshopExporter.builder();
        String start = options.get("start");
        if (start != null) {
            try {
                b.startTime(LocalTime.parse(start.trim(), HH_MM));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("option start: '" + start + "' is not a time; use HH:mm such as 09:00 or 13:30");
            }
        }
        String title = options.get("title");
        if (title != null) {
            if (title.isBlank()) {
                throw new IllegalArgumentException("option title: the title must not be blank; leave the option out for the default title");
            }
            b.title(title);
        }
        String rows = options.get("next-step-rows");
        if (rows != null) {
            int n;
            try {
                n = Integer.parseInt(rows.trim());
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n < 0 || n > WorkshopOptions.MAX_NEXT_STEP_ROWS) {
                throw new IllegalArgumentException("option next-step-rows: '" + rows + "' is not allowed; use a whole number from 0 to "
                        + WorkshopOptions.MAX_NEXT_STEP_ROWS);
            }
            b.nextStepRows(n);
        }
        String template = options.get("template");
        if (template != null && !template.isBlank()) {
            java.nio.file.Path file;
            try {
                file = Paths.get(template.trim());
            } catch (InvalidPathException e) {
                throw new IllegalArgumentException("option template: '" + template + "' is not a file path");
            }
            String lower = file.toString().toLowerCase(java.util.Locale.ROOT);
            if (!lower.endsWith(".docx") && !lower.endsWith(".dotx")) {
                throw new IllegalArgumentException("option template: '" + template + "' must be a .docx or .dotx file");
            }
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("option template: no file at '" + template + "'");
            }
            try {
                b.template(file);
            } catch (UncheckedIOException e) {
                throw new IllegalArgumentException("option template: " + e.getMessage(), e);
            }
        }
        return b.build();
    }

    @Override
    public String toString() {
        return "DocxWorkshopProvider[" + format().getId() + "]";
    }
}
