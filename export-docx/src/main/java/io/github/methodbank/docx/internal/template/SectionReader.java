package io.github.methodbank.docx.internal.template;

import io.github.methodbank.docx.internal.wml.Ooxml;
import java.io.InputStream;
import java.io.StringWriter;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * Reads the page setup (the body's last {@code w:sectPr}) from a template's main part while
 * streaming past the rest with a cursor that makes no objects for what it skips: a template's
 * body can be large, and it is left out anyway.
 */
final class SectionReader {

    private static final XMLInputFactory INPUT = inputFactory();
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    private SectionReader() {}

    private static XMLInputFactory inputFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        return f;
    }

    /** The body's own w:sectPr (document, body, sectPr) as XML text with its namespaces, or null. */
    static String lastSectPr(InputStream in) throws XMLStreamException {
        XMLStreamReader r = INPUT.createXMLStreamReader(in);
        try {
            int depth = 0;
            String found = null;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    if (depth == 3 && Ooxml.W.equals(r.getNamespaceURI()) && r.getLocalName().equals("sectPr")) {
                        found = copy(r);
                        depth--;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            return found;
        } finally {
            r.close();
        }
    }

    /** The element the reader is at, to its end, as a document of its own with every namespace it uses declared. */
    private static String copy(XMLStreamReader r) throws XMLStreamException {
        StringWriter out = new StringWriter();
        XMLStreamWriter w = OUTPUT.createXMLStreamWriter(out);
        w.writeStartDocument();
        int depth = 0;
        do {
            switch (r.getEventType()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    String prefix = r.getPrefix() == null ? "" : r.getPrefix();
                    w.writeStartElement(prefix, r.getLocalName(), r.getNamespaceURI() == null ? "" : r.getNamespaceURI());
                    if (depth == 1 || r.getNamespaceCount() > 0) {
                        // the first element declares what the part declared further up
                        declare(w, r, depth == 1);
                    }
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        String ns = r.getAttributeNamespace(i);
                        String p = r.getAttributePrefix(i);
                        if (ns == null || ns.isEmpty()) {
                            w.writeAttribute(r.getAttributeLocalName(i), r.getAttributeValue(i));
                        } else {
                            w.writeAttribute(p == null ? "" : p, ns, r.getAttributeLocalName(i), r.getAttributeValue(i));
                        }
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    w.writeEndElement();
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        w.writeCharacters(r.getText());
                default -> {
                    // comments and processing instructions are not page setup
                }
            }
            if (depth == 0) {
                break;
            }
            r.next();
        } while (true);
        w.writeEndDocument();
        w.close();
        return out.toString();
    }

    /** Declares the namespaces in scope: all of them on the copied element, else those the element declares. */
    private static void declare(XMLStreamWriter w, XMLStreamReader r, boolean all) throws XMLStreamException {
        if (all) {
            javax.xml.namespace.NamespaceContext context = r.getNamespaceContext();
            for (String prefix : new String[] {"w", "r", "mc", "w14", "w15", "wp", "a", "v", "o"}) {
                String ns = context.getNamespaceURI(prefix);
                if (ns != null && !ns.isEmpty()) {
                    w.writeNamespace(prefix, ns);
                }
            }
            String own = r.getNamespaceURI();
            String ownPrefix = r.getPrefix() == null ? "" : r.getPrefix();
            if (own != null && !own.isEmpty() && context.getNamespaceURI(ownPrefix) != null) {
                if (ownPrefix.isEmpty()) {
                    w.writeDefaultNamespace(own);
                } else if (!java.util.List.of("w", "r", "mc", "w14", "w15", "wp", "a", "v", "o").contains(ownPrefix)) {
                    w.writeNamespace(ownPrefix, own);
                }
            }
            for (int i = 0; i < r.getAttributeCount(); i++) {
                String p = r.getAttributePrefix(i);
                String ns = r.getAttributeNamespace(i);
                if (p != null && !p.isEmpty() && ns != null && !java.util.List.of("w", "r", "mc", "w14", "w15", "wp", "a", "v", "o")
                        .contains(p)) {
                    w.writeNamespace(p, ns);
                }
            }
        }
        for (int i = 0; i < r.getNamespaceCount(); i++) {
            String p = r.getNamespacePrefix(i);
            if (all && p != null && java.util.List.of("w", "r", "mc", "w14", "w15", "wp", "a", "v", "o").contains(p)) {
                continue;
            }
            if (p == null || p.isEmpty()) {
                w.writeDefaultNamespace(r.getNamespaceURI(i));
            } else {
                w.writeNamespace(p, r.getNamespaceURI(i));
            }
        }
    }
}
