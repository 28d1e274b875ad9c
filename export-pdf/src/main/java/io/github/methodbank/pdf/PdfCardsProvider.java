package io.github.methodbank.pdf;

import io.github.methodbank.core.export.AbstractExporterProvider;

/**
 * Offers {@link PdfCardExporter} through the export SPI as format {@code pdf-cards}, configured from
 * the string options {@link PdfCardExporter} declares. Registered for {@link java.util.ServiceLoader}.
 */
public final class PdfCardsProvider extends AbstractExporterProvider {

    /** A provider; used by {@link java.util.ServiceLoader}. */
    public PdfCardsProvider() {
        super(PdfCardExporter.OPTIONS);
    }
}
