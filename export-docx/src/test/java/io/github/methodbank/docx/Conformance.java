package io.github.methodbank.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.apache.xmlbeans.SchemaTypeLoader;
import org.apache.xmlbeans.XmlBeans;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Validates every part of a Word package against the ECMA-376 transitional schemas (the XMLBeans
 * types of poi-ooxml-full, a test dependency), after markup-compatibility processing as a
 * consumer does it (ECMA-376 Part 3: content in ignorable namespaces dropped, alternate content
 * taken from its fallback). The content types part is checked against the OPC schema written
 * out below; relationships against theirs. On top of the schemas: every internal relationship
 * points at a part, every numbering instance at a definition, every style and numbering a body
 * refers to exists. Each error names the part.
 */
final class Conformance {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private static final String CT = "application/vnd.openxmlformats-officedocument.";

    /** The schema type of each XML content type: its document element's type. */
    private static final Map<String, org.apache.xmlbeans.SchemaType> TYPES = new HashMap<>();

    static {
        String wml = CT + "wordprocessingml.";
        TYPES.put(wml + "document.main+xml", type("org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument"));
        TYPES.put(wml + "template.main+xml", type("org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument"));
        TYPES.put(wml + "styles+xml", type("org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument"));
        TYPES.put(wml + "numbering+xml", type("org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument"));
        TYPES.put(wml + "settings+xml", type("org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument"));
        TYPES.put(wml + "header+xml", type("org.openxmlformats.schemas.wordprocessingml.x2006.main.HdrDocument"));
        TYPES.put(wml + "footer+xml", type("org.openxmlformats.schemas.wordprocessingml.x2006.main.FtrDocument"));
        TYPES.put(wml + "fontTable+xml", type("org.openxmlformats.schemas.wordprocessingml.x2006.main.FontsDocument"));
        TYPES.put(wml + "webSettings+xml", type("org.openxmlformats.schemas.wordprocessingml.x2006.main.WebSettingsDocument"));
        TYPES.put(wml + "footnotes+xml", type("org.openxmlformats.schemas.wordprocessingml.x2006.main.FootnotesDocument"));
        TYPES.put(wml + "endnotes+xml", type("org.openxmlformats.schemas.wordprocessingml.x2006.main.EndnotesDocument"));
        TYPES.put(wml + "comments+xml", type("org.openxmlformats.schemas.wordprocessingml.x2006.main.CommentsDocument"));
        TYPES.put(wml + "document.glossary+xml",
                type("org.openxmlformats.schemas.wordprocessingml.x2006.main.GlossaryDocumentDocument1"));
        TYPES.put(CT + "theme+xml", type("org.openxmlformats.schemas.drawingml.x2006.main.ThemeDocument"));
        TYPES.put(CT + "extended-properties+xml",
                type("org.openxmlformats.schemas.officeDocument.x2006.extendedProperties.PropertiesDocument"));
        TYPES.put(CT + "custom-properties+xml",
                type("org.openxmlformats.schemas.officeDocument.x2006.customProperties.PropertiesDocument"));
    }

    /**
     * A schema type by its XMLBeans document class, looked up at run time: on the compiler's module
     * path poi-ooxml-lite stands for the schemas, on the test class path poi-ooxml-full comes first.
     */
    private static org.apache.xmlbeans.SchemaType type(String className) {
        try {
            return (org.apache.xmlbeans.SchemaType) Class.forName(className).getField("type").get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("poi-ooxml-full is not on the test class path: " + className, e);
        }
    }

    /**
     * All of poi-ooxml-full's types, so that content allowed by a strict wildcard (a picture in a
     * graphic) is validated too: POI's type system is not found by element name otherwise.
     */
    private static final SchemaTypeLoader LOADER = loader();

    private static SchemaTypeLoader loader() {
        try {
            org.apache.xmlbeans.SchemaTypeSystem full = (org.apache.xmlbeans.SchemaTypeSystem) Class
                    .forName("org.apache.poi.schemas.ooxml.system.ooxml.TypeSystemHolder").getField("typeSystem").get(null);
            return XmlBeans.typeLoaderUnion(full, XmlBeans.getContextTypeLoader());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("poi-ooxml-full is not on the test class path", e);
        }
    }

    /** ECMA-376 Part 2, opc-contentTypes.xsd, its structure (the patterns of the simple types left out). */
    private static final String CONTENT_TYPES_XSD = """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns="http://schemas.openxmlformats.org/package/2006/content-types"
                targetNamespace="http://schemas.openxmlformats.org/package/2006/content-types" elementFormDefault="qualified"
                attributeFormDefault="unqualified" blockDefault="#all">
              <xs:element name="Types" type="CT_Types"/>
              <xs:element name="Default" type="CT_Default"/>
              <xs:element name="Override" type="CT_Override"/>
              <xs:complexType name="CT_Types"><xs:choice minOccurs="0" maxOccurs="unbounded">
                <xs:element ref="Default"/><xs:element ref="Override"/></xs:choice></xs:complexType>
              <xs:complexType name="CT_Default"><xs:attribute name="Extension" type="xs:string" use="required"/>
                <xs:attribute name="ContentType" type="xs:string" use="required"/></xs:complexType>
              <xs:complexType name="CT_Override"><xs:attribute name="ContentType" type="xs:string" use="required"/>
                <xs:attribute name="PartName" type="xs:anyURI" use="required"/></xs:complexType>
            </xs:schema>
            """;

