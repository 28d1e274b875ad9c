package io.github.methodbank.html;

import io.github.methodbank.core.export.AbstractExporterProvider;

/**
 * Offers {@link HtmlSiteExporter} through the export SPI as format {@code html-site}, configured from
 * the string options {@link HtmlSiteExporter} declares. Registered for {@link java.util.ServiceLoader}.
 */
public final class HtmlSiteProvider extends AbstractExporterProvider {

    /** A provider; used by {@link java.util.ServiceLoader}. */
    public HtmlSiteProvider() {
        super(HtmlSiteExporter.OPTIONS);
    }
}
