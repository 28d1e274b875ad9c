package io.github.methodbank.docx.internal;

import io.github.methodbank.core.Link;
import io.github.methodbank.core.LocalizedText;
import io.github.methodbank.core.Method;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.Path;
import io.github.methodbank.core.Phase;
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
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtContentRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHeightRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes one workshop document. One instance per export call: it holds the POI document,
 * the job, the labels and the style ids; it is not shared between threads.
 */
public final class WorkshopWriter {

    /** Page content width in twentieths of a point: A4 less 2 cm margins on both sides. */
    static final int CONTENT_WIDTH = 9638;
    /** The narrowest content width assumed, whatever a template's page setup says. */
    private static final int MIN_WIDTH = 4000;
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
    private CTBody body;
    /** This document's content width: {@link #CONTENT_WIDTH}, or what a template's page setup leaves. */
    private int width = CONTENT_WIDTH;
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
        body = doc.getDocument().getBody();
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
        text(paragraph(StyleSheet.Role.TITLE), title);
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
                    CTP p = bullet(paragraph(StyleSheet.Role.NORMAL));
                    styledRun(p, StyleSheet.Role.STRONG, name(m));
                    if (m.getSummary().isPresent()) {
                        run(p, " \u2013 " + textOf(m.getSummary().get(), "summary"));
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
        int[] widths = columns(2600, 0);
        CTTbl details = table(widths);
        String[][] fields = {
            {"date", labels.date(), labels.enterDate()},
            {"place", labels.place(), labels.enterPlace()},
            {"facilitator", labels.facilitator(), labels.enterFacilitator()},
            {"participants", labels.participants(), labels.enterParticipants()},
        };
        for (String[] field : fields) {
            boolean participants = field[0].equals("participants");
            CTRow row = row(details, widths);
            minHeight(row, participants ? 1700 : 560);
            text(cellParagraph(row, 0, StyleSheet.Role.TABLE_HEADING), field[1]);
            contentControl(cellParagraph(row, 1, StyleSheet.Role.FILL_IN), field[0], field[1], field[2], participants);
        }
    }

    private boolean placedOn(Method m, Path p) {
        return m.getPhases().stream().anyMatch(r -> r.getPathId().equals(p.getId()));
    }

    /** One method on one path: a row with the path's name, a row of its phases in order, the fitting ones shaded and marked. */
    private void pathStrip(Path path, Method method) {
        List<Phase> phases = path.getPhases();
        int[] widths = new int[phases.size()];
        spread(widths, 0, width);
        CTTbl table = table(widths);
        spanHeader(table, widths.length, textOf(path.getName(), "path name"));
        CTRow row = row(table, widths);
        for (int i = 0; i < phases.size(); i++) {
            Phase phase = phases.get(i);
            boolean fits = method.getPhases().contains(path.ref(phase.getId()));
            CTP p = cellParagraph(row, i, StyleSheet.Role.PATH_TEXT);
            String name = textOf(phase.getName(), "phase name");
            if (fits) {
                shade(row.getTcArray(i), FIT_SHADE);
                styledRun(p, StyleSheet.Role.STRONG, MARK + " " + name);
            } else {
                text(p, name);
            }
        }
        spacer();
    }

    /** Several methods on one path: the path's name, a header row of phases and a row per method placed on the path. */
    private void pathMatrix(Path path, List<Method> methods) {
        List<Phase> phases = path.getPhases();
        int first = scaled(2000);
        int[] widths = new int[phases.size() + 1];
        widths[0] = first;
        spread(widths, 1, width - first);
        CTTbl table = table(widths);
        spanHeader(table, widths.length, textOf(path.getName(), "path name"));
        CTRow header = row(table, widths);
        repeatHeader(header);
        text(cellParagraph(header, 0, StyleSheet.Role.TABLE_HEADING), labels.method());
        for (int i = 0; i < phases.size(); i++) {
            text(cellParagraph(header, i + 1, StyleSheet.Role.PATH_HEADING), textOf(phases.get(i).getName(), "phase name"));
        }
        for (Method m : methods) {
            if (!placedOn(m, path)) {
                continue;
            }
            current = m;
            CTRow row = row(table, widths);
            text(cellParagraph(row, 0, StyleSheet.Role.TABLE_TEXT), name(m));
            for (int i = 0; i < phases.size(); i++) {
                CTP p = cellParagraph(row, i + 1, StyleSheet.Role.PATH_MARK);
                if (m.getPhases().contains(path.ref(phases.get(i).getId()))) {
                    shade(row.getTcArray(i + 1), FIT_SHADE);
                    text(p, MARK);
                }
            }
        }
        current = null;
        spacer();
    }

