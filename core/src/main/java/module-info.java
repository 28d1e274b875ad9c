/**
 * methodbank's core: the immutable model of a method bank ({@code io.github.methodbank.core}),
 * JSON loading and writing, and the export SPI ({@code io.github.methodbank.core.export}) that
 * format modules plug into.
 */
module io.github.methodbank.core {
    requires com.fasterxml.jackson.core;
    requires org.commonmark;
    requires static org.immutables.value.annotations;
    // javax.imageio: the image gate (MethodImage) decodes every JPEG once before it is embedded;
    // only decoding finds damaged or missing image data, and the JDK's decoder is the one at hand
    requires java.desktop;

    exports io.github.methodbank.core;
    exports io.github.methodbank.core.export;
    // the Immutables style of the model, shared with the first-party exporters; not API
    exports io.github.methodbank.core.internal.style to io.github.methodbank.pdf, io.github.methodbank.docx,
            io.github.methodbank.html;
    // Printable: the command line escapes what it prints the way Problem does; not API
    exports io.github.methodbank.core.internal to io.github.methodbank.cli;

    uses io.github.methodbank.core.export.ExporterProvider;
}
