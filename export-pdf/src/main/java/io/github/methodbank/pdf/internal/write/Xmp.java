package io.github.methodbank.pdf.internal.write;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The document's XMP metadata packet: Dublin Core title, creator and language, the dates and
 * tool, and the standards the file claims: PDF/A-2 (level A when tagged, U when not) and PDF/UA-1
 * for a tagged file. The PDF/UA identification schema is described in a PDF/A extension schema, as
 * PDF/A asks of every schema it does not predefine. Written as text so that the same input gives the
 * same bytes. Not API.
 */
final class Xmp {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx")
            .withZone(ZoneOffset.UTC);

    private Xmp() {}

    /**
     * The packet.
     *
     * @param pdfALevel "A" or "U" to claim PDF/A-2 at that level, or null for none
     * @param pdfUa whether to claim PDF/UA-1
     */
    static byte[] packet(String title, String author, String language, String tool, Instant when, String pdfALevel,
            boolean pdfUa) {
        String date = DATE.format(when);
        StringBuilder x = new StringBuilder(2048);
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
                .append(" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"");
        if (pdfALevel != null) {
            x.append(" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"");
        }
        if (pdfALevel != null || pdfUa) {
            x.append(" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"")
                    .append(" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"")
                    .append(" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\"");
        }
        if (pdfUa) {
            x.append(" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"");
        }
        x.append(">\n")
                .append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(title))
                .append("</rdf:li></rdf:Alt></dc:title>\n")
                .append("<dc:creator><rdf:Seq><rdf:li>").append(escape(author)).append("</rdf:li></rdf:Seq></dc:creator>\n")
                .append("<dc:language><rdf:Bag><rdf:li>").append(escape(language)).append("</rdf:li></rdf:Bag></dc:language>\n")
                .append("<xmp:CreatorTool>").append(escape(tool)).append("</xmp:CreatorTool>\n")
                .append("<xmp:CreateDate>").append(date).append("</xmp:CreateDate>\n")
                .append("<xmp:ModifyDate>").append(date).append("</xmp:ModifyDate>\n")
                .append("<pdf:Producer>").append(escape(tool)).append("</pdf:Producer>\n");
        if (pdfALevel != null) {
            x.append("<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>").append(pdfALevel).append("</pdfaid:conformance>\n");
        }
        if (pdfUa) {
            x.append("<pdfuaid:part>1</pdfuaid:part>\n");
        }
        if (pdfUa) {
            // the PDF/UA schema described for readers that know only the predefined schemas (PDF/A asks it)
            x.append("<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n")
                    .append("<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n")
                    .append("<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n")
                    .append("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n")
                    .append("<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n")
                    .append("<pdfaProperty:name>part</pdfaProperty:name>\n")
                    .append("<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n")
                    .append("<pdfaProperty:category>internal</pdfaProperty:category>\n")
                    .append("<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed")
                    .append("</pdfaProperty:description>\n")
                    .append("</rdf:li></rdf:Seq></pdfaSchema:property>\n")
                    .append("</rdf:li></rdf:Bag></pdfaExtension:schemas>\n");
        }
        x.append("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** XML text: the five special characters escaped, and characters XML 1.0 cannot hold left out. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
