package io.github.methodbank.docx.internal.wml;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The parts of one Word package (OPC), gathered while a document is written and then put into
 * a {@link StableZip} in a fixed order: the content types, the package relationships, then
 * every part by name. Keeps the main document part's relationships and hands out ids and part
 * names that do not clash with what a template brought along. Not thread-safe.
 */
public final class WordPackage {

    public static final String CT_DOCUMENT = Ooxml.DOCUMENT;
    public static final String CT_STYLES = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";
    public static final String CT_NUMBERING = "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml";
    public static final String CT_SETTINGS = "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml";
    public static final String CT_HEADER = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml";
    public static final String CT_FOOTER = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml";
    public static final String CT_CORE = "application/vnd.openxmlformats-package.core-properties+xml";
    public static final String CT_APP = "application/vnd.openxmlformats-officedocument.extended-properties+xml";
    private static final String CT_RELS = "application/vnd.openxmlformats-package.relationships+xml";

    public static final String REL_IMAGE = Ooxml.R + "image";
    private static final String REL_CORE = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
    private static final String REL_APP = Ooxml.R + "extended-properties";

    /** A relationship: its id, type and target (relative to the source part's folder, or a URL when external). */
    public record Rel(String id, String type, String target, boolean external) {
        public Rel(String id, String type, String target) {
            this(id, type, target, false);
        }
    }

    private record Data(byte[] bytes, int length, StableZip.Deflated deflated) {}

    /** The main document part, such as {@code word/document.xml}. */
    public final String mainPart;
    /** Its folder, such as {@code word/}; our own parts go here. */
    public final String folder;
    private final Map<String, Data> parts = new TreeMap<>();
    private final Map<String, String> overrides = new TreeMap<>();
    private final Map<String, String> defaults = new TreeMap<>();
    private final List<Rel> mainRels = new ArrayList<>();
    private final Set<String> relIds = new HashSet<>();
    private final Set<String> names = new HashSet<>();
    private int nextRelId = 1;
    private String customProperties;

    public WordPackage(String mainPart) {
        this.mainPart = mainPart;
        int slash = mainPart.lastIndexOf('/');
        this.folder = slash < 0 ? "" : mainPart.substring(0, slash + 1);
        defaults.put("rels", CT_RELS);
        defaults.put("xml", "application/xml");
        names.add(mainPart);
        names.add(relsName(mainPart));
    }

    /** Keeps a relationship of the main part with the id a template gave it. */
    public void keep(Rel rel) {
        relIds.add(rel.id());
        mainRels.add(rel);
    }

    /** A new relationship of the main part; {@code target} is relative to its folder (or a URL when external). */
    public String relate(String type, String target, boolean external) {
        String id;
        do {
            id = "rId" + nextRelId++;
        } while (relIds.contains(id));
        relIds.add(id);
        mainRels.add(new Rel(id, type, target, external));
        return id;
    }

    /** Reserves a part name in the main part's folder: {@code stem + ext}, or with a number when taken (or when {@code numbered}). */
    public String freeName(String stem, String ext, boolean numbered) {
        if (!numbered && names.add(folder + stem + ext)) {
            return stem + ext;
        }
        for (int i = 1; ; i++) {
            if (names.add(folder + stem + i + ext)) {
                return stem + i + ext;
            }
        }
    }

    /** Reserves the names of parts copied from a template. */
    public void reserve(String name) {
        names.add(name);
        names.add(relsName(name));
    }

    /** Adds a part; {@code contentType} null when a default by extension covers it. */
    public void add(String name, String contentType, byte[] bytes, int length) {
        put(name, contentType, new Data(bytes, length, null));
    }

    /** Adds a part deflated beforehand. */
    public void add(String name, String contentType, StableZip.Deflated deflated) {
        put(name, contentType, new Data(null, 0, deflated));
    }

    /** Adds a picture part, its content type a default for its extension. */
    public void addMedia(String name, String extension, String contentType, byte[] bytes) {
        defaults.put(extension, contentType);
        put(name, null, new Data(bytes, bytes.length, null));
    }

    /** Adds a relationships part for {@code part}. */
    public void addRels(String part, String relsXml) {
        byte[] b = relsXml.getBytes(StandardCharsets.UTF_8);
        put(relsName(part), null, new Data(b, b.length, null));
    }

    /** The custom properties part a template brought (referred to from the package), or null. */
    public void customProperties(String name) {
        customProperties = name;
    }

    private void put(String name, String contentType, Data data) {
        if (parts.putIfAbsent(name, data) != null) {
            throw new IllegalStateException("part " + name + " written twice");
        }
        names.add(name);
        if (contentType != null) {
            overrides.put(name, contentType);
        }
    }

    public static String relsName(String part) {
        int slash = part.lastIndexOf('/');
        return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    }

    /** Puts the whole package into {@code zip}. */
    public void writeTo(StableZip zip) {
        overrides.put(mainPart, CT_DOCUMENT);
        XmlWriter types = new XmlWriter(2048);
        types.raw(XmlWriter.DECLARATION)
                .raw("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">");
        for (Map.Entry<String, String> d : defaults.entrySet()) {
            types.raw("<Default Extension=\"").attr(d.getKey()).raw("\" ContentType=\"").attr(d.getValue()).raw("\"/>");
        }
        for (Map.Entry<String, String> o : overrides.entrySet()) {
            types.raw("<Override PartName=\"/").attr(o.getKey()).raw("\" ContentType=\"").attr(o.getValue()).raw("\"/>");
        }
        types.raw("</Types>");
        zip.add("[Content_Types].xml", types.buffer(), types.length());

        List<Rel> pkgRels = new ArrayList<>();
        pkgRels.add(new Rel("rId1", Ooxml.OFFICE_DOCUMENT, mainPart));
        pkgRels.add(new Rel("rId2", REL_APP, "docProps/app.xml"));
        pkgRels.add(new Rel("rId3", REL_CORE, "docProps/core.xml"));
        if (customProperties != null) {
            pkgRels.add(new Rel("rId4", Ooxml.CUSTOM_PROPERTIES, customProperties));
        }
        byte[] rels = relsXml(pkgRels).getBytes(StandardCharsets.UTF_8);
        zip.add("_rels/.rels", rels, rels.length);
        addRels(mainPart, relsXml(mainRels));

        for (Map.Entry<String, Data> p : parts.entrySet()) {
            Data d = p.getValue();
            if (d.deflated() != null) {
                zip.add(p.getKey(), d.deflated());
            } else {
                zip.add(p.getKey(), d.bytes(), d.length());
            }
        }
    }

    /** A relationships part. */
    public static String relsXml(List<Rel> rels) {
        XmlWriter x = new XmlWriter(256 + rels.size() * 160);
        x.raw(XmlWriter.DECLARATION).raw("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (Rel r : rels) {
            rel(x, r.id(), r.type(), r.target(), r.external());
        }
        x.raw("</Relationships>");
        return x.toString();
    }

    /** One relationship element. */
    public static void rel(XmlWriter x, String id, String type, String target, boolean external) {
        x.raw("<Relationship Id=\"").attr(id).raw("\" Type=\"").attr(type).raw("\" Target=\"").attr(target);
        x.raw(external ? "\" TargetMode=\"External\"/>" : "\"/>");
    }
}
