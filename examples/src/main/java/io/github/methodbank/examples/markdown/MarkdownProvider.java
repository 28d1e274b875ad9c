package io.github.methodbank.examples.markdown;

import io.github.methodbank.core.export.AbstractExporterProvider;

/**
 * Makes {@link MarkdownExporter}s from string options, for tools such as
 * {@code methodbank export --format markdown -O toc=true}: the options, their checks and the
 * error messages all come from {@link MarkdownExporter#OPTIONS}. Registered in
 * {@code META-INF/services/io.github.methodbank.core.export.ExporterProvider}.
 */
public final class MarkdownProvider extends AbstractExporterProvider {

    /** The provider; {@link java.util.ServiceLoader} calls this. */
    public MarkdownProvider() {
        super(MarkdownExporter.OPTIONS);
    }
}
