package io.github.methodbank.docx.internal;

import io.github.methodbank.core.Method;
import io.github.methodbank.core.export.LabelKey;
import io.github.methodbank.docx.internal.template.Template;
import io.github.methodbank.docx.internal.template.TemplateException;
import io.github.methodbank.docx.internal.wml.Numbering;
import io.github.methodbank.docx.internal.wml.Ooxml;
import io.github.methodbank.docx.internal.wml.Settings;
import io.github.methodbank.docx.internal.wml.StableZip;
import io.github.methodbank.docx.internal.wml.StyleSheet;
import io.github.methodbank.docx.internal.wml.Wml;
import io.github.methodbank.docx.internal.wml.WordPackage;
import io.github.methodbank.docx.internal.wml.XmlWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The package around the body: the styles, numbering and settings parts (ours, or a template's
 * with ours merged in), the header and footer, the document properties and the page setup.
 */
final class PackageParts {

    /** The narrowest content width assumed, whatever a template's page setup says. */
    private static final int MIN_WIDTH = 4000;
    static final String NS = " xmlns:w=\"" + Ooxml.W + "\" xmlns:r=\"" + Ooxml.REL + "\"";
    /** Our page: A4, 2 cm margins, header and footer 1 cm from the edge. */
    private static final String PAGE = "<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:bottom=\"1134\""
            + " w:left=\"1134\" w:right=\"1134\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>";
    private static final byte[] APP = (XmlWriter.DECLARATION
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
            + "<Application>methodbank</Application></Properties>").getBytes(StandardCharsets.UTF_8);
    // the parts that are the same in every document without a template, deflated once
    /** Our settings part deflated, by document language. */
    private static final Map<String, StableZip.Deflated> SETTINGS_DEFLATED = new ConcurrentHashMap<>();
    private static final StableZip.Deflated APP_DEFLATED = StableZip.deflate(APP, APP.length);
    private static final StableZip.Deflated NUMBERING_DEFLATED = StableZip.deflate(Numbering.PLAIN, Numbering.PLAIN.length);
    /** Our style sheet deflated, by document language; a few languages are kept, others deflated each time. */
    private static final Map<String, StableZip.Deflated> STYLES_DEFLATED = new ConcurrentHashMap<>();
    private static final int STYLES_KEPT = 16;
    /** Our numbering parts with numbered lists, deflated, by the lists' levels and starts; a few are kept. */
    private static final Map<String, StableZip.Deflated> NUMBERING_BY_LISTS = new ConcurrentHashMap<>();
    private static final DateTimeFormatter W3CDTF = DateTimeFormatter.ISO_INSTANT;

    private final Workshop ws;
    private final Template template;
    private final WordPackage pkg;
    /** The style id of each role, by ordinal; set by {@link #setUpStylesAndNumbering}. */
    String[] styleIds;
    /** The document's lists; set by {@link #setUpStylesAndNumbering}. */
    Numbering numbering;
    /** The numbering part's name, written by {@link #finishNumbering()}. */
    private String numberingPart;
    /** Whether the numbering part is the template's. */
    private boolean templateNumbering;
    /** This document's content width: A4's, or what a template's page setup leaves. */
    int width = StyleSheet.CONTENT_WIDTH;

    PackageParts(Workshop ws) {
        this.ws = ws;
        this.template = ws.template;
        this.pkg = ws.pkg;
    }

    /** Styles, numbering and settings parts; without a template ours, with one the template's with ours merged in. */
    void setUpStylesAndNumbering(String wordLang) {
        if (template != null) {
            try {
                mergeTemplate(wordLang);
            } catch (TemplateException e) {
                throw e;
            } catch (RuntimeException e) {
                // a style or numbering definition the merge cannot make sense of: the template's fault
                throw new TemplateException(template.name, "its styles or numbering are broken ("
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")", e);
            }
            return;
        }
            styleIds = new String[StyleSheet.Role.values().length];
            for (StyleSheet.Role role : StyleSheet.Role.values()) {
                styleIds[role.ordinal()] = role.id;
            }
            ourPart("styles", WordPackage.CT_STYLES, Ooxml.STYLES, stylesDeflated(wordLang));
            numbering = Numbering.plain();
            numberingPart = reservePart("numbering", Ooxml.NUMBERING);
            ourPart("settings", WordPackage.CT_SETTINGS, Ooxml.SETTINGS, settingsDeflated(wordLang));
    }

