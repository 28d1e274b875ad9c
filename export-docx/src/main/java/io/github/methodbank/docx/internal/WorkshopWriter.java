package io.github.methodbank.docx.internal;

import io.github.methodbank.core.Link;
import io.github.methodbank.core.LocalizedText;
import io.github.methodbank.core.Method;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.Path;
import io.github.methodbank.core.Phase;
import io.github.methodbank.core.PhaseRef;
import io.github.methodbank.core.RichText;
import io.github.methodbank.core.export.ExportException;
import io.github.methodbank.core.export.ExportJob;
import io.github.methodbank.docx.WorkshopOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.TableRowHeightRule;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtContentRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes one workshop document. One instance per export call: it holds the POI document,
 * the job, the labels and the style ids; it is not shared between threads.
 */
public final class WorkshopWriter {

    /** Page content width in twentieths of a point: A4 less 2 cm margins on both sides. */
    static final int CONTENT_WIDTH = 9638;
    private static final String FIT_SHADE = "BDD7EE";
    private static final String MARK = "\u25CF";
    private static final String HEADER_SHADE = "E7E6E6";

    private final ExportJob job;
    private final MethodBank bank;
    private final WorkshopOptions options;
    private final Labels labels;
    private final XWPFDocument doc;
    private final boolean fromTemplate;
    private String[] styleIds;
    private BigInteger bulletNumId;
    private int nextSdtId = 1;
    private String section = "cover";
    private Method current;

    private WorkshopWriter(ExportJob job, WorkshopOptions options, XWPFDocument doc, boolean fromTemplate) {
        this.job = job;
        this.bank = job.getBank();
        this.options = options;
        this.labels = Labels.forLanguage(job.getLanguage());
        this.doc = doc;
        this.fromTemplate = fromTemplate;
    }

    /**
     * Writes the workshop document for {@code job} and returns its bytes.
     *
     * @param template the bytes of a corporate template, or null
     * @param templateName the template's name for messages, or null
     */
    public static byte[] write(ExportJob job, WorkshopOptions options, byte[] template, String templateName)
            throws ExportException {
        XWPFDocument doc = template == null
                ? new XWPFDocument()
                : TemplateReader.open(template, templateName, job.getListener());
        try (doc) {
            WorkshopWriter w = new WorkshopWriter(job, options, doc, template != null);
            try {
                w.build();
            } catch (RuntimeException e) {
                throw new ExportException("could not build the workshop document"
                        + (w.current == null ? "" : " at method '" + w.current.getId() + "'")
                        + " (" + w.section + "): " + e, e);
            }
            ByteArrayOutputStream buf = new ByteArrayOutputStream(64 * 1024);
            doc.write(buf);
            return StableZip.stamp(buf.toByteArray(), w.timestamp());
        } catch (IOException e) {
            throw new ExportException("could not write the workshop document: " + e.getMessage(), e);
        }
    }

    private Instant timestamp() {
        return options.fixedTimestamp().orElseGet(job::effectiveTimestamp);
    }

    // ---------------------------------------------------------------- structure

    private void build() {
        section = "styles";
        setUpNumbering();
        setUpStyles();
        setUpPage();
        String title = workshopTitle();
        section = "header and footer";
        setUpHeaderFooter(title);
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
        section = "document properties";
        properties(title);
    }