    /** A first row of one cell across all {@code columns}, holding {@code text}, repeated on every page. */
    private void spanHeader(CTTbl table, int columns, String text) {
        CTRow row = table.addNewTr();
        repeatHeader(row);
        CTTc tc = row.addNewTc();
        CTTcPr pr = tc.addNewTcPr();
        var w = pr.addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(width));
        pr.addNewGridSpan().setVal(BigInteger.valueOf(columns));
        shade(tc, HEADER_SHADE);
        CTP p = tc.addNewP();
        style(p, StyleSheet.Role.TABLE_HEADING);
        text(p, text);
    }

    private void preparation() {
        List<Method> methods = job.getMethods();
        heading(1, labels.preparation()).getPPr().addNewPageBreakBefore();
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
                CTP facts = paragraph(StyleSheet.Role.NORMAL);
                if (m.getDurationMinutes().isPresent()) {
                    labelled(facts, labels.duration(), m.getDurationMinutes().get().format() + " " + labels.minutes());
                }
                if (m.getGroupSize().isPresent()) {
                    if (m.getDurationMinutes().isPresent()) {
                        facts.addNewR().addNewBr();
                    }
                    labelled(facts, labels.groupSize(), m.getGroupSize().get().format() + " " + labels.people());
                }
            }
            if (!m.getTypicalUsers().isEmpty()) {
                heading(level, labels.whoToInvite());
                for (LocalizedText user : m.getTypicalUsers()) {
                    text(bullet(paragraph(StyleSheet.Role.NORMAL)), textOf(user, "typical users"));
                }
            }
            if (m.getRequiredSkills().isPresent()) {
                heading(level, labels.skills());
                rich(job.richText(m.getRequiredSkills().get()), body::addNewP, StyleSheet.Role.NORMAL, "required skills");
            }
            if (!m.getMaterials().isEmpty()) {
                heading(level, labels.materials());
                for (LocalizedText material : m.getMaterials()) {
                    text(bullet(paragraph(StyleSheet.Role.NORMAL)), textOf(material, "materials"));
                }
            }
        }
        current = null;
    }

    private void agenda() {
        heading(1, labels.agenda());
        List<Agenda.Row> rows = Agenda.rows(job, labels, options.startTime());
        int[] widths = columns(1500, 4300, 1500, 0);
        CTTbl table = table(widths);
        CTRow header = row(table, widths);
        repeatHeader(header);
        String[] titles = {labels.time(), labels.activity(), labels.who(), labels.notes()};
        for (int i = 0; i < 4; i++) {
            text(cellParagraph(header, i, StyleSheet.Role.TABLE_HEADING), titles[i]);
            shade(header.getTcArray(i), HEADER_SHADE);
        }
        for (Agenda.Row r : rows) {
            current = r.method();
            CTRow row = row(table, widths);
            cantSplit(row);
            if (r.methodHeading()) {
                for (int i = 0; i < 4; i++) {
                    shade(row.getTcArray(i), "F2F2F2");
                }
            } else {
                minHeight(row, 700);
            }
            text(cellParagraph(row, 0, StyleSheet.Role.TABLE_TEXT), r.time());
            CTTc activity = row.getTcArray(1);
            CTP a = cellParagraph(row, 1, r.methodHeading() ? StyleSheet.Role.TABLE_HEADING : StyleSheet.Role.TABLE_TEXT);
            if (r.methodHeading() || r.detail() == null) {
                text(a, clean(r.activity(), "agenda"));
            } else {
                styledRun(a, StyleSheet.Role.STRONG, clean(r.activity(), "agenda step"));
            }
            if (r.detail() != null) {
                rich(r.detail(), activity::addNewP, StyleSheet.Role.TABLE_TEXT, "agenda step description");
            }
            cellParagraph(row, 2, StyleSheet.Role.TABLE_TEXT);
            cellParagraph(row, 3, StyleSheet.Role.TABLE_TEXT);
        }
        current = null;
    }

    private void methods() {
        List<Method> methods = job.getMethods();
        for (int i = 0; i < methods.size(); i++) {
            Method m = methods.get(i);
            current = m;
            section = "method text";
            CTP h = heading(1, name(m));
            if (i == 0) {
                h.getPPr().addNewPageBreakBefore();
            }
            heading(2, labels.description());
            rich(job.richText(m.getDescription()), body::addNewP, StyleSheet.Role.NORMAL, "description");
            m.getImage().ifPresent(image ->
                    Pictures.add(new XWPFParagraph(body.addNewP(), doc).createRun(), bank, m, image, name(m), job.getListener()));
            if (m.getHowToUse().isPresent()) {
                heading(2, labels.howToUse());
                rich(job.richText(m.getHowToUse().get()), body::addNewP, StyleSheet.Role.NORMAL, "how to use");
            }
            if (m.getExamples().isPresent()) {
                heading(2, labels.examples());
                rich(job.richText(m.getExamples().get()), body::addNewP, StyleSheet.Role.NORMAL, "examples");
            }
            if (m.getSources().isPresent()) {
                heading(2, labels.sources());
                rich(job.richText(m.getSources().get()), body::addNewP, StyleSheet.Role.NORMAL, "sources");
            }
            if (!m.getLinks().isEmpty()) {
                heading(2, labels.links());
                for (Link link : m.getLinks()) {
                    hyperlink(bullet(paragraph(StyleSheet.Role.NORMAL)), link);
                }
            }
            List<String[]> facts = new ArrayList<>();
            if (!m.getTags().isEmpty()) {
                facts.add(new String[] {labels.tags(), String.join(", ", m.getTags())});
            }
            m.getLicense().ifPresent(l -> facts.add(new String[] {labels.license(), l}));
            m.getUpdated().ifPresent(d -> facts.add(new String[] {labels.updated(), d.toString()}));
            if (!facts.isEmpty()) {
                CTP p = paragraph(StyleSheet.Role.NORMAL);
                for (int f = 0; f < facts.size(); f++) {
                    if (f > 0) {
                        p.addNewR().addNewBr();
                    }
                    labelled(p, facts.get(f)[0], clean(facts.get(f)[1], "tags, license and date"));
                }
            }
            job.getListener().progress(i + 1, methods.size());
        }
    }

    private void workingPages() {
        heading(1, labels.workingPages()).getPPr().addNewPageBreakBefore();
        List<String> questions = options.questions()
                .orElseGet(() -> labels.defaultQuestions().subList(0, options.questionCount().orElse(0)));
        if (!questions.isEmpty()) {
            heading(2, labels.questionsToDiscuss());
            int[] widths = {width};
            for (int i = 0; i < questions.size(); i++) {
                heading(3, (i + 1) + ". " + clean(questions.get(i), "discussion question"));
                CTRow row = row(table(widths), widths);
                minHeight(row, 2400);
                contentControl(cellParagraph(row, 0, StyleSheet.Role.FILL_IN), "notes-" + (i + 1),
                        labels.notes() + " " + (i + 1), labels.writeHere(), true);
            }
        }
        heading(2, labels.nextSteps());
        int[] widths = columns(5400, 2300, 0);
        CTTbl table = table(widths);
        CTRow header = row(table, widths);
        repeatHeader(header);
        String[] titles = {labels.action(), labels.owner(), labels.due()};
        for (int i = 0; i < 3; i++) {
            text(cellParagraph(header, i, StyleSheet.Role.TABLE_HEADING), titles[i]);
            shade(header.getTcArray(i), HEADER_SHADE);
        }
        for (int r = 0; r < options.nextStepRows(); r++) {
            CTRow row = row(table, widths);
            minHeight(row, 620);
            cantSplit(row);
            for (int c = 0; c < 3; c++) {
                cellParagraph(row, c, StyleSheet.Role.TABLE_TEXT);
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
            width = templateWidth(body.getSectPr());
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

    /** The content width a template's page leaves (page width less left and right margins). */
    private static int templateWidth(CTSectPr sect) {
        try {
            long page = twips(sect.getPgSz().getW());
            long left = sect.isSetPgMar() ? twips(sect.getPgMar().getLeft()) : 1440;
            long right = sect.isSetPgMar() ? twips(sect.getPgMar().getRight()) : 1440;
            long w = page - left - right;
            return w >= MIN_WIDTH && w <= 30000 ? (int) w : CONTENT_WIDTH;
        } catch (RuntimeException e) {
            return CONTENT_WIDTH;
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

    private void setUpHeaderFooter(String title) {
        if (doc.getHeaderList().isEmpty()) {
            XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
            XWPFParagraph p = header.getParagraphs().isEmpty() ? header.createParagraph() : header.getParagraphs().get(0);
            p.setStyle(style(StyleSheet.Role.HEADER));
            p.createRun().setText(title);
        }
        if (doc.getFooterList().isEmpty()) {
            XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
            XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
            p.setStyle(style(StyleSheet.Role.FOOTER));
            p.createRun().setText(clean(bank.displayTitle(job.getLanguage()), "the bank title"));
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
    //
    // The body is written through the OOXML beans directly rather than POI's XWPF wrappers:
    // same XML, a good deal less work per paragraph (the wrappers rescan each new paragraph,
    // run and cell). The wrappers are still used where they add something: headers and
    // footers, pictures, and reading the document back in tests.

    private String style(StyleSheet.Role role) {
        return styleIds[role.ordinal()];
    }

    private CTPPr pPr(CTP p) {
        return p.isSetPPr() ? p.getPPr() : p.addNewPPr();
    }

    private void style(CTP p, StyleSheet.Role role) {
        if (role != StyleSheet.Role.NORMAL) {
            pPr(p).addNewPStyle().setVal(style(role));
        }
    }

    private CTP paragraph(StyleSheet.Role role) {
        CTP p = body.addNewP();
        style(p, role);
        return p;
    }

    private CTP heading(int level, String text) {
        StyleSheet.Role role = switch (level) {
            case 1 -> StyleSheet.Role.HEADING1;
            case 2 -> StyleSheet.Role.HEADING2;
            default -> StyleSheet.Role.HEADING3;
        };
        CTP p = paragraph(role);
        text(p, text);
        return p;
    }

    /** Makes {@code p} an item of the bullet list: the List Bullet style and the bullet numbering. */
    private CTP bullet(CTP p) {
        CTPPr pr = pPr(p);
        if (pr.isSetPStyle()) {
            pr.getPStyle().setVal(style(StyleSheet.Role.LIST_BULLET));
        } else {
            pr.addNewPStyle().setVal(style(StyleSheet.Role.LIST_BULLET));
        }
        var num = pr.addNewNumPr();
        num.addNewIlvl().setVal(BigInteger.ZERO);
        num.addNewNumId().setVal(bulletNumId);
        return p;
    }

    private void spacer() {
        pPr(body.addNewP()).addNewSpacing().setAfter(BigInteger.ZERO);
    }

    /** Adds a run with the text, turning line breaks into Word line breaks. The text must be clean. */
    private static CTR text(CTP p, String text) {
        return run(p, text);
    }

    private static CTR run(CTP p, String text) {
        CTR r = p.addNewR();
        setText(r, text);
        return r;
    }

    private static void setText(CTR r, String text) {
        if (text.isEmpty()) {
            return;
        }
        int from = 0;
        while (true) {
            int nl = text.indexOf('\n', from);
            String line = nl < 0 ? text.substring(from) : text.substring(from, nl);
            if (!line.isEmpty()) {
                CTText t = r.addNewT();
                t.setStringValue(line);
                if (Character.isWhitespace(line.charAt(0)) || Character.isWhitespace(line.charAt(line.length() - 1))) {
                    t.setSpace(SpaceAttribute.Space.PRESERVE);
                }
            }
            if (nl < 0) {
                return;
            }
            r.addNewBr();
            from = nl + 1;
        }
    }

    private CTR styledRun(CTP p, StyleSheet.Role role, String text) {
        CTR r = p.addNewR();
        r.addNewRPr().addNewRStyle().setVal(style(role));
        setText(r, text);
        return r;
    }

    private void labelled(CTP p, String label, String value) {
        styledRun(p, StyleSheet.Role.STRONG, label + ": ");
        run(p, value);
    }

    private void rich(RichText text, Supplier<CTP> factory, StyleSheet.Role role, String what) {
        for (RichText.Block block : text.blocks()) {
            if (block instanceof RichText.Paragraph para) {
                CTP p = factory.get();
                style(p, role);
                runs(p, para, what);
            } else if (block instanceof RichText.BulletList list) {
                for (RichText.Paragraph item : list.items()) {
                    runs(bullet(factory.get()), item, what);
                }
            }
        }
    }

    private void runs(CTP p, RichText.Paragraph para, String what) {
        for (RichText.Run run : para.runs()) {
            CTR r = p.addNewR();
            if (run.bold() || run.italic()) {
                CTRPr pr = r.addNewRPr();
                if (run.bold()) {
                    pr.addNewB();
                }
                if (run.italic()) {
                    pr.addNewI();
                }
            }
            setText(r, clean(run.text(), what));
        }
    }

    private void hyperlink(CTP p, Link link) {
        String url = link.getUrl().toString();
        String shown = link.getTitle().map(t -> textOf(t, "link title")).orElse(url);
        String id = doc.getPackagePart().addExternalRelationship(url, XWPFRelation.HYPERLINK.getRelation()).getId();
        CTHyperlink h = p.addNewHyperlink();
        h.setId(id);
        CTR r = h.addNewR();
        r.addNewRPr().addNewRStyle().setVal(style(StyleSheet.Role.HYPERLINK));
        setText(r, shown);
        if (link.getTitle().isPresent()) {
            run(p, " (" + (url.startsWith("mailto:") ? url.substring("mailto:".length()) : url) + ")");
        }
    }

    /**
     * A plain-text content control with placeholder text, inside {@code p}. Word shows the
     * placeholder in the Placeholder Text style and formats what is typed with the control's
     * own style; {@code p} should have the Fill-in Field style.
     */
    private void contentControl(CTP p, String tag, String alias, String placeholder, boolean multiLine) {
        CTSdtRun sdt = p.addNewSdt();
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

    /** A table over the content width in the Table Grid style, with fixed column widths and no rows yet. */
    private CTTbl table(int[] widths) {
        CTTbl table = body.addNewTbl();
        CTTblPr pr = table.addNewTblPr();
        pr.addNewTblStyle().setVal(style(StyleSheet.Role.TABLE_GRID));
        var w = pr.addNewTblW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(width));
        pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        pr.addNewTblLook().setVal(new byte[] {0x04, (byte) 0xA0});
        CTTblGrid grid = table.addNewTblGrid();
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        return table;
    }

    /** A row with a cell per column, each cell holding one empty paragraph. */
    private static CTRow row(CTTbl table, int[] widths) {
        CTRow row = table.addNewTr();
        boolean first = table.sizeOfTrArray() == 1;
        for (int width : widths) {
            CTTc tc = row.addNewTc();
            if (first) {
                var w = tc.addNewTcPr().addNewTcW();
                w.setType(STTblWidth.DXA);
                w.setW(BigInteger.valueOf(width));
            }
            tc.addNewP();
        }
        return row;
    }

    private static CTTrPr trPr(CTRow row) {
        return row.isSetTrPr() ? row.getTrPr() : row.addNewTrPr();
    }

    private static void repeatHeader(CTRow row) {
        trPr(row).addNewTblHeader();
    }

    private static void cantSplit(CTRow row) {
        trPr(row).addNewCantSplit();
    }

    private static void minHeight(CTRow row, int twips) {
        var h = trPr(row).addNewTrHeight();
        h.setVal(BigInteger.valueOf(twips));
        h.setHRule(STHeightRule.AT_LEAST);
    }

    /** The paragraph of a fresh cell, given the style. */
    private CTP cellParagraph(CTRow row, int column, StyleSheet.Role role) {
        CTP p = row.getTcArray(column).getPArray(0);
        style(p, role);
        return p;
    }

    private static void shade(CTTc cell, String fill) {
        CTTcPr pr = cell.isSetTcPr() ? cell.getTcPr() : cell.addNewTcPr();
        var shd = pr.isSetShd() ? pr.getShd() : pr.addNewShd();
        shd.setVal(STShd.CLEAR);
        shd.setColor("auto");
        shd.setFill(fill);
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
