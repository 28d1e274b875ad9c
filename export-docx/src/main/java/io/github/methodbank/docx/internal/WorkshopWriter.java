package io.github.methodbank.docx.internal;

import io.github.methodbank.core.Link;
import io.github.methodbank.core.LocalizedText;
import io.github.methodbank.core.Method;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.Pathway;
import io.github.methodbank.core.Phase;
import io.github.methodbank.core.RichText;
import io.github.methodbank.core.export.ExportException;
import io.github.methodbank.core.export.ExportJob;
import io.github.methodbank.core.export.TextDirection;
import io.github.methodbank.docx.DocxWorkshopExporter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Writes one workshop document. One instance per export call: it holds the job, the labels,
 * the style ids and the XML being written; it is not shared between threads.
 *
 * <p>The package's parts are written as XML text straight into buffers and from there into
 * a deterministic zip ({@link StableZip}): the body in one pass, in document order. POI is
 * used only to read a corporate template ({@link TemplateReader}).
 */
public final class WorkshopWriter {

    /** Page content width in twentieths of a point: A4 less 2 cm margins on both sides. */
    static final int CONTENT_WIDTH = 9638;
    /** The narrowest content width assumed, whatever a template's page setup says. */
    private static final int MIN_WIDTH = 4000;
    private static final String FIT_SHADE = "BDD7EE";
    private static final String MARK = "\u25CF";
    private static final String HEADER_SHADE = "E7E6E6";
    private static final String METHOD_ROW_SHADE = "F2F2F2";

