package io.github.methodbank.docx.internal.template;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import io.github.methodbank.docx.internal.wml.Numbering;
import io.github.methodbank.docx.internal.wml.Ooxml;
import io.github.methodbank.docx.internal.wml.Settings;
import io.github.methodbank.docx.internal.wml.StyleSheet;
import io.github.methodbank.docx.internal.wml.WordPackage;
import io.github.methodbank.docx.internal.wml.Wml;
import io.github.methodbank.docx.internal.wml.XmlWriter;
import javax.xml.namespace.QName;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPrDefault;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * What a workshop document takes from a corporate template (read by {@link TemplateReader}),
 * and how our style sheet, bullet numbering, header and footer are fitted into it. One per
 * export; the XmlBeans objects in it are changed while the document is written.
 */
public final class Template {

    static final String W = Ooxml.W;
    static final String REL = Ooxml.REL;

    /** A part copied as it is; {@code rels} is its relationships part, or null. */
    public record Part(String name, String contentType, byte[] data, String rels) {}

    /** The main document part's name in the template, such as {@code word/document.xml}. */
    public final String mainPart;
    /** The main part's relationships that are kept, with the template's ids (the page setup refers to them). */
    public final List<WordPackage.Rel> rels = new ArrayList<>();
    /** The copied parts: headers, footers, theme and the rest, and what they refer to. */
    public final List<Part> parts = new ArrayList<>();
    public StylesDocument styles;
    public String stylesPart;
    public NumberingDocument numbering;
    public String numberingPart;
    public SettingsDocument settings;
    public String settingsPart;
    /** The numbering part's relationships (picture bullets), or null. */
    public String numberingRels;
    public CTSectPr sectPr;
    public String customProperties;
    public boolean hasHeader;
    public boolean hasFooter;

    /** The template's name in messages. */
    public final String name;

    Template(String mainPart, String name) {
        this.mainPart = mainPart;
        this.name = name;
    }

    // ---------------------------------------------------------------- numbering

    /**
     * Adds our bullet and numbered list definitions to the template's numbering, under ids it does
     * not use, and the bullet list's {@code w:num}. Returns the document's lists, or null when the
     * template has no numbering (ours is then written as it is).
     */
    public Numbering addLists() {
        if (numbering == null || numbering.getNumbering() == null) {
            return null;
        }
        CTNumbering n = numbering.getNumbering();
        // LibreOffice writes w:pStyle before w:numFmt in its outline numbering: put the levels in
        // the schema's order, as Word reads them
        for (XmlObject lvl : n.selectPath(XmlEdits.DECLARE_W + "./w:abstractNum/w:lvl")) {
            XmlEdits.reorder(lvl, XmlEdits.LVL_ORDER);
        }
        for (XmlObject lvl : n.selectPath(XmlEdits.DECLARE_W + "./w:num/w:lvlOverride/w:lvl")) {
            XmlEdits.reorder(lvl, XmlEdits.LVL_ORDER);
        }
        long abstractId = 0;
        for (CTAbstractNum a : n.getAbstractNumArray()) {
            if (a.getAbstractNumId() != null) {
                abstractId = Math.max(abstractId, id(a.getAbstractNumId(), "abstractNumId") + 1);
            }
        }
        long numId = 1;
        for (CTNum num : n.getNumArray()) {
            if (num.getNumId() != null) {
                numId = Math.max(numId, id(num.getNumId(), "numId") + 1);
            }
        }
        try {
            CTNumbering ours = NumberingDocument.Factory.parse(Numbering.definitions(abstractId, abstractId + 1),
                    POIXMLTypeLoader.DEFAULT_XML_OPTIONS).getNumbering();
            // the elements' content and attributes, not the elements themselves: set() on a new element
            // with a parsed document would nest one w:abstractNum inside another
            for (CTAbstractNum a : ours.getAbstractNumArray()) {
                n.addNewAbstractNum().set(a);
            }
        } catch (XmlException e) {
            throw new IllegalStateException("built-in numbering definitions do not parse", e);
        }
        CTNum num = n.addNewNum();
        num.setNumId(BigInteger.valueOf(numId));
        num.addNewAbstractNumId().setVal(BigInteger.valueOf(abstractId));
        return new Numbering(Math.toIntExact(numId), Math.toIntExact(abstractId + 1), Math.toIntExact(numId + 1));
    }

    /** A numbering id, which Word reads as a 32-bit number: a larger one is a broken template. */
    private long id(BigInteger value, String what) {
        if (value.signum() < 0 || value.bitLength() > 30) {
            throw new TemplateException(name, "its numbering has a " + what + " Word cannot read (" + value + ")");
        }
        return value.longValue();
    }

    // ---------------------------------------------------------------- styles

