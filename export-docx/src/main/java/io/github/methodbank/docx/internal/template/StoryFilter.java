package io.github.methodbank.docx.internal.template;

import io.github.methodbank.docx.internal.wml.Ooxml;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Cleans a template's header, footer or notes of active content: embedded and linked objects
 * (OLE, ActiveX, imported chunks, subdocuments) go; fields not on {@link TemplatePolicy#FIELDS}
 * lose their code and keep the text they last showed; references to relationships that were
 * left out go. Each kind found is added to {@code found} for one warning.
 */
final class StoryFilter {

    private static final String W = Ooxml.W;
    private static final String O = "urn:schemas-microsoft-com:office:office";

    private StoryFilter() {}

    /**
     * The part without active content.
     *
     * @param xml the part
     * @param keptIds the relationship ids the part keeps
     * @param found the kinds of content left out, added to
     * @return the cleaned part
     * @throws Exception when the part is not well-formed XML
     */
    static byte[] clean(byte[] xml, Set<String> keptIds, Set<String> found) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setExpandEntityReferences(false);
        javax.xml.parsers.DocumentBuilder builder = f.newDocumentBuilder();
        builder.setErrorHandler(TemplatePrecheck.SILENT);
        Document d = builder.parse(new ByteArrayInputStream(xml));
        boolean changed = false;
        for (String[] object : new String[][] {{W, "object"}, {W, "control"}, {W, "altChunk"}, {W, "subDoc"}, {O, "OLEObject"}}) {
            for (Element e : elements(d, object[0], object[1])) {
                e.getParentNode().removeChild(e);
                found.add(object[1].equals("control") ? "ActiveX controls"
                        : object[1].equals("altChunk") || object[1].equals("subDoc") ? "imported documents and subdocuments"
                        : "OLE objects and embedded files");
                changed = true;
            }
        }
        changed |= simpleFields(d, found);
        changed |= complexFields(d, found);
        changed |= references(d.getDocumentElement(), keptIds);
        if (!changed) {
            return xml;
        }
        TransformerFactory tf = TransformerFactory.newInstance();
        tf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Transformer t = tf.newTransformer();
        t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        d.setXmlStandalone(true);
        ByteArrayOutputStream out = new ByteArrayOutputStream(xml.length);
        t.transform(new DOMSource(d), new StreamResult(out));
        return out.toByteArray();
    }

    /** A field's name: the first word of its code, in capitals. */
    static String fieldName(String code) {
        String c = code.strip();
        int end = 0;
        while (end < c.length() && !Character.isWhitespace(c.charAt(end)) && c.charAt(end) != '\\') {
            end++;
        }
        return c.substring(0, end).toUpperCase(Locale.ROOT);
    }

    private static boolean simpleFields(Document d, Set<String> found) {
        boolean changed = false;
        for (Element e : elements(d, W, "fldSimple")) {
            String name = fieldName(e.getAttributeNS(W, "instr"));
            if (!TemplatePolicy.FIELDS.contains(name)) {
                Node parent = e.getParentNode();
                while (e.getFirstChild() != null) {
                    parent.insertBefore(e.getFirstChild(), e);
                }
                parent.removeChild(e);
                found.add(fieldKind(name));
                changed = true;
            }
        }
        return changed;
    }

    /** A field of begin, code, separate, result, end runs; the code part's runs go with a field not allowed. */
    private static final class Field {
        final List<Element> codeRuns = new ArrayList<>();
        final StringBuilder code = new StringBuilder();
        boolean separated;
    }

    private static boolean complexFields(Document d, Set<String> found) {
        List<Field> open = new ArrayList<>();
        List<Element> remove = new ArrayList<>();
        for (Element run : elements(d, W, "r")) {
            Element fldChar = child(run, "fldChar");
            String type = fldChar == null ? null : fldChar.getAttributeNS(W, "fldCharType");
            if ("begin".equals(type)) {
                Field field = new Field();
                // a field inside another's code belongs to that code too
                for (Field outer : open) {
                    if (!outer.separated) {
                        outer.codeRuns.add(run);
                    }
                }
                field.codeRuns.add(run);
                open.add(field);
                continue;
            }
            for (Field outer : open) {
                if (!outer.separated) {
                    outer.codeRuns.add(run);
                }
            }
            if (open.isEmpty()) {
                continue;
            }
            Field top = open.get(open.size() - 1);
            for (String instr : new String[] {"instrText", "delInstrText"}) {
                Element text = child(run, instr);
                if (text != null && !top.separated) {
                    top.code.append(text.getTextContent());
                }
            }
            if ("separate".equals(type)) {
                top.separated = true;
            } else if ("end".equals(type)) {
                top.codeRuns.add(run);
                open.remove(open.size() - 1);
                String name = fieldName(top.code.toString());
                if (!TemplatePolicy.FIELDS.contains(name)) {
                    remove.addAll(top.codeRuns);
                    found.add(fieldKind(name));
                }
            }
        }
        for (Element run : remove) {
            if (run.getParentNode() != null) {
                run.getParentNode().removeChild(run);
            }
        }
        return !remove.isEmpty();
    }

    private static String fieldKind(String name) {
        return "fields that fetch or run something (" + (name.isEmpty() ? "an unnamed field" : name) + ")";
    }

    /** Drops attributes naming a relationship the part no longer has. */
    private static boolean references(Element e, Set<String> keptIds) {
        boolean changed = false;
        NamedNodeMap attrs = e.getAttributes();
        for (int i = attrs.getLength() - 1; i >= 0; i--) {
            Attr a = (Attr) attrs.item(i);
            if (Ooxml.REL.equals(a.getNamespaceURI()) && !keptIds.contains(a.getValue())) {
                e.removeAttributeNode(a);
                changed = true;
            }
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                changed |= references(c, keptIds);
            }
        }
        return changed;
    }

    private static Element child(Element e, String localName) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && W.equals(c.getNamespaceURI()) && c.getLocalName().equals(localName)) {
                return c;
            }
        }
        return null;
    }

    private static List<Element> elements(Document d, String ns, String localName) {
        NodeList list = d.getElementsByTagNameNS(ns, localName);
        List<Element> out = new ArrayList<>(list.getLength());
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }
}
