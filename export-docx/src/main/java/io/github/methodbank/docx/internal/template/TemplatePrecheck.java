package io.github.methodbank.docx.internal.template;

import io.github.methodbank.core.export.ExportException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Looks through a template's zip before POI opens it, streaming, so that a broken or hostile
 * template fails with one line naming it instead of a stack trace, and so that the memory it
 * takes stays in proportion to its size: the content types must be plain XML (no document type
 * declaration), every part must have a content type, and the parts together may unpack to at
 * most {@link #maxUnpacked(int)} bytes.
 */
final class TemplatePrecheck {

    /** The most parts a template may have. */
    static final int MAX_PARTS = 5000;
    /** The largest part read here: the content types, relationships and core properties. */
    private static final int MAX_CONTENT_TYPES = 1024 * 1024;

    /** Parse errors are thrown, never printed to standard error as the JDK's default handler does. */
    static final org.xml.sax.ErrorHandler SILENT = new org.xml.sax.ErrorHandler() {
        @Override
        public void warning(org.xml.sax.SAXParseException e) {
            // nothing to say
        }

        @Override
        public void error(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
            throw e;
        }

        @Override
        public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
            throw e;
        }
    };

    private TemplatePrecheck() {}

    /** The most a template of {@code size} bytes may unpack to: 16 MB, and 8 times its size beyond that, at most 256 MB. */
    static long maxUnpacked(int size) {
        return Math.min(256L * 1024 * 1024, 16L * 1024 * 1024 + 8L * size);
    }

    static void check(byte[] bytes, String name) throws ExportException {
        long limit = maxUnpacked(bytes.length);
        long total = 0;
        byte[] contentTypes = null;
        List<String> names = new ArrayList<>();
        // the parts POI parses while it opens the package: checked here first, quietly
        Map<String, byte[]> packageXml = new java.util.LinkedHashMap<>();
        byte[] buffer = new byte[16 * 1024];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (names.size() >= MAX_PARTS) {
                    throw fail(name, "it has more than " + MAX_PARTS + " parts");
                }
                names.add(e.getName());
                boolean keep = e.getName().equals("[Content_Types].xml") || e.getName().endsWith(".rels")
                        || e.getName().equals("docProps/core.xml");
                java.io.ByteArrayOutputStream kept = keep ? new java.io.ByteArrayOutputStream() : null;
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    total += n;
                    if (total > limit) {
                        throw fail(name, "it unpacks to more than " + limit / (1024 * 1024) + " MB, more than a template of "
                                + bytes.length / 1024 + " KB should");
                    }
                    if (keep) {
                        if (kept.size() + n > MAX_CONTENT_TYPES) {
                            throw fail(name, "its part " + e.getName() + " is larger than a Word document's");
                        }
                        kept.write(buffer, 0, n);
                    }
                }
                if (keep && e.getName().equals("[Content_Types].xml")) {
                    contentTypes = kept.toByteArray();
                } else if (keep) {
                    packageXml.put(e.getName(), kept.toByteArray());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            String why = String.valueOf(e.getMessage());
            if (why.contains("EXT descriptor")) {
                return; // stored entries with data descriptors: Java's stream cannot read them, POI can
            }
            // a broken zip: said here in one line, before POI logs a stack trace over it
            throw fail(name, "it cannot be read as a Word document (.docx or .dotx): " + oneLine(why));
        }
        if (contentTypes == null) {
            return; // POI says it is not a Word document
        }
        Map<String, String> defaults = new HashMap<>();
        Set<String> overrides = new HashSet<>();
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            Element root;
            try (InputStream in = new ByteArrayInputStream(contentTypes)) {
                javax.xml.parsers.DocumentBuilder b = f.newDocumentBuilder();
                b.setErrorHandler(SILENT); // the failure is reported as one line, not printed
                root = b.parse(in).getDocumentElement();
            }
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) {
                    if (e.getLocalName().equals("Default")) {
                        defaults.put(e.getAttribute("Extension").toLowerCase(Locale.ROOT), e.getAttribute("ContentType"));
                    } else if (e.getLocalName().equals("Override")) {
                        overrides.add(e.getAttribute("PartName").toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (Exception e) {
            String why = String.valueOf(e.getMessage());
            throw fail(name, why.contains("DOCTYPE") ? "its content types ([Content_Types].xml) have a document type"
                    + " declaration, which Word documents never have" : "its content types ([Content_Types].xml) are not"
                    + " readable XML (" + oneLine(why) + ")");
        }
        for (Map.Entry<String, byte[]> part : packageXml.entrySet()) {
            try (InputStream in = new ByteArrayInputStream(part.getValue())) {
                DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                f.setNamespaceAware(true);
                f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                javax.xml.parsers.DocumentBuilder b = f.newDocumentBuilder();
                b.setErrorHandler(SILENT);
                b.parse(in);
            } catch (Exception e) {
                throw fail(name, "its part " + part.getKey() + " is not readable XML ("
                        + oneLine(String.valueOf(e.getMessage())) + ")");
            }
        }
        for (String part : names) {
            if (part.endsWith("/") || part.equals("[Content_Types].xml") || part.endsWith(".rels")) {
                continue;
            }
            int dot = part.lastIndexOf('.');
            String ext = dot < 0 || dot < part.lastIndexOf('/') ? "" : part.substring(dot + 1).toLowerCase(Locale.ROOT);
            if (!overrides.contains("/" + part.toLowerCase(Locale.ROOT)) && !defaults.containsKey(ext)) {
                throw fail(name, "its part " + part + " has no content type");
            }
        }
    }

    static String oneLine(String s) {
        String line = s.replaceAll("\\s+", " ").trim();
        return line.length() > 200 ? line.substring(0, 200) + "\u2026" : line;
    }

    private static ExportException fail(String name, String problem) {
        return new ExportException("template " + name + " cannot be used: " + problem);
    }
}
