package io.github.methodbank.core.export;

import java.util.List;
import java.util.Map;

/**
 * Makes exporters of one format from string options; registered for
 * {@link java.util.ServiceLoader} in
 * {@code META-INF/services/io.github.methodbank.core.export.ExporterProvider} (and with
 * {@code provides} in a module descriptor). Implementations need a public no-argument
 * constructor and must be thread-safe; {@link AbstractExporterProvider} implements this
 * interface from a format's {@link ExportOptionSet}.
 */
public interface ExporterProvider {

    /** The format the exporters produce. */
    ExportFormat getFormat();

    /** The options {@link #create(Map)} accepts, in the order tools should show them. */
    List<ExportOption<?>> getOptions();

    /**
     * An exporter configured from string options; options not given keep their defaults.
     *
     * @throws IllegalArgumentException naming the key, for an unknown key or a bad value
     */
    Exporter create(Map<String, String> options);
}
