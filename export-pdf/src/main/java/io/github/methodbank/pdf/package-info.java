/**
 * Printable PDF method cards: {@link io.github.methodbank.pdf.PdfCardExporter} lays out each
 * method as a two-sided card (front: path strips, name, summary, tags; back: how to use, typical
 * users, skills, links), one card face per page or N-up on duplex sheets, with bleed, crop marks,
 * embedded fonts and optional PDF/A-2b. {@link io.github.methodbank.pdf.PdfCardsProvider} offers
 * it through the export SPI as format {@code pdf-cards}.
 */
package io.github.methodbank.pdf;
