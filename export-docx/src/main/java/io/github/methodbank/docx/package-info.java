/**
 * Word workshop templates: a facilitator's .docx for running a workshop with one or more
 * methods. Start with {@link io.github.methodbank.docx.DocxWorkshopExporter#builder()}; tools find
 * the same exporter under the format id {@code docx-workshop} through
 * {@link io.github.methodbank.docx.DocxWorkshopProvider}.
 */
package io.github.methodbank.docx;
