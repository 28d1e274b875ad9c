/**
 * methodbank's core: the immutable model of a method bank ({@code io.github.methodbank.core}),
 * JSON loading and writing, and the export SPI ({@code io.github.methodbank.core.export}) that
 * format modules plug into.
 */
module io.github.methodbank.core {
    requires com.fasterxml.jackson.core;
    requires org.commonmark;
    requires static org.immutables.value.annotations;

    exports io.github.methodbank.core;
    exports io.github.methodbank.core.export;
    // the Immutables style of the model, shared with the first-party exporters; not API
    exports io.github.methodbank.core.internal.style to io.github.methodbank.pdf, io.github.methodbank.docx,
            io.github.methodbank.html;

    uses io.github.methodbank.core.export.ExporterProvider;
}
