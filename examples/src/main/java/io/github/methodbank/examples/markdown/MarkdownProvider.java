package io.github.methodbank.examples.markdown;

import io.github.methodbank.core.export.ExportFormat;
import io.github.methodbank.core.export.ExportOption;
import io.github.methodbank.core.export.Exporter;
import io.github.methodbank.core.export.ExporterProvider;
import io.github.methodbank.core.export.Exporters;
import java.util.List;
import java.util.Map;

/**
 * Makes {@link MarkdownExporter}s from string options, for tools such as
 * {@code methodbank export --format markdown -O toc=true}. Registered in
 * {@code META-INF/services/io.github.methodbank.core.export.ExporterProvider}.
 */
public final class MarkdownProvider implements ExporterProvider {

    /** The provider; {@link java.util.ServiceLoader} calls this. */
    public MarkdownProvider() {
        // nothing to set up: exporters are made in create()
    }

    private static final List<ExportOption> OPTIONS = List.of(
            new ExportOption("heading-level", "level of each method's heading, 1-5", "2"),
            new ExportOption("toc", "start with a table of contents: true or false", "false"));

    @Override
    public ExportFormat format() {
        return MarkdownExporter.FORMAT;
    }

    @Override
    public List<ExportOption> options() {
        return OPTIONS;
    }

    @Override
    public Exporter create(Map<String, String> options) {
        // Validate strings here, at the edge; the typed builder never sees a bad value.
        Exporters.requireKnownKeys(options, OPTIONS, format().getId());
        MarkdownExporter.Builder b = MarkdownExporter.builder();
        String level = options.get("heading-level");
        if (level != null) {
            try {
                b.headingLevel(Integer.parseInt(level.trim()));
            } catch (IllegalArgumentException e) { // NumberFormatException too
                throw new IllegalArgumentException("option heading-level must be a number from 1 to 5, was '" + level + "'");
            }
        }
        String toc = options.get("toc");
        if (toc != null) {
            String value = toc.trim().toLowerCase(java.util.Locale.ROOT);
            if (!value.equals("true") && !value.equals("false")) {
                throw new IllegalArgumentException("option toc must be true or false, was '" + toc + "'");
            }
            b.tableOfContents(Boolean.parseBoolean(value));
        }
        return b.build();
    }
}
