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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
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

    /** What a document part keeps of the template besides styles, numbering and settings. */
    private static final Set<String> KEPT = Set.of(HEADER, FOOTER, R + "theme", R + "fontTable", R + "webSettings",
            R + "footnotes", R + "endnotes", R + "glossaryDocument", R + "customXml",
            "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects");

    /** The largest uncompressed part accepted from a template. */
    public static final long MAX_ENTRY_SIZE = 64L * 1024 * 1024;
    /** The smallest compression ratio accepted (POI's own default). */
    public static final double MIN_INFLATE_RATIO = 0.01;

    private final String name;
    private final ExportListener listener;
    private final OPCPackage pkg;
    /** Copied parts by name (without the leading slash). */
    private final Map<String, Template.Part> parts = new TreeMap<>();

    private TemplateReader(String name, ExportListener listener, OPCPackage pkg) {
        this.name = name;
        this.listener = listener;
        this.pkg = pkg;
    }

    public static Template read(byte[] bytes, String name, ExportListener listener) throws ExportException {
        tightenZipLimits();
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
        return new ExportException("template " + name + " cannot be read as a Word document (.docx or .dotx): "
                + e.getMessage(), e);
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
            var body = DocumentDocument.Factory.parse(in, POIXMLTypeLoader.DEFAULT_XML_OPTIONS).getDocument().getBody();
            if (body != null && body.isSetSectPr()) {
                t.sectPr = body.getSectPr();
            }
        }
        for (PackageRelationship rel : main.getRelationships()) {
            if (rel.getTargetMode() == TargetMode.EXTERNAL) {
                // the body's own links go with the body; anything else would be fetched on opening
                if (!HYPERLINK.equals(rel.getRelationshipType())) {
                    leftOut(rel);
                }
                continue;
            }
            String relType = rel.getRelationshipType();
            PackagePart target = target(rel);
            if (target == null) {
                continue;
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
                    t.settingsRels = rels(target);
                    t.rels.add(kept);
                }
                default -> {
                    if (KEPT.contains(relType)) {
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
        }
        for (PackageRelationship rel : pkg.getRelationshipsByType(CUSTOM_PROPERTIES)) {
            PackagePart target = target(rel);
            if (target != null) {
                copy(target);
                t.customProperties = entryName(target);
            }
        }
        t.parts.addAll(parts.values());
        return t;
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
        String relsXml = part.isRelationshipPart() ? null : rels(part);
        parts.put(entry, new Template.Part(entry, part.getContentType(), data, relsXml));
    }

    /** The relationships part of a copied part, without fetching links; the internal targets are copied too. */
    private String rels(PackagePart part) throws IOException, InvalidFormatException, ExportException {
        if (!part.hasRelationships()) {
            return null;
        }
        List<WordPackage.Rel> kept = new ArrayList<>();
        for (PackageRelationship rel : part.getRelationships()) {
            if (rel.getTargetMode() == TargetMode.EXTERNAL) {
                if (HYPERLINK.equals(rel.getRelationshipType())) {
                    kept.add(new WordPackage.Rel(rel.getId(), rel.getRelationshipType(), rel.getTargetURI().toString(), true));
                } else {
                    leftOut(rel);
                }
                continue;
            }
            PackagePart target = target(rel);
            if (target != null) {
                copy(target);
                kept.add(new WordPackage.Rel(rel.getId(), rel.getRelationshipType(), rel.getTargetURI().toString()));
            }
        }
        return kept.isEmpty() ? null : WordPackage.relsXml(kept);
    }

    private void leftOut(PackageRelationship rel) {
        listener.warning("template " + name + ": left out a link to " + rel.getTargetURI()
                + " so that opening the workshop document fetches nothing from elsewhere");
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
