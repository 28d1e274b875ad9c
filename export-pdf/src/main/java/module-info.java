/** Printable PDF method cards (format {@code pdf-cards}), made with Apache PDFBox. */
module io.github.methodbank.pdf {
    requires transitive io.github.methodbank.core;
    requires java.desktop;
    requires org.apache.pdfbox;
    requires org.apache.pdfbox.io;
    requires org.apache.fontbox;
    requires org.apache.xmpbox;
    // PDFBox is an automatic module and cannot say it needs commons-logging, a named module
    requires org.apache.commons.logging;
    requires static com.google.zxing; // QR codes, optional
    requires static org.immutables.value.annotations;

    exports io.github.methodbank.pdf;

    provides io.github.methodbank.core.export.ExporterProvider with io.github.methodbank.pdf.PdfCardsProvider;
}
