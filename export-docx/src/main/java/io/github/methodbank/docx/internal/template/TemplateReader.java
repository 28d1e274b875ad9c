package io.github.methodbank.docx.internal.template;

import io.github.methodbank.core.export.ExportException;
import io.github.methodbank.core.export.ExportListener;
import io.github.methodbank.docx.internal.wml.Ooxml;
import io.github.methodbank.docx.internal.wml.WordPackage;
import io.github.methodbank.docx.internal.wml.XmlWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FtrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.HdrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * Reads a corporate template (.docx or .dotx) with POI, with its zip-bomb checks on, and keeps
 * what a workshop document takes from it: the style sheet, the numbering definitions, the
 * settings, the page setup and the parts that belong to the document rather than to its body
 * (headers, footers, theme, font table, footnote separators, building blocks, custom XML and
 * custom properties), each with the parts it refers to. The template's body and what only the
 * body used (its pictures, comments, links) are left out. So are links that would make Word
 * fetch something from elsewhere when the document is opened (an attached template, linked
 * images or frames): each is reported to the listener.
 */
public final class TemplateReader {

    static final String DOCUMENT = Ooxml.DOCUMENT;
    static final String TEMPLATE = Ooxml.TEMPLATE;
    static final String R = Ooxml.R;
    static final String OFFICE_DOCUMENT = Ooxml.OFFICE_DOCUMENT;
    static final String HYPERLINK = Ooxml.HYPERLINK;
    static final String STYLES = Ooxml.STYLES;
    static final String NUMBERING = Ooxml.NUMBERING;
    static final String SETTINGS = Ooxml.SETTINGS;
    static final String HEADER = Ooxml.HEADER;
    static final String FOOTER = Ooxml.FOOTER;
    static final String CUSTOM_PROPERTIES = Ooxml.CUSTOM_PROPERTIES;


    /** The largest uncompressed part accepted from a template. */
    public static final long MAX_ENTRY_SIZE = 64L * 1024 * 1024;
    /** The smallest compression ratio accepted (POI's own default). */
    public static final double MIN_INFLATE_RATIO = 0.01;

    private final String name;
    private final ExportListener listener;
    private final OPCPackage pkg;
    /** Copied parts by name (without the leading slash). */
    private final Map<String, Template.Part> parts = new TreeMap<>();
    /** What was left out, by kind, with examples: one warning each. */
    private final Map<String, Set<String>> leftOut = new java.util.LinkedHashMap<>();

    private TemplateReader(String name, ExportListener listener, OPCPackage pkg) {
        this.name = name;
        this.listener = listener;
        this.pkg = pkg;
    }

    public static Template read(byte[] bytes, String name, ExportListener listener) throws ExportException {
        try {
            return readChecked(bytes, name, listener);
        } catch (OutOfMemoryError e) {
            throw new ExportException("template " + name + " cannot be used: reading it (" + bytes.length / 1024
                    + " KB) needs more memory than this Java process has; save it again from Word without"
                    + " its body text and pictures, or give Java more memory (-Xmx)", e);
        }
    }

