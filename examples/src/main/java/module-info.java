/** Small programs to copy from, and a complete Markdown export format. */
module io.github.methodbank.examples {
    requires io.github.methodbank.core;
    requires io.github.methodbank.pdf;
    requires io.github.methodbank.docx;

    exports io.github.methodbank.examples;
    exports io.github.methodbank.examples.markdown;

    provides io.github.methodbank.core.export.ExporterProvider
            with io.github.methodbank.examples.markdown.MarkdownProvider;
}