    /**
     * Makes sure every role has a style: a template's style with the same Word name (or id)
     * is kept, a missing one is copied from our style sheet. Sets the document language in
     * the style defaults. Returns the style id to use for each role, indexed by ordinal.
     */
    public String[] mergeStyles(int bulletNumId, String wordLang) {
        if (styles == null || styles.getStyles() == null) {
            styles = StylesDocument.Factory.newInstance();
            styles.addNewStyles();
        }
        CTStyles target = styles.getStyles();
        CTStyles ours;
        try {
            ours = StylesDocument.Factory.parse(StyleSheet.xml(bulletNumId), POIXMLTypeLoader.DEFAULT_XML_OPTIONS).getStyles();
        } catch (XmlException e) {
            throw new IllegalStateException("built-in style sheet does not parse", e);
        }
        String[] ids = new String[StyleSheet.Role.values().length];
        Map<String, String> chosen = new HashMap<>();
        Map<String, String> byName = new HashMap<>();
        Set<String> existing = new HashSet<>();
        for (CTStyle s : target.getStyleArray()) {
            if (s.getStyleId() != null) {
                existing.add(s.getStyleId());
                if (s.isSetName()) {
                    String styleName = s.getName().getVal();
                    if (styleName != null) {
                        byName.putIfAbsent(styleName.toLowerCase(Locale.ROOT), s.getStyleId());
                    } else {
                        s.unsetName(); // a name without a value is no name, and not valid
                    }
                }
            }
        }
        for (StyleSheet.Role role : StyleSheet.Role.values()) {
            String found = byName.get(role.wordName.toLowerCase(Locale.ROOT));
            if (found == null && existing.contains(role.id)) {
                found = role.id;
            }
            if (found != null) {
                ids[role.ordinal()] = found;
                chosen.put(role.id, found);
                continue;
            }
            for (CTStyle s : ours.getStyleArray()) {
                if (s.getStyleId().equals(role.id)) {
                    CTStyle copy = (CTStyle) s.copy();
                    if (copy.isSetBasedOn()) {
                        String base = chosen.get(copy.getBasedOn().getVal());
                        if (base != null) {
                            copy.getBasedOn().setVal(base);
                        } else if (!existing.contains(copy.getBasedOn().getVal())) {
                            copy.unsetBasedOn();
                        }
                    }
                    target.addNewStyle().set(copy);
                    existing.add(role.id);
                }
            }
            ids[role.ordinal()] = role.id;
            chosen.put(role.id, role.id);
        }
        // the job's language wins over the template's wherever a style sets one
        for (CTStyle s : target.getStyleArray()) {
            if (s.isSetRPr()) {
                for (CTLanguage l : s.getRPr().getLangArray()) {
                    setLanguage(l, wordLang);
                }
            }
            // conditional formatting of table styles (poi-ooxml-lite has no type for it: by path)
            for (XmlObject l : s.selectPath(XmlEdits.DECLARE_W + "./w:tblStylePr/w:rPr/w:lang")) {
                XmlEdits.setAttribute(l, "val", wordLang);
                if (Wml.rightToLeft(wordLang)) {
                    XmlEdits.setAttribute(l, "bidi", wordLang);
                }
            }
        }
        CTDocDefaults defaults = target.isSetDocDefaults() ? target.getDocDefaults() : target.addNewDocDefaults();
        CTRPrDefault rprDefault = defaults.isSetRPrDefault() ? defaults.getRPrDefault() : defaults.addNewRPrDefault();
        CTRPr rpr = rprDefault.isSetRPr() ? rprDefault.getRPr() : rprDefault.addNewRPr();
        CTLanguage lang = rpr.sizeOfLangArray() > 0 ? rpr.getLangArray(0) : rpr.addNewLang();
        lang.setVal(wordLang);
        if (Wml.rightToLeft(wordLang)) {
            lang.setBidi(wordLang); // the language Word gives right-to-left text
        }
        return ids;
    }

    /** A style's language becomes the document's (its East Asian and complex-script languages stay). */
    private static void setLanguage(CTLanguage l, String wordLang) {
        l.setVal(wordLang);
        if (Wml.rightToLeft(wordLang)) {
            l.setBidi(wordLang);
        }
    }

    // ---------------------------------------------------------------- page

    /** The content width the template's page leaves, or {@code fallback} when it sets no page size. */
    public int contentWidth(int fallback, int min) {
        if (sectPr == null || !sectPr.isSetPgSz()) {
            return fallback;
        }
        try {
            long page = twips(sectPr.getPgSz().getW());
            long left = sectPr.isSetPgMar() ? twips(sectPr.getPgMar().getLeft()) : 1440;
            long right = sectPr.isSetPgMar() ? twips(sectPr.getPgMar().getRight()) : 1440;
            long w = page - left - right;
            return w >= min && w <= 30000 ? (int) w : fallback;
        } catch (RuntimeException e) {
            return fallback;
        }
    }