    private static Template readChecked(byte[] bytes, String name, ExportListener listener) throws ExportException {
        tightenZipLimits();
        TemplatePrecheck.check(bytes, name);
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            throw unreadable(name, e);
        } catch (LinkageError e) {
            // a zip entry packed with a method (such as Zstandard) whose decoder is not on the class path
            throw new ExportException("template " + name + " cannot be read as a Word document (.docx or .dotx): it"
                    + " is packed in a way Word does not write (" + e + ")", e);
        }
        try {
            return new TemplateReader(name, listener, pkg).read();
        } catch (ExportException e) {
            throw e;
        } catch (IOException | InvalidFormatException | XmlException | RuntimeException e) {
            throw unreadable(name, e);
        } finally {
            pkg.revert();
        }
    }

    private static ExportException unreadable(String name, Exception e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : TemplatePrecheck.oneLine(e.getMessage());
        return new ExportException("template " + name + " cannot be read as a Word document (.docx or .dotx): " + why, e);
    }

    /** POI's zip-bomb limits are JVM-wide: only ever tighten them, never loosen another user's settings. */
    private static void tightenZipLimits() {
        synchronized (ZipSecureFile.class) {
            if (ZipSecureFile.getMinInflateRatio() < MIN_INFLATE_RATIO) {
                ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
            }
            if (ZipSecureFile.getMaxEntrySize() > MAX_ENTRY_SIZE) {
                ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
            }
        }
    }

    private Template read() throws IOException, InvalidFormatException, XmlException, ExportException {
        PackagePart main = null;
        for (PackageRelationship rel : pkg.getRelationshipsByType(OFFICE_DOCUMENT)) {
            main = pkg.getPart(rel);
            break;
        }
        String type = main == null ? null : main.getContentType();
        if (type != null && type.contains("macroEnabled")) {
            throw new ExportException("template " + name + " is a macro-enabled document; save it as .docx or .dotx");
        }
        if (!DOCUMENT.equals(type) && !TEMPLATE.equals(type)) {
            throw new ExportException("template " + name + " is not a Word document (.docx or .dotx)");
        }
        Template t = new Template(entryName(main), name);
        try (InputStream in = main.getInputStream()) {
            // only the page setup: the body itself is left out, so it is streamed past, not parsed whole
            String sectPr = SectionReader.lastSectPr(in);
            if (sectPr != null) {
                // the element's content and attributes as the object's, not the element inside it
                XmlOptions o = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
                o.setLoadReplaceDocumentElement(null);
                t.sectPr = CTSectPr.Factory.parse(sectPr, o);
            }
        } catch (javax.xml.stream.XMLStreamException e) {
            throw new ExportException("template " + name + " has a broken part " + entryName(main) + ": "
                    + TemplatePrecheck.oneLine(String.valueOf(e.getMessage())), e);
        }
        for (PackageRelationship rel : main.getRelationships()) {
            String relType = rel.getRelationshipType();
            if (rel.getTargetMode() == TargetMode.EXTERNAL) {
                // the body's own links go with the body; anything else would be fetched on opening
                if (!HYPERLINK.equals(relType)) {
                    leftOut(rel, true);
                }
                continue;
            }
            PackagePart target = target(rel);
            if (target == null) {
                continue;
            }
            if (!relType.equals(STYLES) && !relType.equals(NUMBERING) && !relType.equals(SETTINGS)) {
                String required = TemplatePolicy.MAIN.get(relType);
                if (required == null) {
                    leftOut(rel, false);
                    continue;
                }
                if (!TemplatePolicy.fits(required, target.getContentType())) {
                    found("parts that are not what their link says they are", entryName(target) + " ("
                            + target.getContentType() + ")");
                    continue;
                }
            } else {
                requireType(target, relType.substring(relType.lastIndexOf('/') + 1) + "+xml");
            }
            WordPackage.Rel kept = new WordPackage.Rel(rel.getId(), relType, rel.getTargetURI().toString());
            switch (relType) {
                case STYLES -> {
                    try (InputStream in = target.getInputStream()) {
                        t.styles = StylesDocument.Factory.parse(in, POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
                    }
                    t.stylesPart = entryName(target);
                    t.rels.add(kept);
                }
                case NUMBERING -> {
                    try (InputStream in = target.getInputStream()) {
                        t.numbering = NumberingDocument.Factory.parse(in, POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
                    }
                    t.numberingPart = entryName(target);
                    t.numberingRels = rels(target);
                    t.rels.add(kept);
                }
                case SETTINGS -> {
                    SettingsDocument settings;
                    try (InputStream in = target.getInputStream()) {
                        settings = SettingsDocument.Factory.parse(in, POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
                    }
                    if (settings.getSettings() != null && settings.getSettings().isSetAttachedTemplate()) {
                        settings.getSettings().unsetAttachedTemplate();
                    }
                    t.settings = settings;
                    t.settingsPart = entryName(target);
                    // settings keep no relationships: they lead to attached templates and mail-merge data
                    for (PackageRelationship r : target.getRelationships()) {
                        leftOut(r, r.getTargetMode() == TargetMode.EXTERNAL);
                    }
                    t.rels.add(kept);
                }
                default -> {
                    if (relType.equals(HEADER) || relType.equals(FOOTER)) {
                        checkHeaderOrFooter(target, relType.equals(HEADER));
                    }
                    copy(target);
                    t.rels.add(kept);
                    t.hasHeader |= relType.equals(HEADER);
                    t.hasFooter |= relType.equals(FOOTER);
                }
            }
        }
        for (PackageRelationship rel : pkg.getRelationshipsByType(CUSTOM_PROPERTIES)) {
            PackagePart target = target(rel);
            if (target != null) {
                copy(target);
                t.customProperties = entryName(target);
            }
        }
        t.parts.addAll(parts.values());
        for (Map.Entry<String, Set<String>> left : leftOut.entrySet()) {
            listener.warning("template " + name + ": left out " + left.getKey()
                    + (left.getValue().isEmpty() ? "" : " (" + String.join(", ", left.getValue()) + ")")
                    + "; a workshop document takes only styles, numbering, theme, fonts, settings, page setup,"
                    + " headers and footers from its template");
        }
        return t;
    }

    /** A part that must be of one kind (styles, numbering, settings), or the template is broken. */
    private void requireType(PackagePart part, String suffix) throws ExportException {
        if (!part.getContentType().equals(TemplatePolicy.WML + suffix)) {
            throw new ExportException("template " + name + " has a broken part " + entryName(part) + ": its content type "
                    + part.getContentType() + " is not that of its link (" + suffix + ")");
        }
    }

    /** Notes something left out, for one warning per kind; up to three examples each. */
    private void found(String kind, String example) {
        Set<String> examples = leftOut.computeIfAbsent(kind, k -> new java.util.LinkedHashSet<>());
        if (example != null && examples.size() < 3) {
            examples.add(example);
        }
    }

    /**
     * Checks that a header or footer is one, as Word (and POI) will read it from its relationship:
     * the right content type and a document of the right kind. A broken one would make the workshop
     * document unreadable.
     */
    private void checkHeaderOrFooter(PackagePart part, boolean header) throws ExportException {
        String kind = header ? "header" : "footer";
        String expected = "application/vnd.openxmlformats-officedocument.wordprocessingml." + kind + "+xml";
        if (!expected.equals(part.getContentType())) {
            throw new ExportException("template " + name + " has a broken part " + entryName(part) + ": a " + kind
                    + " with the content type " + part.getContentType());
        }
        try (InputStream in = part.getInputStream()) {
            if (header) {
                HdrDocument.Factory.parse(in, POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
            } else {
                FtrDocument.Factory.parse(in, POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
            }
        } catch (XmlException | IOException | RuntimeException e) {
            throw new ExportException("template " + name + " has a broken part " + entryName(part) + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Checks that an XML part copied as it is is well-formed (parsed with POI's secure options: no
     * DTDs, no external entities). A broken part would make the workshop document unreadable.
     */
    private void checkXml(PackagePart part, String entry, byte[] data) throws ExportException {
        String type = part.getContentType();
        if (!type.endsWith("xml")) {
            return;
        }
        try (InputStream in = new ByteArrayInputStream(data)) {
            XmlObject.Factory.parse(in, POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
        } catch (XmlException | IOException | RuntimeException e) {
            throw new ExportException("template " + name + " has a broken part " + entry + ": " + e.getMessage(), e);
        }
    }

    /** Copies a part, and what it refers to, unless already copied. */
    private void copy(PackagePart part) throws IOException, InvalidFormatException, ExportException {
        String entry = entryName(part);
        if (parts.containsKey(entry)) {
            return;
        }
        byte[] data;
        try (InputStream in = part.getInputStream()) {
            data = in.readAllBytes();
        }
        checkXml(part, entry, data);
        // placed before its relationships are followed, so that a cycle ends here
        parts.put(entry, new Template.Part(entry, part.getContentType(), data, null));
        List<WordPackage.Rel> kept = new ArrayList<>();
        String relsXml = part.isRelationshipPart() ? null : rels(part, kept);
        if (TemplatePolicy.STORIES.contains(part.getContentType())) {
            Set<String> ids = new java.util.HashSet<>();
            kept.forEach(r -> ids.add(r.id()));
            Set<String> kinds = new java.util.LinkedHashSet<>();
            try {
                data = StoryFilter.clean(data, ids, kinds);
            } catch (Exception e) {
                throw new ExportException("template " + name + " has a broken part " + entry + ": "
                        + TemplatePrecheck.oneLine(String.valueOf(e.getMessage())), e);
            }
            kinds.forEach(k -> found(k, entry));
        }
        parts.put(entry, new Template.Part(entry, part.getContentType(), data, relsXml));
    }

    /** The relationships part of a copied part, as its allow-list has them; the internal targets are copied too. */
    private String rels(PackagePart part) throws IOException, InvalidFormatException, ExportException {
        return rels(part, new ArrayList<>());
    }

    /**
     * The relationships part of a copied part: only the relationships {@link TemplatePolicy#allowed}
     * lets a part of its kind keep (external ones only for hyperlinks), their internal targets
     * copied too; {@code kept} gets them. Null when none is kept.
     */
    private String rels(PackagePart part, List<WordPackage.Rel> kept)
            throws IOException, InvalidFormatException, ExportException {
        if (!part.hasRelationships()) {
            return null;
        }
        Map<String, String> allowed = TemplatePolicy.allowed(part.getContentType());
        for (PackageRelationship rel : part.getRelationships()) {
            String relType = rel.getRelationshipType();
            boolean external = rel.getTargetMode() == TargetMode.EXTERNAL;
            if (!allowed.containsKey(relType) || external != HYPERLINK.equals(relType)) {
                leftOut(rel, external);
                continue;
            }
            if (external) {
                kept.add(new WordPackage.Rel(rel.getId(), relType, rel.getTargetURI().toString(), true));
                continue;
            }
            PackagePart target = target(rel);
            if (target == null) {
                continue;
            }
            if (!TemplatePolicy.fits(allowed.get(relType), target.getContentType())) {
                found("parts that are not what their link says they are", entryName(target) + " ("
                        + target.getContentType() + ")");
                continue;
            }
            copy(target);
            kept.add(new WordPackage.Rel(rel.getId(), relType, rel.getTargetURI().toString()));
        }
        return kept.isEmpty() ? null : WordPackage.relsXml(kept);
    }

    private void leftOut(PackageRelationship rel, boolean external) {
        String target = String.valueOf(rel.getTargetURI());
        found(TemplatePolicy.kind(rel.getRelationshipType(), target, external), target);
    }

    /** The part a relationship points at, or null when there is none. */
    private PackagePart target(PackageRelationship rel) {
        try {
            URI uri = PackagingURIHelper.resolvePartUri(rel.getSourceURI(), rel.getTargetURI());
            return pkg.getPart(PackagingURIHelper.createPartName(uri));
        } catch (InvalidFormatException | RuntimeException e) {
            return null;
        }
    }

    private static String entryName(PackagePart part) {
        String n = part.getPartName().getName();
        return n.startsWith("/") ? n.substring(1) : n;
    }
}
