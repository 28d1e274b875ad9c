/**
 * Word workshop documents (format {@code docx-workshop}). The documents are written without Apache
 * POI; POI ({@code org.apache.poi:poi-ooxml}) is needed only to read a corporate template.
 */
module io.github.methodbank.docx {
    requires transitive io.github.methodbank.core;
    requires java.xml;
    requires static org.apache.poi.ooxml;
    requires static org.apache.poi.poi;
    requires static org.apache.poi.ooxml.schemas;
    requires static org.apache.xmlbeans;
    requires static org.immutables.value.annotations;

    exports io.github.methodbank.docx;

    provides io.github.methodbank.core.export.ExporterProvider with io.github.methodbank.docx.DocxWorkshopProvider;
}