    private static long twips(Object measure) {
        if (measure instanceof Number n) {
            return n.longValue();
        }
        if (measure == null) {
            throw new IllegalArgumentException("no measure");
        }
        return Long.parseLong(measure.toString().trim());
    }

    /**
     * The template's section properties as XML, with references to our header and footer
     * (when not null) and, when the template sets no page size, an A4 page with 2 cm margins.
     */
    public String sectPrXml(String headerId, String footerId) {
        CTSectPr s = sectPr != null ? sectPr : CTSectPr.Factory.newInstance();
        if (headerId != null) {
            var ref = s.addNewHeaderReference();
            ref.setType(STHdrFtr.DEFAULT);
            ref.setId(headerId);
        }
        if (footerId != null) {
            var ref = s.addNewFooterReference();
            ref.setType(STHdrFtr.DEFAULT);
            ref.setId(footerId);
        }
        if (!s.isSetPgSz()) {
            CTPageSz size = s.addNewPgSz();
            size.setW(BigInteger.valueOf(11906));
            size.setH(BigInteger.valueOf(16838));
            CTPageMar mar = s.isSetPgMar() ? s.getPgMar() : s.addNewPgMar();
            BigInteger m = BigInteger.valueOf(1134);
            mar.setTop(m);
            mar.setBottom(m);
            mar.setLeft(m);
            mar.setRight(m);
            mar.setHeader(BigInteger.valueOf(567));
            mar.setFooter(BigInteger.valueOf(567));
            mar.setGutter(BigInteger.ZERO);
        }
        XmlOptions o = options();
        o.setSaveSyntheticDocumentElement(new QName(W, "sectPr"));
        return s.xmlText(o);
    }

    // ---------------------------------------------------------------- writing

    public byte[] stylesXml() {
        return save(styles);
    }

    /** The numbering part with our lists in it, and a {@code w:num} per numbered list the body made. */
    public byte[] numberingXml(Numbering lists) {
        CTNumbering n = numbering.getNumbering();
        for (Numbering.NumberedList list : lists.numberedLists()) {
            CTNum num = n.addNewNum();
            num.setNumId(BigInteger.valueOf(list.numId()));
            num.addNewAbstractNumId().setVal(BigInteger.valueOf(lists.numberAbstractId()));
            var override = num.addNewLvlOverride();
            override.setIlvl(BigInteger.valueOf(list.level()));
            override.addNewStartOverride().setVal(BigInteger.valueOf(list.start()));
        }
        return save(numbering);
    }

    /**
     * The template's settings as a current Word document has them: compatibility mode 15 (the
     * template's own compatibility settings otherwise kept), the theme font language the
     * document's, without data sources (mail merge) or an attached template.
     */
    public byte[] settingsXml(String wordLang) {
        // by path and cursor: poi-ooxml-lite, which users have, lacks the types of w:compat and w:mailMerge
        XmlObject s = settings.getSettings();
        for (XmlObject o : s.selectPath(XmlEdits.DECLARE_W + "./w:mailMerge")) {
            XmlEdits.remove(o);
        }
        for (XmlObject o : s.selectPath(XmlEdits.DECLARE_W + "./w:attachedTemplate")) {
            XmlEdits.remove(o);
        }
        XmlObject compat = XmlEdits.child(s, "compat");
        XmlObject mode = null;
        for (XmlObject c : compat.selectPath(XmlEdits.DECLARE_W + "./w:compatSetting")) {
            if ("compatibilityMode".equals(XmlEdits.attribute(c, "name"))) {
                mode = c;
            }
        }
        if (mode == null) {
            try (XmlCursor c = compat.newCursor()) {
                c.toEndToken();
                c.beginElement(new QName(W, "compatSetting"));
                c.insertAttributeWithValue(new QName(W, "name"), "compatibilityMode");
                c.insertAttributeWithValue(new QName(W, "uri"), Settings.WORD_URI);
                c.insertAttributeWithValue(new QName(W, "val"), Integer.toString(Settings.COMPATIBILITY_MODE));
            }
        } else {
            int current;
            try {
                current = Integer.parseInt(String.valueOf(XmlEdits.attribute(mode, "val")).trim());
            } catch (NumberFormatException e) {
                current = 0;
            }
            if (current < Settings.COMPATIBILITY_MODE) {
                XmlEdits.setAttribute(mode, "val", Integer.toString(Settings.COMPATIBILITY_MODE));
            }
        }
        XmlEdits.setAttribute(XmlEdits.child(s, "themeFontLang"), "val", wordLang);
        return save(settings);
    }

    private static XmlOptions options() {
        XmlOptions o = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
        o.setSaveSuggestedPrefixes(Map.of(W, "w", REL, "r"));
        o.setSaveAggressiveNamespaces();
        return o;
    }

    private static byte[] save(XmlObject doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try {
            out.write(XmlWriter.DECLARATION.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            XmlOptions o = options();
            o.setSaveNoXmlDecl();
            doc.save(out, o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
