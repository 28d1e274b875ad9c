package io.github.methodbank.core.export;

import java.util.List;
import java.util.Map;

/**
 * Makes exporters of one format from string options; registered for
 * {@link java.util.ServiceLoader} in
 * {@code META-INF/services/io.github.methodbank.core.export.ExporterProvider}.
 * Implementations need a public no-argument constructor and must be thread-safe.
 */
public interface ExporterProvider {

    /** The format the exporters produce. */
    ExportFormat format();

    /** The options {@link #create(Map)} accepts. */
    List<ExportOption> options();

    /**
     * An exporter configured from string options.
     *
     * @throws IllegalArgumentException naming the key, for an unknown key or a bad value
     */
    Exporter create(Map<String, String> options);
}