    private String workshopTitle() {
        if (options.title().isPresent()) {
            return clean(options.title().get(), "the workshop title");
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
        XWPFParagraph t = paragraph(StyleSheet.Role.TITLE);
        text(t, title);
        List<Method> methods = job.getMethods();
        String bankTitle = clean(bank.displayTitle(job.getLanguage()), "the bank title");
        if (options.title().isPresent() || methods.size() <= 1) {
            text(paragraph(StyleSheet.Role.SUBTITLE), bankTitle);
        }

        boolean anySummary = methods.stream().anyMatch(m -> m.getSummary().isPresent());
        if (anySummary) {
            heading(1, labels.purpose());
            if (methods.size() == 1) {
                current = methods.get(0);
                text(paragraph(StyleSheet.Role.NORMAL), textOf(current.getSummary().get(), "summary"));
            } else {
                for (Method m : methods) {
                    current = m;
                    XWPFParagraph p = bullet(this::bodyParagraph, 0);
                    XWPFRun r = p.createRun();
                    r.setStyle(style(StyleSheet.Role.STRONG));
                    r.setText(name(m));
                    if (m.getSummary().isPresent()) {
                        p.createRun().setText(" \u2013 " + textOf(m.getSummary().get(), "summary"));
                    }
                }
            }
            current = null;
        }

        List<Path> paths = bank.getPaths().stream()
                .filter(p -> methods.stream().anyMatch(m -> placedOn(m, p)))
                .collect(Collectors.toList());
        if (!paths.isEmpty()) {
            heading(1, methods.size() == 1 ? labels.whereFitsOne() : labels.whereFitsMany());
            for (Path path : paths) {
                if (methods.size() == 1) {
                    pathStrip(path, methods.get(0));
                } else {
                    pathMatrix(path, methods);
                }
            }
        }

        heading(1, labels.details());
        XWPFTable details = table(2, new int[] {2600, CONTENT_WIDTH - 2600});
        String[][] fields = {
            {"date", labels.date(), labels.enterDate()},
            {"place", labels.place(), labels.enterPlace()},
            {"facilitator", labels.facilitator(), labels.enterFacilitator()},
            {"participants", labels.participants(), labels.enterParticipants()},
        };
        for (int i = 0; i < fields.length; i++) {
            XWPFTableRow row = i == 0 ? details.getRow(0) : details.createRow();
            row.setHeight(fields[i][0].equals("participants") ? 1700 : 560);
            row.setHeightRule(TableRowHeightRule.AT_LEAST);
            XWPFParagraph label = cellParagraph(row.getCell(0), StyleSheet.Role.TABLE_HEADING);
            text(label, fields[i][1]);
            XWPFParagraph value = cellParagraph(row.getCell(1), StyleSheet.Role.FILL_IN);
            contentControl(value, fields[i][0], fields[i][1], fields[i][2], fields[i][0].equals("participants"));
        }
    }

    private boolean placedOn(Method m, Path p) {
        return m.getPhases().stream().anyMatch(r -> r.getPathId().equals(p.getId()));
    }

    /** One method on one path: a row with the path's name, a row of its phases in order, the fitting ones shaded and marked. */
    private void pathStrip(Path path, Method method) {
        List<Phase> phases = path.getPhases();
        int[] widths = new int[phases.size()];
        spread(widths, 0, CONTENT_WIDTH);
        XWPFTable table = table(widths.length, widths);
        XWPFTableRow row = table.createRow();
        spanHeader(table, textOf(path.getName(), "path name"));
        for (int i = 0; i < phases.size(); i++) {
            Phase phase = phases.get(i);
            boolean fits = method.getPhases().contains(path.ref(phase.getId()));
            phaseCell(row.getCell(i), phase, fits);
        }
        spacer();
    }

    /** Several methods on one path: the path's name, a header row of phases and a row per method placed on the path. */
    private void pathMatrix(Path path, List<Method> methods) {
        List<Phase> phases = path.getPhases();
        int first = 2000;
        int[] widths = new int[phases.size() + 1];
        widths[0] = first;
        spread(widths, 1, CONTENT_WIDTH - first);
        XWPFTable table = table(widths.length, widths);
        XWPFTableRow header = table.createRow();
        header.setRepeatHeader(true);
        text(cellParagraph(header.getCell(0), StyleSheet.Role.TABLE_HEADING), labels.method());
        for (int i = 0; i < phases.size(); i++) {
            text(cellParagraph(header.getCell(i + 1), StyleSheet.Role.PATH_HEADING), textOf(phases.get(i).getName(), "phase name"));
        }
        for (Method m : methods) {
            if (!placedOn(m, path)) {
                continue;
            }
            current = m;
            XWPFTableRow row = table.createRow();
            text(cellParagraph(row.getCell(0), StyleSheet.Role.TABLE_TEXT), name(m));
            for (int i = 0; i < phases.size(); i++) {
                boolean fits = m.getPhases().contains(path.ref(phases.get(i).getId()));
                XWPFTableCell cell = row.getCell(i + 1);
                XWPFParagraph p = cellParagraph(cell, StyleSheet.Role.PATH_MARK);
                if (fits) {
                    shade(cell);
                    text(p, MARK);
                }
            }
        }
        current = null;
        // last: rows made after this would copy the merged first row's single cell
        spanHeader(table, textOf(path.getName(), "path name"));
        spacer();
    }

    /** Turns the table's first row into one cell across all columns holding {@code text}, a repeated header row. */
    private void spanHeader(XWPFTable table, String text) {
        XWPFTableRow row = table.getRow(0);
        int n = row.getTableCells().size();
        for (int i = n - 1; i > 0; i--) {
            row.removeCell(i);
        }
        CTTcPr pr = row.getCell(0).getCTTc().getTcPr();
        pr.getTcW().setW(BigInteger.valueOf(CONTENT_WIDTH));
        pr.addNewGridSpan().setVal(BigInteger.valueOf(n));
        shade(row.getCell(0), HEADER_SHADE);
        row.setRepeatHeader(true);
        text(cellParagraph(row.getCell(0), StyleSheet.Role.TABLE_HEADING), text);
    }

    private void phaseCell(XWPFTableCell cell, Phase phase, boolean fits) {
        XWPFParagraph p = cellParagraph(cell, StyleSheet.Role.PATH_TEXT);
        String name = textOf(phase.getName(), "phase name");
        if (fits) {
            shade(cell);
            XWPFRun r = p.createRun();
            r.setStyle(style(StyleSheet.Role.STRONG));
            r.setText(MARK + " " + name);
        } else {
            text(p, name);
        }
    }

    private void preparation() {
        List<Method> methods = job.getMethods();
        XWPFParagraph h = heading(1, labels.preparation());
        h.setPageBreak(true);
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
                heading(2, name(m));
            }
            if (m.getDurationMinutes().isPresent() || m.getGroupSize().isPresent()) {
                XWPFParagraph facts = paragraph(StyleSheet.Role.NORMAL);
                if (m.getDurationMinutes().isPresent()) {
                    labelled(facts, labels.duration(), m.getDurationMinutes().get().format() + " " + labels.minutes());
                }
                if (m.getGroupSize().isPresent()) {
                    if (m.getDurationMinutes().isPresent()) {
                        facts.createRun().addBreak();
                    }
                    labelled(facts, labels.groupSize(), m.getGroupSize().get().format() + " " + labels.people());
                }
            }
            if (!m.getTypicalUsers().isEmpty()) {
                heading(level, labels.whoToInvite());
                for (LocalizedText user : m.getTypicalUsers()) {
                    text(bullet(this::bodyParagraph, 0), textOf(user, "typical users"));
                }
            }
            if (m.getRequiredSkills().isPresent()) {
                heading(level, labels.skills());
                rich(job.richText(m.getRequiredSkills().get()), this::bodyParagraph, StyleSheet.Role.NORMAL, "required skills");
            }
            if (!m.getMaterials().isEmpty()) {
                heading(level, labels.materials());
                for (LocalizedText material : m.getMaterials()) {
                    text(bullet(this::bodyParagraph, 0), textOf(material, "materials"));
                }
            }
        }
        current = null;
    }

    private void agenda() {
        heading(1, labels.agenda());
        List<Agenda.Row> rows = Agenda.rows(job, labels, options.startTime());
        int[] widths = {1500, 4300, 1500, CONTENT_WIDTH - 7300};
        XWPFTable table = table(4, widths);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        String[] titles = {labels.time(), labels.activity(), labels.who(), labels.notes()};
        for (int i = 0; i < 4; i++) {
            text(cellParagraph(header.getCell(i), StyleSheet.Role.TABLE_HEADING), titles[i]);
            shade(header.getCell(i), HEADER_SHADE);
        }
        for (Agenda.Row r : rows) {
            current = r.method();
            XWPFTableRow row = table.createRow();
            row.setCantSplitRow(true);
            if (r.methodHeading()) {
                for (int i = 0; i < 4; i++) {
                    shade(row.getCell(i), "F2F2F2");
                }
            } else {
                row.setHeight(700);
                row.setHeightRule(TableRowHeightRule.AT_LEAST);
            }
            text(cellParagraph(row.getCell(0), StyleSheet.Role.TABLE_TEXT), r.time());
            XWPFTableCell activity = row.getCell(1);
            XWPFParagraph a = cellParagraph(activity, r.methodHeading() ? StyleSheet.Role.TABLE_HEADING : StyleSheet.Role.TABLE_TEXT);
            if (r.methodHeading() || r.detail() == null) {
                text(a, clean(r.activity(), "agenda"));
            } else {
                XWPFRun run = a.createRun();
                run.setStyle(style(StyleSheet.Role.STRONG));
                run.setText(clean(r.activity(), "agenda step"));
            }
            if (r.detail() != null) {
                rich(r.detail(), activity::addParagraph, StyleSheet.Role.TABLE_TEXT, "agenda step description");
            }
            cellParagraph(row.getCell(2), StyleSheet.Role.TABLE_TEXT);
            cellParagraph(row.getCell(3), StyleSheet.Role.TABLE_TEXT);
        }
        current = null;
    }

    private void methods() {
        List<Method> methods = job.getMethods();
        for (int i = 0; i < methods.size(); i++) {
            Method m = methods.get(i);
            current = m;
            section = "method text";
            XWPFParagraph h = heading(1, name(m));
            if (i == 0) {
                h.setPageBreak(true);
            }
            heading(2, labels.description());
            rich(job.richText(m.getDescription()), this::bodyParagraph, StyleSheet.Role.NORMAL, "description");
            m.getImage().ifPresent(image -> Pictures.add(doc, bank, m, image, name(m), job.getListener()));
            if (m.getHowToUse().isPresent()) {
                heading(2, labels.howToUse());
                rich(job.richText(m.getHowToUse().get()), this::bodyParagraph, StyleSheet.Role.NORMAL, "how to use");
            }
            if (m.getExamples().isPresent()) {
                heading(2, labels.examples());
                rich(job.richText(m.getExamples().get()), this::bodyParagraph, StyleSheet.Role.NORMAL, "examples");
            }
            if (m.getSources().isPresent()) {
                heading(2, labels.sources());
                rich(job.richText(m.getSources().get()), this::bodyParagraph, StyleSheet.Role.NORMAL, "sources");
            }
            if (!m.getLinks().isEmpty()) {
                heading(2, labels.links());
                for (Link link : m.getLinks()) {
                    XWPFParagraph p = bullet(this::bodyParagraph, 0);
                    hyperlink(p, link);
                }
            }
            List<String> facts = new ArrayList<>();
            if (!m.getTags().isEmpty()) {
                facts.add(labels.tags() + ": " + String.join(", ", m.getTags()));
            }
            m.getLicense().ifPresent(l -> facts.add(labels.license() + ": " + l));
            m.getUpdated().ifPresent(d -> facts.add(labels.updated() + ": " + d));
            if (!facts.isEmpty()) {
                XWPFParagraph p = paragraph(StyleSheet.Role.NORMAL);
                for (int f = 0; f < facts.size(); f++) {
                    if (f > 0) {
                        p.createRun().addBreak();
                    }
                    String fact = facts.get(f);
                    int colon = fact.indexOf(": ");
                    labelled(p, fact.substring(0, colon), clean(fact.substring(colon + 2), "tags, license and date"));
                }
            }
            job.getListener().progress(i + 1, methods.size());
        }
    }

    private void workingPages() {
        XWPFParagraph h = heading(1, labels.workingPages());
        h.setPageBreak(true);
        List<String> questions = options.questions()
                .orElseGet(() -> labels.defaultQuestions().subList(0, options.questionCount().orElse(0)));
        if (!questions.isEmpty()) {
            heading(2, labels.questionsToDiscuss());
            for (int i = 0; i < questions.size(); i++) {
                heading(3, (i + 1) + ". " + clean(questions.get(i), "discussion question"));
                XWPFTable box = table(1, new int[] {CONTENT_WIDTH});
                XWPFTableRow row = box.getRow(0);
                row.setHeight(2400);
                row.setHeightRule(TableRowHeightRule.AT_LEAST);
                contentControl(cellParagraph(row.getCell(0), StyleSheet.Role.FILL_IN), "notes-" + (i + 1),
                        labels.notes() + " " + (i + 1), labels.writeHere(), true);
            }
        }
        heading(2, labels.nextSteps());
        int[] widths = {5400, 2300, CONTENT_WIDTH - 7700};
        XWPFTable table = table(3, widths);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        String[] titles = {labels.action(), labels.owner(), labels.due()};
        for (int i = 0; i < 3; i++) {
            text(cellParagraph(header.getCell(i), StyleSheet.Role.TABLE_HEADING), titles[i]);
            shade(header.getCell(i), HEADER_SHADE);
        }
        for (int r = 0; r < options.nextStepRows(); r++) {
            XWPFTableRow row = table.createRow();
            row.setHeight(620);
            row.setHeightRule(TableRowHeightRule.AT_LEAST);
            row.setCantSplitRow(true);
            for (int c = 0; c < 3; c++) {
                cellParagraph(row.getCell(c), StyleSheet.Role.TABLE_TEXT);
            }
        }
    }

    private void properties(String title) {
        POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
        Date date = Date.from(timestamp());
        core.setTitle(title);
        core.setCreator(clean(bank.displayTitle(job.getLanguage()), "the bank title"));
        core.setCreated(Optional.of(date));
        core.setModified(Optional.of(date));
        core.setSubjectProperty(labels.agenda());
        core.getUnderlyingProperties().setLanguageProperty(StyleSheet.wordLanguage(job.getLanguage()));
        core.setKeywords(job.getMethods().stream().map(Method::getId).collect(Collectors.joining(", ")));
    }

    // ---------------------------------------------------------------- set-up

    private void setUpNumbering() {
        XWPFNumbering numbering = doc.getNumbering() != null ? doc.getNumbering() : doc.createNumbering();
        BigInteger abstractId = BigInteger.ZERO;
        for (XWPFAbstractNum a : numbering.getAbstractNums()) {
            BigInteger id = a.getCTAbstractNum().getAbstractNumId();
            if (id != null && id.compareTo(abstractId) >= 0) {
                abstractId = id.add(BigInteger.ONE);
            }
        }
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        abs.setAbstractNumId(abstractId);
        String[] symbols = {"\u2022", "\u2013", "\u25AA"};
        for (int level = 0; level < 3; level++) {
            CTLvl lvl = abs.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(STNumberFormat.BULLET);
            lvl.addNewLvlText().setVal(symbols[level]);
            lvl.addNewLvlJc().setVal(STJc.LEFT);
            var ind = lvl.addNewPPr().addNewInd();
            ind.setLeft(BigInteger.valueOf(360L * (level + 1)));
            ind.setHanging(BigInteger.valueOf(360));
        }
        numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering));
        bulletNumId = numbering.addNum(abstractId);
    }

    private void setUpStyles() {
        XWPFStyles styles = doc.getStyles();
        if (!fromTemplate || styles == null) {
            styles = styles == null ? doc.createStyles() : styles;
            if (!fromTemplate) {
                styles.setStyles(StyleSheet.ours(bulletNumId));
            }
        }
        styleIds = StyleSheet.merge(styles, bulletNumId);
        StyleSheet.setLanguage(styles.getCtStyles(), StyleSheet.wordLanguage(job.getLanguage()));
    }

    private void setUpPage() {
        CTBody body = doc.getDocument().getBody();
        if (fromTemplate && body.isSetSectPr() && body.getSectPr().isSetPgSz()) {
            return;
        }
        CTSectPr sect = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        BigInteger m = BigInteger.valueOf(1134);
        mar.setTop(m);
        mar.setBottom(m);
        mar.setLeft(m);
        mar.setRight(m);
        mar.setHeader(BigInteger.valueOf(567));
        mar.setFooter(BigInteger.valueOf(567));
        mar.setGutter(BigInteger.ZERO);
    }

    private void setUpHeaderFooter(String title) {
        if (doc.getHeaderList().isEmpty()) {
            XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
            XWPFParagraph p = header.getParagraphs().isEmpty() ? header.createParagraph() : header.getParagraphs().get(0);
            p.setStyle(style(StyleSheet.Role.HEADER));
            text(p, title);
        }
        if (doc.getFooterList().isEmpty()) {
            XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
            XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
            p.setStyle(style(StyleSheet.Role.FOOTER));
            text(p, clean(bank.displayTitle(job.getLanguage()), "the bank title"));
            p.createRun().addTab();
            p.createRun().addTab();
            p.createRun().setText(labels.page() + " ");
            pageField(p);
        }
    }

    private static void pageField(XWPFParagraph p) {
        CTR begin = p.getCTP().addNewR();
        begin.addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        CTR instr = p.getCTP().addNewR();
        var t = instr.addNewInstrText();
        t.setStringValue(" PAGE ");
        t.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        CTR sep = p.getCTP().addNewR();
        sep.addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        CTR value = p.getCTP().addNewR();
        value.addNewT().setStringValue("1");
        CTR end = p.getCTP().addNewR();
        end.addNewFldChar().setFldCharType(STFldCharType.END);
    }

    // ---------------------------------------------------------------- building blocks

    private String style(StyleSheet.Role role) {
        return styleIds[role.ordinal()];
    }

    private XWPFParagraph bodyParagraph() {
        return doc.createParagraph();
    }

    private XWPFParagraph paragraph(StyleSheet.Role role) {
        XWPFParagraph p = doc.createParagraph();
        if (role != StyleSheet.Role.NORMAL) {
            p.setStyle(style(role));
        }
        return p;
    }

    private XWPFParagraph heading(int level, String text) {
        StyleSheet.Role role = switch (level) {
            case 1 -> StyleSheet.Role.HEADING1;
            case 2 -> StyleSheet.Role.HEADING2;
            default -> StyleSheet.Role.HEADING3;
        };
        XWPFParagraph p = paragraph(role);
        text(p, text);
        return p;
    }

    private XWPFParagraph bullet(Supplier<XWPFParagraph> factory, int level) {
        XWPFParagraph p = factory.get();
        p.setStyle(style(StyleSheet.Role.LIST_BULLET));
        p.setNumID(bulletNumId);
        p.setNumILvl(BigInteger.valueOf(level));
        return p;
    }

    private void spacer() {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingAfter(0);
    }

    /** Adds text as runs, turning line breaks into Word line breaks. The text must be clean. */
    private static void text(XWPFParagraph p, String text) {
        XWPFRun r = p.createRun();
        setRunText(r, text);
    }

    private static void setRunText(XWPFRun r, String text) {
        if (text.indexOf('\n') < 0) {
            r.setText(text);
            return;
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.addBreak();
            }
            r.setText(lines[i], i);
        }
    }

    private void labelled(XWPFParagraph p, String label, String value) {
        XWPFRun l = p.createRun();
        l.setStyle(style(StyleSheet.Role.STRONG));
        l.setText(label + ": ");
        p.createRun().setText(value);
    }

    private void rich(RichText text, Supplier<XWPFParagraph> factory, StyleSheet.Role role, String what) {
        for (RichText.Block block : text.blocks()) {
            if (block instanceof RichText.Paragraph para) {
                XWPFParagraph p = factory.get();
                if (role != StyleSheet.Role.NORMAL) {
                    p.setStyle(style(role));
                }
                runs(p, para, what);
            } else if (block instanceof RichText.BulletList list) {
                for (RichText.Paragraph item : list.items()) {
                    runs(bullet(factory, 0), item, what);
                }
            }
        }
    }

    private void runs(XWPFParagraph p, RichText.Paragraph para, String what) {
        for (RichText.Run run : para.runs()) {
            XWPFRun r = p.createRun();
            if (run.bold()) {
                r.setBold(true);
            }
            if (run.italic()) {
                r.setItalic(true);
            }
            setRunText(r, clean(run.text(), what));
        }
    }

    private void hyperlink(XWPFParagraph p, Link link) {
        String url = link.getUrl().toString();
        String shown = link.getTitle().map(t -> textOf(t, "link title")).orElse(url);
        XWPFHyperlinkRun r = p.createHyperlinkRun(url);
        r.setStyle(style(StyleSheet.Role.HYPERLINK));
        r.setText(shown);
        if (link.getTitle().isPresent() && !url.startsWith("mailto:")) {
            p.createRun().setText(" (" + url + ")");
        } else if (link.getTitle().isPresent()) {
            p.createRun().setText(" (" + url.substring("mailto:".length()) + ")");
        }
    }

    /**
     * A plain-text content control with placeholder text, inside {@code p}. Word shows the
     * placeholder in the Placeholder Text style and formats what is typed with the control's
     * own style; {@code p} should have the Fill-in Field style.
     */
    private void contentControl(XWPFParagraph p, String tag, String alias, String placeholder, boolean multiLine) {
        CTSdtRun sdt = p.getCTP().addNewSdt();
        CTSdtPr pr = sdt.addNewSdtPr();
        // text typed into the control: not grey like the placeholder (the paragraph's style greys the
        // placeholder for readers that ignore run formatting inside controls)
        pr.addNewRPr().addNewRStyle().setVal(style(StyleSheet.Role.FILLED_IN));
        pr.addNewAlias().setVal(alias);
        pr.addNewTag().setVal(tag);
        pr.addNewId().setVal(BigInteger.valueOf(nextSdtId++));
        pr.addNewShowingPlcHdr();
        var plain = pr.addNewText();
        if (multiLine) {
            plain.setMultiLine(Boolean.TRUE);
        }
        CTSdtContentRun content = sdt.addNewSdtContent();
        CTR r = content.addNewR();
        r.addNewRPr().addNewRStyle().setVal(style(StyleSheet.Role.PLACEHOLDER));
        r.addNewT().setStringValue(placeholder);
    }

    private XWPFTable table(int columns, int[] widths) {
        XWPFTable table = doc.createTable(1, columns);
        CTTblPr pr = table.getCTTbl().getTblPr();
        if (pr.isSetTblBorders()) {
            pr.unsetTblBorders();
        }
        table.setStyleID(style(StyleSheet.Role.TABLE_GRID));
        var w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(CONTENT_WIDTH));
        var look = pr.isSetTblLook() ? pr.getTblLook() : pr.addNewTblLook();
        look.setVal(new byte[] {0x04, (byte) 0xA0});
        pr.addNewTblLayout().setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        XWPFTableRow row = table.getRow(0);
        for (int i = 0; i < columns; i++) {
            CTTcPr tc = row.getCell(i).getCTTc().isSetTcPr() ? row.getCell(i).getCTTc().getTcPr() : row.getCell(i).getCTTc().addNewTcPr();
            var tcw = tc.isSetTcW() ? tc.getTcW() : tc.addNewTcW();
            tcw.setType(STTblWidth.DXA);
            tcw.setW(BigInteger.valueOf(widths[i]));
        }
        return table;
    }

    /** The first paragraph of a fresh cell, given the style. */
    private XWPFParagraph cellParagraph(XWPFTableCell cell, StyleSheet.Role role) {
        XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
        p.setStyle(style(role));
        return p;
    }

    private static void shade(XWPFTableCell cell) {
        shade(cell, FIT_SHADE);
    }

    private static void shade(XWPFTableCell cell, String fill) {
        CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        var shd = pr.isSetShd() ? pr.getShd() : pr.addNewShd();
        shd.setVal(STShd.CLEAR);
        shd.setColor("auto");
        shd.setFill(fill);
    }

    private static void spread(int[] widths, int from, int total) {
        int n = widths.length - from;
        for (int i = from; i < widths.length; i++) {
            widths[i] = total / n + (i - from < total % n ? 1 : 0);
        }
    }

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
                if (c == '\r') {
                    ok = false;
                }
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