    /** What one package came to: how many parts were validated, and the errors, each naming its part. */
    record Report(int parts, List<String> errors) {}

    private Conformance() {}

    static Report validate(byte[] docx) {
        Map<String, byte[]> parts = unzip(docx);
        List<String> errors = new ArrayList<>();
        int validated = 0;
        byte[] types = parts.get("[Content_Types].xml");
        if (types == null) {
            return new Report(0, List.of("[Content_Types].xml: missing"));
        }
        Map<String, String> defaults = new HashMap<>();
        Map<String, String> overrides = new HashMap<>();
        try {
            Document d = parse(types);
            SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                    .newSchema(new StreamSource(new StringReader(CONTENT_TYPES_XSD))).newValidator()
                    .validate(new DOMSource(d));
            validated++;
            NodeList all = d.getDocumentElement().getChildNodes();
            for (int i = 0; i < all.getLength(); i++) {
                if (all.item(i) instanceof Element e) {
                    if (e.getLocalName().equals("Default")) {
                        defaults.put(e.getAttribute("Extension").toLowerCase(Locale.ROOT), e.getAttribute("ContentType"));
                    } else {
                        overrides.put(e.getAttribute("PartName"), e.getAttribute("ContentType"));
                    }
                }
            }
        } catch (Exception e) {
            errors.add("[Content_Types].xml: " + e.getMessage());
        }
        Map<String, Set<String>> ids = new HashMap<>();
        Map<String, Document> docs = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> p : parts.entrySet()) {
            String name = p.getKey();
            if (name.equals("[Content_Types].xml") || name.endsWith("/")) {
                continue;
            }
            if (name.endsWith(".rels")) {
                validated++;
                validate(name, p.getValue(), type("org.openxmlformats.schemas.xpackage.x2006.relationships.RelationshipsDocument"),
                        errors);
                checkTargets(name, p.getValue(), parts.keySet(), errors);
                continue;
            }
            String type = overrides.get("/" + name);
            if (type == null) {
                int dot = name.lastIndexOf('.');
                type = defaults.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
            }
            if (type == null) {
                errors.add(name + ": no content type");
            } else if (type.startsWith("image/")) {
                continue;
            } else if (type.equals("application/vnd.openxmlformats-package.core-properties+xml")) {
                validated++;
                try {
                    Element root = parse(p.getValue()).getDocumentElement();
                    if (!root.getLocalName().equals("coreProperties")) {
                        errors.add(name + ": not core properties");
                    }
                } catch (Exception e) {
                    errors.add(name + ": " + e.getMessage());
                }
            } else if (TYPES.containsKey(type)) {
                validated++;
                Document d = validate(name, p.getValue(), TYPES.get(type), errors);
                if (d != null) {
                    docs.put(name, d);
                }
            } else {
                errors.add(name + ": no schema known for its content type " + type
                        + " (a part this project should not write)");
            }
        }
        references(docs, errors);
        return new Report(validated, errors);
    }

    /** Validates one part; returns it after markup-compatibility processing, or null when it does not parse. */
    private static Document validate(String name, byte[] xml, org.apache.xmlbeans.SchemaType type, List<String> errors) {
        Document d;
        try {
            d = parse(xml);
        } catch (Exception e) {
            errors.add(name + ": not well-formed: " + e.getMessage());
            return null;
        }
        compatibility(d.getDocumentElement(), new HashSet<>());
        try {
            SchemaTypeLoader loader = LOADER;
            XmlOptions load = new XmlOptions().setDocumentType(type);
            XmlObject obj = loader.parse(d, type, load);
            List<XmlError> found = new ArrayList<>();
            if (!obj.validate(new XmlOptions().setErrorListener(found))) {
                for (XmlError e : found) {
                    errors.add(name + ": " + e.getMessage() + " (line " + e.getLine() + ")");
                }
                if (found.isEmpty()) {
                    errors.add(name + ": does not validate");
                }
            }
        } catch (Exception e) {
            errors.add(name + ": " + e.getMessage());
        }
        return d;
    }

    /**
     * Markup compatibility as a consumer that knows only ECMA-376 does it: attributes and elements
     * in namespaces the part declares ignorable are dropped, mc:AlternateContent is replaced by its
     * mc:Fallback's content, mc:Ignorable attributes themselves go.
     */
    private static void compatibility(Element e, Set<String> ignorable) {
        Set<String> here = ignorable;
        String declared = e.getAttributeNS(MC, "Ignorable");
        if (!declared.isEmpty()) {
            here = new HashSet<>(ignorable);
            for (String prefix : declared.trim().split("\\s+")) {
                String ns = e.lookupNamespaceURI(prefix);
                if (ns != null) {
                    here.add(ns);
                }
            }
        }
        NamedNodeMap attrs = e.getAttributes();
        for (int i = attrs.getLength() - 1; i >= 0; i--) {
            Attr a = (Attr) attrs.item(i);
            String ns = a.getNamespaceURI();
            if (ns != null && (here.contains(ns) || ns.equals(MC))) {
                e.removeAttributeNode(a);
            }
        }
        Node child = e.getFirstChild();
        while (child != null) {
            Node next = child.getNextSibling();
            if (child instanceof Element c) {
                if (MC.equals(c.getNamespaceURI()) && c.getLocalName().equals("AlternateContent")) {
                    Element fallback = null;
                    for (Node n = c.getFirstChild(); n != null; n = n.getNextSibling()) {
                        if (n instanceof Element f && f.getLocalName().equals("Fallback")) {
                            fallback = f;
                        }
                    }
                    if (fallback != null) {
                        Node first = fallback.getFirstChild();
                        while (first != null) {
                            Node nn = first.getNextSibling();
                            e.insertBefore(first, c);
                            if (first instanceof Element fe) {
                                compatibility(fe, here);
                            }
                            first = nn;
                        }
                    }
                    e.removeChild(c);
                } else if (c.getNamespaceURI() != null && here.contains(c.getNamespaceURI())) {
                    e.removeChild(c);
                } else {
                    compatibility(c, here);
                }
            }
            child = next;
        }
    }

    /** Every internal relationship points at a part of the package. */
    private static void checkTargets(String rels, byte[] xml, Set<String> names, List<String> errors) {
        try {
            String source = rels.replace("_rels/", "").replaceFirst("\\.rels$", "");
            String folder = source.contains("/") ? source.substring(0, source.lastIndexOf('/') + 1) : "";
            NodeList list = parse(xml).getDocumentElement().getElementsByTagNameNS("*", "Relationship");
            for (int i = 0; i < list.getLength(); i++) {
                Element r = (Element) list.item(i);
                if (r.getAttribute("TargetMode").equals("External")) {
                    continue;
                }
                String target = r.getAttribute("Target");
                String resolved = java.net.URI.create("/" + folder).resolve(target).normalize().getPath().substring(1);
                if (!names.contains(resolved)) {
                    errors.add(rels + ": relationship " + r.getAttribute("Id") + " points at " + target + ", which is not there");
                }
            }
        } catch (Exception e) {
            errors.add(rels + ": " + e.getMessage());
        }
    }

    /** Numbering instances point at definitions; the body's styles and numbering exist. */
    private static void references(Map<String, Document> docs, List<String> errors) {
        Set<String> abstractIds = new HashSet<>();
        Set<String> numIds = new HashSet<>();
        Set<String> styleIds = new HashSet<>();
        String numberingPart = null;
        for (Map.Entry<String, Document> d : docs.entrySet()) {
            Element root = d.getValue().getDocumentElement();
            if (root.getLocalName().equals("numbering")) {
                numberingPart = d.getKey();
                for (Element a : elements(root, "abstractNum")) {
                    abstractIds.add(a.getAttributeNS(W, "abstractNumId"));
                    if (!elements(a, "abstractNum").isEmpty()) {
                        errors.add(d.getKey() + ": a w:abstractNum inside another");
                    }
                }
                for (Element n : elements(root, "num")) {
                    numIds.add(n.getAttributeNS(W, "numId"));
                }
                for (Element n : elements(root, "num")) {
                    for (Element a : elements(n, "abstractNumId")) {
                        if (!abstractIds.contains(a.getAttributeNS(W, "val"))) {
                            errors.add(d.getKey() + ": w:num " + n.getAttributeNS(W, "numId")
                                    + " points at w:abstractNum " + a.getAttributeNS(W, "val") + ", which is not there");
                        }
                    }
                }
            } else if (root.getLocalName().equals("styles")) {
                for (Element s : elements(root, "style")) {
                    styleIds.add(s.getAttributeNS(W, "styleId"));
                }
            }
        }
        for (Map.Entry<String, Document> d : docs.entrySet()) {
            Element root = d.getValue().getDocumentElement();
            String kind = root.getLocalName();
            if (!kind.equals("document") && !kind.equals("hdr") && !kind.equals("ftr") && !kind.equals("styles")) {
                continue;
            }
            for (String ref : new String[] {"pStyle", "rStyle", "tblStyle", "basedOn", "next", "link"}) {
                for (Element e : elements(root, ref)) {
                    String id = e.getAttributeNS(W, "val");
                    if (!styleIds.contains(id) && !(kind.equals("styles") && !ref.equals("basedOn"))) {
                        errors.add(d.getKey() + ": w:" + ref + " " + id + " names no style");
                    }
                }
            }
            for (Element e : elements(root, "numId")) {
                String id = e.getAttributeNS(W, "val");
                if (!id.equals("0") && !numIds.contains(id)) {
                    errors.add(d.getKey() + ": w:numId " + id + " names no w:num" + (numberingPart == null ? " (no numbering part)" : ""));
                }
            }
        }
    }

    private static List<Element> elements(Element root, String localName) {
        List<Element> out = new ArrayList<>();
        NodeList list = root.getElementsByTagNameNS(W, localName);
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    static Map<String, byte[]> unzip(byte[] docx) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