    private void mergeTemplate(String wordLang) {
        for (Template.Part p : template.parts) {
            pkg.reserve(p.name());
        }
        for (String part : new String[] {template.stylesPart, template.numberingPart, template.settingsPart}) {
            if (part != null) {
                pkg.reserve(part);
            }
        }
        template.rels.forEach(pkg::keep);
        for (Template.Part p : template.parts) {
            pkg.add(p.name(), p.contentType(), p.data(), p.data().length);
            if (p.rels() != null) {
                pkg.addRels(p.name(), p.rels());
            }
        }
        if (template.customProperties != null) {
            pkg.customProperties(template.customProperties);
        }
        numbering = template.addLists();
        if (numbering == null) {
            numbering = Numbering.plain();
            numberingPart = reservePart("numbering", Ooxml.NUMBERING);
        } else {
            numberingPart = template.numberingPart;
            templateNumbering = true;
        }
        styleIds = template.mergeStyles(numbering.bulletNumId(), wordLang);
        byte[] styles = template.stylesXml();
        if (template.stylesPart != null) {
            pkg.add(template.stylesPart, WordPackage.CT_STYLES, styles, styles.length);
        } else {
            ourPart("styles", WordPackage.CT_STYLES, Ooxml.STYLES, styles, styles.length);
        }
        if (template.settings != null) {
            byte[] settings = template.settingsXml(wordLang);
            pkg.add(template.settingsPart, WordPackage.CT_SETTINGS, settings, settings.length);
        } else {
            ourPart("settings", WordPackage.CT_SETTINGS, Ooxml.SETTINGS, settingsDeflated(wordLang));
        }
        width = template.contentWidth(StyleSheet.CONTENT_WIDTH, MIN_WIDTH);
    }

    /** The numbering part, once the body has made its lists. */
    void finishNumbering() {
        if (templateNumbering) {
            byte[] xml = template.numberingXml(numbering);
            pkg.add(numberingPart, WordPackage.CT_NUMBERING, xml, xml.length);
            if (template.numberingRels != null) {
                pkg.addRels(numberingPart, template.numberingRels);
            }
        } else if (numbering.isPlain()) {
            pkg.add(numberingPart, WordPackage.CT_NUMBERING, NUMBERING_DEFLATED);
        } else {
            // documents of one bank tend to have the same lists: their part is deflated once
            String key = numbering.signature();
            StableZip.Deflated d = NUMBERING_BY_LISTS.get(key);
            if (d == null) {
                XmlWriter x = new XmlWriter(8 * 1024);
                numbering.writePlain(x);
                d = StableZip.deflate(x.buffer(), x.length());
                if (NUMBERING_BY_LISTS.size() < STYLES_KEPT && key.length() < 4096) {
                    NUMBERING_BY_LISTS.putIfAbsent(key, d);
                }
            }
            pkg.add(numberingPart, WordPackage.CT_NUMBERING, d);
        }
    }

    /** Names and relates one of our parts whose data comes later; returns its name in the package. */
    private String reservePart(String stem, String relType) {
        String name = pkg.freeName(stem, ".xml", false);
        pkg.relate(relType, name, false);
        return pkg.folder + name;
    }

    /** One of our parts in the main part's folder, named {@code stem}.xml unless a template took the name, and related to the main part. */
    private void ourPart(String stem, String contentType, String relType, byte[] data, int length) {
        String name = pkg.freeName(stem, ".xml", false);
        pkg.add(pkg.folder + name, contentType, data, length);
        pkg.relate(relType, name, false);
    }

    private void ourPart(String stem, String contentType, String relType, StableZip.Deflated data) {
        String name = pkg.freeName(stem, ".xml", false);
        pkg.add(pkg.folder + name, contentType, data);
        pkg.relate(relType, name, false);
    }

    private static StableZip.Deflated settingsDeflated(String wordLang) {
        StableZip.Deflated d = SETTINGS_DEFLATED.get(wordLang);
        if (d == null) {
            byte[] settings = Settings.xml(wordLang);
            d = StableZip.deflate(settings, settings.length);
            if (SETTINGS_DEFLATED.size() < STYLES_KEPT) {
                SETTINGS_DEFLATED.putIfAbsent(wordLang, d);
            }
        }
        return d;
    }

    private static StableZip.Deflated stylesDeflated(String wordLang) {
        StableZip.Deflated d = STYLES_DEFLATED.get(wordLang);
        if (d == null) {
            XmlWriter styles = new XmlWriter(8 * 1024);
            StyleSheet.write(styles, wordLang);
            d = StableZip.deflate(styles.buffer(), styles.length());
            if (STYLES_DEFLATED.size() < STYLES_KEPT) {
                STYLES_DEFLATED.putIfAbsent(wordLang, d);
            }
        }
        return d;
    }