    private static final String NS = " xmlns:w=\"" + Template.W + "\" xmlns:r=\"" + Template.REL + "\"";
    private static final String DOCUMENT_START = XmlWriter.DECLARATION + "<w:document" + NS
            + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"><w:body>";
    /** Our page: A4, 2 cm margins, header and footer 1 cm from the edge. */
    private static final String PAGE = "<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:bottom=\"1134\""
            + " w:left=\"1134\" w:right=\"1134\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>";
    private static final byte[] SETTINGS = (XmlWriter.DECLARATION + "<w:settings xmlns:w=\"" + Template.W + "\"/>")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    private static final byte[] APP = (XmlWriter.DECLARATION
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
            + "<Application>methodbank</Application></Properties>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    // the parts that are the same in every document without a template, deflated once
    private static final StableZip.Deflated SETTINGS_DEFLATED = StableZip.deflate(SETTINGS, SETTINGS.length);
    private static final StableZip.Deflated APP_DEFLATED = StableZip.deflate(APP, APP.length);
    private static final StableZip.Deflated NUMBERING_DEFLATED =
            StableZip.deflate(StyleSheet.NUMBERING, StyleSheet.NUMBERING.length);
    /** Our style sheet deflated, by document language; a few languages are kept, others deflated each time. */
    private static final Map<String, StableZip.Deflated> STYLES_DEFLATED = new ConcurrentHashMap<>();
    private static final int STYLES_KEPT = 16;
    private static final DateTimeFormatter W3CDTF = DateTimeFormatter.ISO_INSTANT;

    private final ExportJob job;
    private final MethodBank bank;
    private final DocxWorkshopExporter options;
    private final Labels labels;
    private final Template template;
    private final WordPackage pkg;
    private final XmlWriter x;
    /** Whether the document's language is written right to left: its tables' columns then run from the right. */
    private final boolean rightToLeftDocument;
    /**
     * The paragraph opened by {@link #pStart} and not yet written: its properties go out with its
     * first run, whose text decides the paragraph's direction. Null when none is waiting.
     */
    private StyleSheet.Role pendingRole;
    private boolean pendingPageBreak;
    private boolean pendingBullet;
    private String[] styleIds;
    private String bulletNumId = "1";
    private int nextSdtId = 1;
    private int nextDrawingId = 1;
    /** The pictures placed so far, by their path in the bank: each file is read and stored once. */
    private final Map<String, Placed> pictures = new HashMap<>();

    /** A picture in the package: its relationship id and its size on the page in EMU. */
    private record Placed(String rel, long widthEmu, long heightEmu) {}
    private String section = "cover";
    /** This document's content width: {@link #CONTENT_WIDTH}, or what a template's page setup leaves. */
    private int width = CONTENT_WIDTH;
    private Method current;
    /** The column widths of the table being written, and how many rows it has so far. */
    private int[] columns;
    private int rows;

    private WorkshopWriter(ExportJob job, DocxWorkshopExporter options, Template template) {
        this.job = job;
        this.bank = job.getBank();
        this.options = options;
        this.labels = Labels.forLanguage(job.getLanguage());
        this.template = template;
        this.pkg = new WordPackage(template == null ? "word/document.xml" : template.mainPart);
        this.x = new XmlWriter(16 * 1024 + 8 * 1024 * job.getMethods().size());
        this.rightToLeftDocument = rightToLeft(job.getLanguage());
    }

    /** Whether a paragraph starting with this text runs right to left (text without direction does not). */
    static boolean rightToLeftText(String text) {
        return TextDirection.of(text) == TextDirection.RIGHT_TO_LEFT;
    }

    /** Whether a language (a BCP 47 tag) is written right to left. */
    static boolean rightToLeft(String language) {
        return TextDirection.ofLanguage(language) == TextDirection.RIGHT_TO_LEFT;
    }

    /**
     * Writes the workshop document for {@code job} and returns its bytes.
     *
     * @param template the bytes of a corporate template, or null
     * @param templateName the template's name for messages, or null
     */
    public static byte[] write(ExportJob job, DocxWorkshopExporter options, byte[] template, String templateName)
            throws ExportException {
        if (template != null && !TemplateSupport.available()) {
            throw new ExportException("reading the template " + templateName + " needs Apache POI on the class path: add "
                    + TemplateSupport.DEPENDENCY + " (on the module path also --add-modules org.apache.poi.ooxml)");
        }
        Template t = template == null ? null : TemplateReader.read(template, templateName, job.getListener());
        WorkshopWriter w = new WorkshopWriter(job, options, t);
        Instant time;
        try {
            time = options.getFixedTimestamp().orElseGet(job::getEffectiveTimestamp);
        } catch (IllegalArgumentException e) {
            throw new ExportException(e.getMessage(), e);
        }
        try (StableZip zip = new StableZip(time, 32 * 1024 + 3 * 1024 * job.getMethods().size())) {
            w.build(time);
            w.pkg.writeTo(zip);
            return zip.toByteArray();
        } catch (RuntimeException e) {
            throw new ExportException("could not build the workshop document"
                    + (w.current == null ? "" : " at method '" + w.current.getId() + "'")
                    + " (" + w.section + "): " + describe(e), e);
        }
    }

    private static String describe(RuntimeException e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    // ---------------------------------------------------------------- structure

    private void build(Instant time) {
        section = "styles";
        String wordLang = clean(StyleSheet.wordLanguage(job.getLanguage()), "the document language");
        setUpStylesAndNumbering(wordLang);
        String title = workshopTitle();
        section = "header and footer";
        String[] headerFooter = setUpHeaderFooter(title);
        x.raw(DOCUMENT_START);
        section = "cover";
        cover(title);
        section = "preparation";
        preparation();
        section = "agenda";
        agenda();
        methods();
        current = null;
        section = "working pages";
        workingPages();
        section = "page setup";
        if (template == null) {
            x.raw("<w:sectPr><w:headerReference w:type=\"default\" r:id=\"").attr(headerFooter[0])
                    .raw("\"/><w:footerReference w:type=\"default\" r:id=\"").attr(headerFooter[1]).raw("\"/>")
                    .raw(PAGE).raw("</w:sectPr>");
        } else {
            x.xml(template.sectPrXml(headerFooter[0], headerFooter[1]));
        }
        x.raw("</w:body></w:document>");
        pkg.add(pkg.mainPart, WordPackage.CT_DOCUMENT, x.buffer(), x.length());
        section = "document properties";
        properties(title, time, wordLang);
    }

    private String workshopTitle() {
        if (options.getTitle().isPresent()) {
            return clean(options.getTitle().get(), "the workshop title");
        }
        List<Method> methods = job.getMethods();
        String bankTitle = bank.displayTitle(job.getLanguage());
        if (methods.isEmpty()) {
            return clean(bankTitle, "the bank title");
        }
        if (methods.size() == 1) {
            return name(methods.get(0));
        }
        int shown = methods.size() <= 4 ? methods.size() : 3;
        String names = methods.stream().limit(shown).map(this::name).collect(Collectors.joining(", "));
        if (shown < methods.size()) {
            names += " \u2026 (+" + (methods.size() - shown) + ")";
        }
        return clean(bankTitle, "the bank title") + ": " + names;
    }

    private void cover(String title) {
        paragraph(StyleSheet.Role.TITLE, title);
        List<Method> methods = job.getMethods();
        String bankTitle = clean(bank.displayTitle(job.getLanguage()), "the bank title");
        if (options.getTitle().isPresent() || methods.size() <= 1) {
            paragraph(StyleSheet.Role.SUBTITLE, bankTitle);
        }

        boolean anySummary = methods.stream().anyMatch(m -> m.getSummary().isPresent());
        if (anySummary) {
            heading(1, labels.purpose(), false);
            if (methods.size() == 1) {
                current = methods.get(0);
                paragraph(StyleSheet.Role.NORMAL, textOf(current.getSummary().get(), "summary"));
            } else {
                for (Method m : methods) {
                    current = m;
                    bulletStart();
                    styledRun(StyleSheet.Role.STRONG, name(m));
                    if (m.getSummary().isPresent()) {
                        run(" \u2013 " + textOf(m.getSummary().get(), "summary"));
                    }
                    pEnd();
                }
            }
            current = null;
        }

        List<Pathway> paths = bank.getPaths().stream()
                .filter(p -> methods.stream().anyMatch(m -> placedOn(m, p)))
                .collect(Collectors.toList());
        if (!paths.isEmpty()) {
            heading(1, methods.size() == 1 ? labels.whereFitsOne() : labels.whereFitsMany(), false);
            for (Pathway path : paths) {
                if (methods.size() == 1) {
                    pathStrip(path, methods.get(0));
                } else {
                    pathMatrix(path, methods);
                }
            }
        }

        heading(1, labels.details(), false);
        tableStart(columns(2600, 0));
        String[][] fields = {
            {"date", labels.date(), labels.enterDate()},
            {"place", labels.place(), labels.enterPlace()},
            {"facilitator", labels.facilitator(), labels.enterFacilitator()},
            {"participants", labels.participants(), labels.enterParticipants()},
        };
        for (String[] field : fields) {
            boolean participants = field[0].equals("participants");
            rowStart(false, false, participants ? 1700 : 560);
            cellStart(0, null);
            paragraph(StyleSheet.Role.TABLE_HEADING, field[1]);
            cellEnd();
            cellStart(1, null);
            pStart(StyleSheet.Role.FILL_IN);
            contentControl(field[0], field[1], field[2], participants);
            pEnd();
            cellEnd();
            rowEnd();
        }
        tableEnd();
    }

    private boolean placedOn(Method m, Pathway p) {
        return m.getPhases().stream().anyMatch(r -> r.getPathId().equals(p.getId()));
    }

    /** One method on one path: a row with the path's name, a row of its phases in order, the fitting ones shaded and marked. */
    private void pathStrip(Pathway path, Method method) {
        List<Phase> phases = path.getPhases();
        int[] widths = new int[phases.size()];
        spread(widths, 0, width);
        tableStart(widths);
        spanHeader(textOf(path.getName(), "path name"));
        rowStart(false, false, 0);
        for (int i = 0; i < phases.size(); i++) {
            Phase phase = phases.get(i);
            boolean fits = method.getPhases().contains(path.ref(phase.getId()));
            String name = textOf(phase.getName(), "phase name");
            cellStart(i, fits ? FIT_SHADE : null);
            pStart(StyleSheet.Role.PATH_TEXT);
            if (fits) {
                styledRun(StyleSheet.Role.STRONG, MARK + " " + name);
            } else {
                run(name);
            }
            pEnd();
            cellEnd();
        }
        rowEnd();
        tableEnd();
        spacer();
    }

    /** Several methods on one path: the path's name, a header row of phases and a row per method placed on the path. */
    private void pathMatrix(Pathway path, List<Method> methods) {
        List<Phase> phases = path.getPhases();
        int first = scaled(2000);
        int[] widths = new int[phases.size() + 1];
        widths[0] = first;
        spread(widths, 1, width - first);
        tableStart(widths);
        spanHeader(textOf(path.getName(), "path name"));
        rowStart(true, false, 0);
        cellStart(0, null);
        paragraph(StyleSheet.Role.TABLE_HEADING, labels.method());
        cellEnd();
        for (int i = 0; i < phases.size(); i++) {
            cellStart(i + 1, null);
            paragraph(StyleSheet.Role.PATH_HEADING, textOf(phases.get(i).getName(), "phase name"));
            cellEnd();
        }
        rowEnd();
        for (Method m : methods) {
            if (!placedOn(m, path)) {
                continue;
            }
            current = m;
            rowStart(false, false, 0);
            cellStart(0, null);
            paragraph(StyleSheet.Role.TABLE_TEXT, name(m));
            cellEnd();
            for (int i = 0; i < phases.size(); i++) {
                boolean fits = m.getPhases().contains(path.ref(phases.get(i).getId()));
                cellStart(i + 1, fits ? FIT_SHADE : null);
                pStart(StyleSheet.Role.PATH_MARK);
                if (fits) {
                    run(MARK);
                }
                pEnd();
                cellEnd();
            }
            rowEnd();
        }
        current = null;
        tableEnd();
        spacer();
    }

    /** A first row of one cell across all columns, holding {@code text}, repeated on every page. */
    private void spanHeader(String text) {
        rowStart(true, false, 0);
        x.raw("<w:tc><w:tcPr><w:tcW w:type=\"dxa\" w:w=\"").num(width).raw("\"/><w:gridSpan w:val=\"").num(columns.length)
                .raw("\"/>");
        shade(HEADER_SHADE);
        x.raw("</w:tcPr>");
        paragraph(StyleSheet.Role.TABLE_HEADING, text);
        cellEnd();
        rowEnd();
    }

    private void preparation() {
        List<Method> methods = job.getMethods();
        heading(1, labels.preparation(), true);
        boolean several = methods.size() > 1;
        int level = several ? 3 : 2;
        for (Method m : methods) {
            current = m;
            boolean any = m.getDurationMinutes().isPresent() || m.getGroupSize().isPresent()
                    || !m.getTypicalUsers().isEmpty() || m.getRequiredSkills().isPresent() || !m.getMaterials().isEmpty();
            if (!any) {
                continue;
            }
            if (several) {
                heading(2, name(m), false);
            }
            if (m.getDurationMinutes().isPresent() || m.getGroupSize().isPresent()) {
                pStart(StyleSheet.Role.NORMAL);
                if (m.getDurationMinutes().isPresent()) {
                    labelled(labels.duration(), job.formatRange(m.getDurationMinutes().get(),
                            io.github.methodbank.core.export.LabelKey.MINUTES));
                }
                if (m.getGroupSize().isPresent()) {
                    if (m.getDurationMinutes().isPresent()) {
                        lineBreak();
                    }
                    labelled(labels.groupSize(), job.formatRange(m.getGroupSize().get(),
                            io.github.methodbank.core.export.LabelKey.PEOPLE));
                }
                pEnd();
            }
            if (!m.getTypicalUsers().isEmpty()) {
                heading(level, labels.whoToInvite(), false);
                for (LocalizedText user : m.getTypicalUsers()) {
                    bullet(textOf(user, "typical users"));
                }
            }
            if (m.getRequiredSkills().isPresent()) {
                heading(level, labels.skills(), false);
                rich(job.richText(m.getRequiredSkills().get()), StyleSheet.Role.NORMAL, "required skills");
            }
            if (!m.getMaterials().isEmpty()) {
                heading(level, labels.materials(), false);
                for (LocalizedText material : m.getMaterials()) {
                    bullet(textOf(material, "materials"));
                }
            }
        }
        current = null;
    }

    private void agenda() {
        heading(1, labels.agenda(), false);
        List<Agenda.Row> agenda = Agenda.rows(job, labels, options.getStartTime());
        tableStart(columns(1500, 4300, 1500, 0));
        rowStart(true, false, 0);
        String[] titles = {labels.time(), labels.activity(), labels.who(), labels.notes()};
        for (int i = 0; i < 4; i++) {
            cellStart(i, HEADER_SHADE);
            paragraph(StyleSheet.Role.TABLE_HEADING, titles[i]);
            cellEnd();
        }
        rowEnd();
        for (Agenda.Row r : agenda) {
            current = r.method();
            String shade = r.methodHeading() ? METHOD_ROW_SHADE : null;
            rowStart(false, true, r.methodHeading() ? 0 : 700);
            cellStart(0, shade);
            paragraph(StyleSheet.Role.TABLE_TEXT, r.time());
            cellEnd();
            cellStart(1, shade);
            pStart(r.methodHeading() ? StyleSheet.Role.TABLE_HEADING : StyleSheet.Role.TABLE_TEXT);
            if (r.methodHeading() || r.detail() == null) {
                run(clean(r.activity(), "agenda"));
            } else {
                styledRun(StyleSheet.Role.STRONG, clean(r.activity(), "agenda step"));
            }
            pEnd();
            if (r.detail() != null) {
                rich(r.detail(), StyleSheet.Role.TABLE_TEXT, "agenda step description");
            }
            cellEnd();
            for (int c = 2; c < 4; c++) {
                cellStart(c, shade);
                emptyParagraph(StyleSheet.Role.TABLE_TEXT);
                cellEnd();
            }
            rowEnd();
        }
        tableEnd();
        current = null;
    }

    private void methods() {
        List<Method> methods = job.getMethods();
        for (int i = 0; i < methods.size(); i++) {
            Method m = methods.get(i);
            current = m;
            section = "method text";
            heading(1, name(m), i == 0);
            heading(2, labels.description(), false);
            rich(job.richText(m.getDescription()), StyleSheet.Role.NORMAL, "description");
            if (m.getImage().isPresent()) {
                picture(m, m.getImage().get());
            }
            if (m.getHowToUse().isPresent()) {
                heading(2, labels.howToUse(), false);
                rich(job.richText(m.getHowToUse().get()), StyleSheet.Role.NORMAL, "how to use");
            }
            if (m.getExamples().isPresent()) {
                heading(2, labels.examples(), false);
                rich(job.richText(m.getExamples().get()), StyleSheet.Role.NORMAL, "examples");
            }
            if (job.getBank().sourcesOf(m).isPresent()) {
                heading(2, labels.sources(), false);
                rich(job.richText(job.getBank().sourcesOf(m).get()), StyleSheet.Role.NORMAL, "sources");
            }
            if (!m.getLinks().isEmpty()) {
                heading(2, labels.links(), false);
                for (Link link : m.getLinks()) {
                    bulletStart();
                    hyperlink(link);
                    pEnd();
                }
            }
            List<String[]> facts = new ArrayList<>();
            if (!m.getTags().isEmpty()) {
                facts.add(new String[] {labels.tags(), String.join(", ", m.getTags())});
            }
            job.getBank().licenseOf(m).ifPresent(l -> facts.add(new String[] {labels.license(), l}));
            m.getUpdated().ifPresent(d -> facts.add(new String[] {labels.updated(), d.toString()}));
            if (!facts.isEmpty()) {
                pStart(StyleSheet.Role.NORMAL);
                for (int f = 0; f < facts.size(); f++) {
                    if (f > 0) {
                        lineBreak();
                    }
                    labelled(facts.get(f)[0], clean(facts.get(f)[1], "tags, license and date"));
                }
                pEnd();
            }
            job.getListener().progress(i + 1, methods.size());
        }
    }

    private void workingPages() {
        heading(1, labels.workingPages(), true);
        List<String> questions = !options.getDiscussionQuestions().isEmpty() ? options.getDiscussionQuestions()
                : labels.defaultQuestions().subList(0, options.getDiscussionQuestionCount());
        if (!questions.isEmpty()) {
            heading(2, labels.questionsToDiscuss(), false);
            for (int i = 0; i < questions.size(); i++) {
                heading(3, (i + 1) + ". " + clean(questions.get(i), "discussion question"), false);
                tableStart(new int[] {width});
                rowStart(false, false, 2400);
                cellStart(0, null);
                pStart(StyleSheet.Role.FILL_IN);
                contentControl("notes-" + (i + 1), labels.notes() + " " + (i + 1), labels.writeHere(), true);
                pEnd();
                cellEnd();
                rowEnd();
                tableEnd();
            }
        }
        heading(2, labels.nextSteps(), false);
        tableStart(columns(5400, 2300, 0));
        rowStart(true, false, 0);
        String[] titles = {labels.action(), labels.owner(), labels.due()};
        for (int i = 0; i < 3; i++) {
            cellStart(i, HEADER_SHADE);
            paragraph(StyleSheet.Role.TABLE_HEADING, titles[i]);
            cellEnd();
        }
        rowEnd();
        for (int r = 0; r < options.getNextStepRows(); r++) {
            rowStart(false, true, 620);
            for (int c = 0; c < 3; c++) {
                cellStart(c, null);
                emptyParagraph(StyleSheet.Role.TABLE_TEXT);
                cellEnd();
            }
            rowEnd();
        }
        tableEnd();
    }

    private void properties(String title, Instant time, String wordLang) {
        String stamp = W3CDTF.format(time.truncatedTo(ChronoUnit.SECONDS));
        XmlWriter core = new XmlWriter(1024);
        core.raw(XmlWriter.DECLARATION)
                .raw("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">")
                .raw("<dc:title>").text(title).raw("</dc:title>")
                .raw("<dc:subject>").text(labels.agenda()).raw("</dc:subject>")
                .raw("<dc:creator>").text(clean(bank.displayTitle(job.getLanguage()), "the bank title")).raw("</dc:creator>");
        String keywords = clean(job.getMethods().stream().map(Method::getId).collect(Collectors.joining(", ")), "method ids");
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

    // ---------------------------------------------------------------- set-up

    /** Styles, numbering and settings parts; without a template ours, with one the template's with ours merged in. */
    private void setUpStylesAndNumbering(String wordLang) {
        if (template == null) {
            styleIds = new String[StyleSheet.Role.values().length];
            for (StyleSheet.Role role : StyleSheet.Role.values()) {
                styleIds[role.ordinal()] = role.id;
            }
            ourPart("styles", WordPackage.CT_STYLES, TemplateReader.STYLES, stylesDeflated(wordLang));
            ourPart("numbering", WordPackage.CT_NUMBERING, TemplateReader.NUMBERING, NUMBERING_DEFLATED);
            ourPart("settings", WordPackage.CT_SETTINGS, TemplateReader.SETTINGS, SETTINGS_DEFLATED);
            return;
        }
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
        int num = template.addBullets();
        if (num == 0) {
            ourPart("numbering", WordPackage.CT_NUMBERING, TemplateReader.NUMBERING, NUMBERING_DEFLATED);
            num = 1;
        } else {
            byte[] numbering = template.numberingXml();
            pkg.add(template.numberingPart, WordPackage.CT_NUMBERING, numbering, numbering.length);
        }
        bulletNumId = Integer.toString(num);
        styleIds = template.mergeStyles(num, wordLang);
        byte[] styles = template.stylesXml();
        if (template.stylesPart != null) {
            pkg.add(template.stylesPart, WordPackage.CT_STYLES, styles, styles.length);
        } else {
            ourPart("styles", WordPackage.CT_STYLES, TemplateReader.STYLES, styles, styles.length);
        }
        if (template.settings != null) {
            byte[] settings = template.settingsXml();
            pkg.add(template.settingsPart, WordPackage.CT_SETTINGS, settings, settings.length);
            if (template.settingsRels != null) {
                pkg.addRels(template.settingsPart, template.settingsRels);
            }
        } else {
            ourPart("settings", WordPackage.CT_SETTINGS, TemplateReader.SETTINGS, SETTINGS_DEFLATED);
        }
        width = template.contentWidth(CONTENT_WIDTH, MIN_WIDTH);
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
    private String[] setUpHeaderFooter(String title) {
        String[] ids = new String[2];
        if (template == null || !template.hasHeader) {
            XmlWriter h = new XmlWriter(512);
            h.raw(XmlWriter.DECLARATION).raw("<w:hdr").raw(NS).raw(">");
            h.raw("<w:p><w:pPr><w:pStyle w:val=\"").attr(style(StyleSheet.Role.HEADER)).raw("\"/>")
                    .raw(direction(rightToLeftText(title))).raw("</w:pPr><w:r>");
            runText(h, title);
            h.raw("</w:r></w:p></w:hdr>");
            String name = pkg.freeName("header", ".xml", true);
            pkg.add(pkg.folder + name, WordPackage.CT_HEADER, h.buffer(), h.length());
            ids[0] = pkg.relate(TemplateReader.HEADER, name, false);
        }
        if (template == null || !template.hasFooter) {
            XmlWriter f = new XmlWriter(1024);
            f.raw(XmlWriter.DECLARATION).raw("<w:ftr").raw(NS).raw(">");
            String bankTitle = clean(bank.displayTitle(job.getLanguage()), "the bank title");
            // left to right whatever the title: the labels and the page number read that way
            f.raw("<w:p><w:pPr><w:pStyle w:val=\"").attr(style(StyleSheet.Role.FOOTER)).raw("\"/>")
                    .raw(direction(false)).raw("</w:pPr><w:r>");
            runText(f, bankTitle);
            f.raw("</w:r><w:r><w:tab/></w:r><w:r><w:tab/></w:r><w:r>");
            runText(f, labels.page() + " ");
            // a PAGE field, showing 1 until the reader updates it
            f.raw("</w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>")
                    .raw("<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>")
                    .raw("<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r>")
                    .raw("<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p></w:ftr>");
            String name = pkg.freeName("footer", ".xml", true);
            pkg.add(pkg.folder + name, WordPackage.CT_FOOTER, f.buffer(), f.length());
            ids[1] = pkg.relate(TemplateReader.FOOTER, name, false);
        }
        return ids;
    }

    // ---------------------------------------------------------------- building blocks
    //
    // Each writes its XML at the end of the body, in document order. Texts passed in must be
    // clean (see clean()); labels are.

    private String style(StyleSheet.Role role) {
        return styleIds[role.ordinal()];
    }

    /** Opens a paragraph in the style (Normal: no style reference); it is written with its first run. */
    private void pStart(StyleSheet.Role role) {
        pendingRole = role;
        pendingPageBreak = false;
        pendingBullet = false;
    }

    /**
     * Writes the waiting paragraph's start and properties: right to left when {@code firstText}
     * (the paragraph's first run) starts with right-to-left text; without text of its own (an empty
     * cell, a fill-in field) in the direction of the document's language.
     */
    private void open(String firstText) {
        StyleSheet.Role role = pendingRole;
        if (role == null) {
            return;
        }
        pendingRole = null;
        boolean rtl = firstText == null ? rightToLeftDocument : rightToLeftText(firstText);
        String direction = direction(rtl);
        if (role == StyleSheet.Role.NORMAL && direction.isEmpty()) {
            x.raw("<w:p>");
            return;
        }
        x.raw("<w:p><w:pPr>");
        if (role != StyleSheet.Role.NORMAL) {
            x.raw("<w:pStyle w:val=\"").attr(style(role)).raw("\"/>");
        }
        if (pendingPageBreak) {
            x.raw("<w:pageBreakBefore/>");
        }
        if (pendingBullet) {
            x.raw("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"").raw(bulletNumId).raw("\"/></w:numPr>");
        }
        x.raw(direction).raw("</w:pPr>");
    }

    /**
     * The paragraph property for a direction: {@code <w:bidi/>} right to left; left to right,
     * {@code <w:bidi w:val="0"/>} where styles could say otherwise (a template's, or ours in a
     * right-to-left document), else nothing.
     */
    private String direction(boolean rightToLeft) {
        if (rightToLeft) {
            return "<w:bidi/>";
        }
        return template != null || rightToLeftDocument ? "<w:bidi w:val=\"0\"/>" : "";
    }

    private void pEnd() {
        open(null);
        x.raw("</w:p>");
    }

    /** A paragraph of one run holding the text. */
    private void paragraph(StyleSheet.Role role, String text) {
        pStart(role);
        run(text);
        pEnd();
    }

    private void emptyParagraph(StyleSheet.Role role) {
        pStart(role);
        pEnd();
    }

    private void heading(int level, String text, boolean pageBreakBefore) {
        StyleSheet.Role role = switch (level) {
            case 1 -> StyleSheet.Role.HEADING1;
            case 2 -> StyleSheet.Role.HEADING2;
            default -> StyleSheet.Role.HEADING3;
        };
        pStart(role);
        pendingPageBreak = pageBreakBefore;
        run(text);
        pEnd();
    }

    /** Opens an item of the bullet list: the List Bullet style and the bullet numbering. */
    private void bulletStart() {
        pStart(StyleSheet.Role.LIST_BULLET);
        pendingBullet = true;
    }

    private void bullet(String text) {
        bulletStart();
        run(text);
        pEnd();
    }

    private void spacer() {
        x.raw("<w:p><w:pPr><w:spacing w:after=\"0\"/></w:pPr></w:p>");
    }

    private void lineBreak() {
        open(null);
        x.raw("<w:r><w:br/></w:r>");
    }

    /** A run with the text, line breaks as Word line breaks. */
    private void run(String text) {
        open(text);
        x.raw("<w:r>");
        runText(x, text);
        x.raw("</w:r>");
    }

    private void styledRun(StyleSheet.Role role, String text) {
        open(text);
        x.raw("<w:r><w:rPr><w:rStyle w:val=\"").attr(style(role)).raw("\"/></w:rPr>");
        runText(x, text);
        x.raw("</w:r>");
    }

    /** The content of a run: w:t per line (spaces at either end kept), w:br between lines. */
    private static void runText(XmlWriter out, String text) {
        int from = 0;
        int n = text.length();
        while (from <= n) {
            int nl = text.indexOf('\n', from);
            int end = nl < 0 ? n : nl;
            if (end > from) {
                boolean keep = Character.isWhitespace(text.charAt(from)) || Character.isWhitespace(text.charAt(end - 1));
                out.raw(keep ? "<w:t xml:space=\"preserve\">" : "<w:t>");
                out.text(end == n && from == 0 ? text : text.substring(from, end));
                out.raw("</w:t>");
            }
            if (nl < 0) {
                return;
            }
            out.raw("<w:br/>");
            from = nl + 1;
        }
    }

    private void labelled(String label, String value) {
        styledRun(StyleSheet.Role.STRONG, label + ": ");
        run(value);
    }

    /** Rich text as paragraphs in the style, its lists as List Bullet items (nested lists as further items). */
    private void rich(RichText text, StyleSheet.Role role, String what) {
        blocks(text.getBlocks(), role, what);
    }

    private void blocks(List<RichText.Block> blocks, StyleSheet.Role role, String what) {
        for (RichText.Block block : blocks) {
            if (block instanceof RichText.Paragraph para) {
                pStart(role);
                runs(para.getInlines(), false, what);
                pEnd();
            } else if (block instanceof RichText.Heading h) {
                pStart(role);
                runs(h.getInlines(), true, what);
                pEnd();
            } else if (block instanceof RichText.ListBlock list) {
                for (RichText.ListItem item : list.getItems()) {
                    boolean first = true;
                    for (RichText.Block b : item.getBlocks()) {
                        if (first && b instanceof RichText.Paragraph p) {
                            bulletStart();
                            runs(p.getInlines(), false, what);
                            pEnd();
                        } else {
                            blocks(List.of(b), role, what);
                        }
                        first = false;
                    }
                }
            }
        }
    }

    private void runs(List<RichText.Inline> inlines, boolean bold, String what) {
        open(RichText.of(List.of(new RichText.Paragraph(inlines))).toPlainText());
        for (RichText.Inline inline : inlines) {
            if (inline instanceof RichText.Run run) {
                run(run, bold, what);
            } else if (inline instanceof RichText.Hyperlink link) {
                String url = clean(link.getUrl().toString(), "link");
                String id = pkg.relate(TemplateReader.HYPERLINK, url, true);
                x.raw("<w:hyperlink r:id=\"").attr(id).raw("\">");
                for (RichText.Inline li : link.getInlines()) {
                    if (li instanceof RichText.Run r) {
                        styledRun(StyleSheet.Role.HYPERLINK, clean(r.getText(), what));
                    } else {
                        x.raw("<w:r><w:br/></w:r>");
                    }
                }
                x.raw("</w:hyperlink>");
            } else {
                x.raw("<w:r><w:br/></w:r>");
            }
        }
    }

    private void run(RichText.Run run, boolean baseBold, String what) {
        boolean bold = run.isBold() || baseBold;
        x.raw("<w:r>");
        if (bold || run.isItalic()) {
            x.raw("<w:rPr>");
            // the complex-script forms too: Word formats Arabic, Hebrew … with those
            if (bold) {
                x.raw("<w:b/><w:bCs/>");
            }
            if (run.isItalic()) {
                x.raw("<w:i/><w:iCs/>");
            }
            x.raw("</w:rPr>");
        }
        runText(x, clean(run.getText(), what));
        x.raw("</w:r>");
    }

    private void hyperlink(Link link) {
        String url = clean(link.getUrl().toString(), "link");
        String shown = link.getTitle().map(t -> textOf(t, "link title")).orElse(url);
        String id = pkg.relate(TemplateReader.HYPERLINK, url, true);
        open(shown);
        x.raw("<w:hyperlink r:id=\"").attr(id).raw("\">");
        styledRun(StyleSheet.Role.HYPERLINK, shown);
        x.raw("</w:hyperlink>");
        if (link.getTitle().isPresent()) {
            run(" (" + (url.startsWith("mailto:") ? url.substring("mailto:".length()) : url) + ")");
        }
    }

    /**
     * A plain-text content control with placeholder text, in the open paragraph. Word shows
     * the placeholder in the Placeholder Text style and formats what is typed with the
     * control's own style; the paragraph should have the Fill-in Field style.
     */
    private void contentControl(String tag, String alias, String placeholder, boolean multiLine) {
        // text typed into the control: not grey like the placeholder (the paragraph's style greys the
        // placeholder for readers that ignore run formatting inside controls); what is typed there
        // runs in the document's direction, whatever the language of the placeholder
        open(null);
        x.raw("<w:sdt><w:sdtPr><w:rPr><w:rStyle w:val=\"").attr(style(StyleSheet.Role.FILLED_IN)).raw("\"/></w:rPr>")
                .raw("<w:alias w:val=\"").attr(alias).raw("\"/><w:tag w:val=\"").attr(tag).raw("\"/>")
                .raw("<w:id w:val=\"").num(nextSdtId++).raw("\"/><w:showingPlcHdr/>")
                .raw(multiLine ? "<w:text w:multiLine=\"true\"/>" : "<w:text/>")
                .raw("</w:sdtPr><w:sdtContent>");
        styledRun(StyleSheet.Role.PLACEHOLDER, placeholder);
        x.raw("</w:sdtContent></w:sdt>");
    }

    /** The method's image in a paragraph of its own, with the method's name as alt text; one part per distinct image. */
    private void picture(Method m, String image) {
        Placed pic = pictures.get(image);
        if (pic == null) {
            Pictures.Picture loaded = Pictures.load(bank, m, image, width, job.getListener());
            if (loaded == null) {
                return;
            }
            String name = pkg.freeName("media/image", "." + loaded.extension(), true);
            pkg.addMedia(pkg.folder + name, loaded.extension(), loaded.contentType(), loaded.bytes());
            pic = new Placed(pkg.relate(WordPackage.REL_IMAGE, name, false), loaded.widthEmu(), loaded.heightEmu());
            pictures.put(image, pic);
        }
        String rel = pic.rel();
        String alt = name(m);
        int id = nextDrawingId++;
        x.raw("<w:p><w:r><w:drawing><wp:inline distT=\"0\" distR=\"0\" distB=\"0\" distL=\"0\">")
                .raw("<wp:extent cx=\"").num(pic.widthEmu()).raw("\" cy=\"").num(pic.heightEmu()).raw("\"/>")
                .raw("<wp:docPr id=\"").num(id).raw("\" name=\"Picture ").num(id).raw("\" descr=\"").attr(alt).raw("\"/>")
                .raw("<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">")
                .raw("<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">")
                .raw("<pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">")
                .raw("<pic:nvPicPr><pic:cNvPr id=\"").num(id).raw("\" name=\"Picture ").num(id).raw("\" descr=\"").attr(alt)
                .raw("\"/><pic:cNvPicPr><a:picLocks noChangeAspect=\"true\"/></pic:cNvPicPr></pic:nvPicPr>")
                .raw("<pic:blipFill><a:blip r:embed=\"").attr(rel).raw("\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>")
                .raw("<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"").num(pic.widthEmu()).raw("\" cy=\"")
                .num(pic.heightEmu()).raw("\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr>")
                .raw("</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>");
    }

    // ---------------------------------------------------------------- tables

    /** Opens a table over the content width in the Table Grid style, with fixed column widths. */
    private void tableStart(int[] widths) {
        columns = widths;
        rows = 0;
        x.raw("<w:tbl><w:tblPr><w:tblStyle w:val=\"").attr(style(StyleSheet.Role.TABLE_GRID))
                .raw(rightToLeftDocument ? "\"/><w:bidiVisual/>" : "\"/>").raw("<w:tblW w:type=\"dxa\" w:w=\"").num(width)
                .raw("\"/><w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"04A0\"/></w:tblPr><w:tblGrid>");
        for (int w : widths) {
            x.raw("<w:gridCol w:w=\"").num(w).raw("\"/>");
        }
        x.raw("</w:tblGrid>");
    }

    private void tableEnd() {
        x.raw("</w:tbl>");
        columns = null;
    }

    /**
     * Opens a row: a header row repeats on every page; a row that cannot split stays on one
     * page; {@code minHeight} in twentieths of a point, 0 for none.
     */
    private void rowStart(boolean repeatHeader, boolean cantSplit, int minHeight) {
        rows++;
        x.raw("<w:tr>");
        if (repeatHeader || cantSplit || minHeight > 0) {
            x.raw("<w:trPr>");
            if (cantSplit) {
                x.raw("<w:cantSplit/>");
            }
            if (minHeight > 0) {
                x.raw("<w:trHeight w:val=\"").num(minHeight).raw("\" w:hRule=\"atLeast\"/>");
            }
            if (repeatHeader) {
                x.raw("<w:tblHeader/>");
            }
            x.raw("</w:trPr>");
        }
    }

    private void rowEnd() {
        x.raw("</w:tr>");
    }

    /** Opens a cell of column {@code column}, shaded when {@code fill} is not null; the table's first row carries the widths. */
    private void cellStart(int column, String fill) {
        boolean first = rows == 1;
        if (!first && fill == null) {
            x.raw("<w:tc>");
            return;
        }
        x.raw("<w:tc><w:tcPr>");
        if (first) {
            x.raw("<w:tcW w:type=\"dxa\" w:w=\"").num(columns[column]).raw("\"/>");
        }
        if (fill != null) {
            shade(fill);
        }
        x.raw("</w:tcPr>");
    }

    private void shade(String fill) {
        x.raw("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"").raw(fill).raw("\"/>");
    }

    private void cellEnd() {
        x.raw("</w:tc>");
    }

    /** A width given for an A4 page, scaled to this document's content width. */
    private int scaled(int twipsOnA4) {
        return (int) ((long) twipsOnA4 * width / CONTENT_WIDTH);
    }

    /** Column widths given for an A4 page, scaled; a 0 takes the rest of the width. */
    private int[] columns(int... twipsOnA4) {
        int[] out = new int[twipsOnA4.length];
        int used = 0;
        int rest = -1;
        for (int i = 0; i < out.length; i++) {
            if (twipsOnA4[i] == 0) {
                rest = i;
            } else {
                out[i] = scaled(twipsOnA4[i]);
                used += out[i];
            }
        }
        if (rest >= 0) {
            out[rest] = width - used;
        }
        return out;
    }

    private static void spread(int[] widths, int from, int total) {
        int n = widths.length - from;
        for (int i = from; i < widths.length; i++) {
            widths[i] = total / n + (i - from < total % n ? 1 : 0);
        }
    }

    // ---------------------------------------------------------------- texts

    private String name(Method m) {
        return clean(job.text(m.getName()), "name of method '" + m.getId() + "'");
    }

    private String textOf(LocalizedText text, String what) {
        return clean(job.text(text), what);
    }

    /**
     * The text with characters XML cannot hold (control characters, lone surrogates) removed;
     * each removal is reported to the listener, naming the method and the field.
     */
    private String clean(String text, String what) {
        Set<String> removed = null;
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                if (ok) {
                    if (out != null) {
                        out.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else if (Character.isLowSurrogate(c)) {
                ok = false;
            } else {
                ok = c == '\t' || c == '\n' || c >= 0x20 && c != 0xFFFE && c != 0xFFFF;
            }
            if (ok) {
                if (out != null) {
                    out.append(c);
                }
            } else {
                if (out == null) {
                    out = new StringBuilder(text.length());
                    out.append(text, 0, i);
                    removed = new LinkedHashSet<>();
                }
                // a carriage return goes with the line feed it comes with: not worth a warning
                if (c != '\r') {
                    removed.add(String.format("U+%04X", (int) c));
                }
            }
        }
        if (out == null) {
            return text;
        }
        if (!removed.isEmpty()) {
            job.getListener().warning((current == null ? "" : "method '" + current.getId() + "', ") + what
                    + ": left out character(s) a Word document cannot hold: " + String.join(", ", removed));
        }
        return out.toString();
    }
}
