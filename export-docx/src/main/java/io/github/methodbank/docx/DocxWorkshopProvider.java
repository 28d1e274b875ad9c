package io.github.methodbank.docx;

import io.github.methodbank.core.export.AbstractExporterProvider;

/**
 * Makes {@link DocxWorkshopExporter}s from string options, for tools; format id
 * {@code docx-workshop}, with the options {@link DocxWorkshopExporter} declares. Registered for
 * {@link java.util.ServiceLoader}.
 */
public final class DocxWorkshopProvider extends AbstractExporterProvider {

    /** Used by {@link java.util.ServiceLoader}. */
    public DocxWorkshopProvider() {
        super(DocxWorkshopExporter.OPTIONS);
    }
}