    /** Our header and footer where the template has none; returns their relationship ids (null where the template's stay). */
    String[] setUpHeaderFooter(String title) {
        Wml w = ws.w;
        String[] ids = new String[2];
        if (template == null || !template.hasHeader) {
            XmlWriter h = new XmlWriter(512);
            h.raw(XmlWriter.DECLARATION).raw("<w:hdr").raw(NS).raw(">");
            h.raw("<w:p><w:pPr><w:pStyle w:val=\"").attr(w.style(StyleSheet.Role.HEADER)).raw("\"/>")
                    .raw(w.direction(Wml.rightToLeftText(title))).raw("</w:pPr><w:r>");
            Wml.runText(h, title);
            h.raw("</w:r></w:p></w:hdr>");
            String name = pkg.freeName("header", ".xml", true);
            pkg.add(pkg.folder + name, WordPackage.CT_HEADER, h.buffer(), h.length());
            ids[0] = pkg.relate(Ooxml.HEADER, name, false);
        }
        if (template == null || !template.hasFooter) {
            XmlWriter f = new XmlWriter(1024);
            f.raw(XmlWriter.DECLARATION).raw("<w:ftr").raw(NS).raw(">");
            String bankTitle = ws.bankTitle();
            // left to right whatever the title: the labels and the page number read that way
            f.raw("<w:p><w:pPr><w:pStyle w:val=\"").attr(w.style(StyleSheet.Role.FOOTER)).raw("\"/>")
                    .raw(w.direction(false)).raw("</w:pPr><w:r>");
            Wml.runText(f, bankTitle);
            f.raw("</w:r><w:r><w:tab/></w:r><w:r><w:tab/></w:r><w:r>");
            Wml.runText(f, ws.labels.get(LabelKey.PAGE) + " ");
            // a PAGE field, showing 1 until the reader updates it
            f.raw("</w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>")
                    .raw("<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>")
                    .raw("<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r>")
                    .raw("<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p></w:ftr>");
            String name = pkg.freeName("footer", ".xml", true);
            pkg.add(pkg.folder + name, WordPackage.CT_FOOTER, f.buffer(), f.length());
            ids[1] = pkg.relate(Ooxml.FOOTER, name, false);
        }
        return ids;
    }

    /** The body's last element: the page setup, ours or the template's, with the header and footer. */
    void sectionProperties(XmlWriter x, String[] headerFooter) {
        if (template == null) {
            x.raw("<w:sectPr><w:headerReference w:type=\"default\" r:id=\"").attr(headerFooter[0])
                    .raw("\"/><w:footerReference w:type=\"default\" r:id=\"").attr(headerFooter[1]).raw("\"/>")
                    .raw(PAGE).raw("</w:sectPr>");
        } else {
            x.xml(template.sectPrXml(headerFooter[0], headerFooter[1]));
        }
    }

    /** The core and extended properties. */
    void properties(String title, Instant time, String wordLang) {
        String stamp = W3CDTF.format(time.truncatedTo(ChronoUnit.SECONDS));
        XmlWriter core = new XmlWriter(1024);
        core.raw(XmlWriter.DECLARATION)
                .raw("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">")
                .raw("<dc:title>").text(title).raw("</dc:title>")
                .raw("<dc:subject>").text(ws.labels.get(LabelKey.WORKSHOP_AGENDA)).raw("</dc:subject>")
                .raw("<dc:creator>").text(ws.bankTitle()).raw("</dc:creator>");
        String keywords = ws.clean(ws.job.getMethods().stream().map(Method::getId).collect(Collectors.joining(", ")),
                "method ids");
        if (!keywords.isEmpty()) {
            core.raw("<cp:keywords>").text(keywords).raw("</cp:keywords>");
        }
        core.raw("<dc:language>").text(wordLang).raw("</dc:language>")
                .raw("<dcterms:created xsi:type=\"dcterms:W3CDTF\">").raw(stamp).raw("</dcterms:created>")
                .raw("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">").raw(stamp).raw("</dcterms:modified>")
                .raw("</cp:coreProperties>");
        pkg.add("docProps/core.xml", WordPackage.CT_CORE, core.buffer(), core.length());
        pkg.add("docProps/app.xml", WordPackage.CT_APP, APP_DEFLATED);
    }
}
