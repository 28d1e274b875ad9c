package io.github.methodbank.docx.internal;

import io.github.methodbank.core.Method;
import io.github.methodbank.core.Pathway;
import io.github.methodbank.core.Phase;
import io.github.methodbank.core.export.LabelKey;
import io.github.methodbank.core.export.Labels;
import io.github.methodbank.docx.internal.wml.StyleSheet;
import io.github.methodbank.docx.internal.wml.TextWidth;
import io.github.methodbank.docx.internal.wml.Wml;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The cover: the title, the purpose, where the methods fit on their paths, and fill-in fields
 * for the workshop's date, place, facilitator and participants.
 */
final class CoverSection {

    private static final String FIT_SHADE = "BDD7EE";
    private static final String MARK = "\u25CF";
    /** The phase names' type size in the Path Text and Path Heading styles, in half-points. */
    private static final int STYLE_SIZE = 18;
    /** The sizes tried for phase names before another layout, in half-points. */
    private static final int[] PHASE_SIZES = {STYLE_SIZE, 16, 14};
    /** The tallest a header row of rotated phase names grows, in twentieths of a point (about 4 cm). */
    private static final int MAX_ROTATED_HEIGHT = 2268;

    private final Workshop ws;
    private final Wml w;

    CoverSection(Workshop ws) {
        this.ws = ws;
        this.w = ws.w;
    }

    void write(String title) {
        Labels labels = ws.labels;
        w.paragraph(StyleSheet.Role.TITLE, title);
        List<Method> methods = ws.job.getMethods();
        String bankTitle = ws.bankTitle();
        if (ws.options.getTitle().isPresent() || methods.size() <= 1) {
            w.paragraph(StyleSheet.Role.SUBTITLE, bankTitle);
        }

        boolean anySummary = methods.stream().anyMatch(m -> m.getSummary().isPresent());
        if (anySummary) {
            w.heading(1, labels.get(LabelKey.PURPOSE), false);
            if (methods.size() == 1) {
                ws.current = methods.get(0);
                w.runLanguage(ws.languageOf(ws.current.getSummary().get()));
                w.paragraph(StyleSheet.Role.NORMAL, ws.textOf(ws.current.getSummary().get(), "summary"));
                w.runLanguage(null);
            } else {
                for (Method m : methods) {
                    ws.current = m;
                    w.bulletStart();
                    w.styledRun(StyleSheet.Role.STRONG, ws.name(m));
                    if (m.getSummary().isPresent()) {
                        w.run(" \u2013 " + ws.textOf(m.getSummary().get(), "summary"));
                    }
                    w.pEnd();
                }
            }
            ws.current = null;
        }

        List<Pathway> paths = ws.bank.getPaths().stream()
                .filter(p -> methods.stream().anyMatch(m -> placedOn(m, p)))
                .collect(Collectors.toList());
        if (!paths.isEmpty()) {
            w.heading(1, methods.size() == 1 ? labels.get(LabelKey.WHERE_IT_FITS) : labels.get(LabelKey.WHERE_THEY_FIT), false);
            for (Pathway path : paths) {
                if (methods.size() == 1) {
                    pathStrip(path, methods.get(0));
                } else {
                    pathMatrix(path, methods);
                }
            }
        }

        w.heading(1, labels.get(LabelKey.WORKSHOP_DETAILS), false);
        w.tableStart(w.columns(2600, 0));
        String[][] fields = {
            {"date", labels.get(LabelKey.DATE), labels.get(LabelKey.ENTER_DATE)},
            {"place", labels.get(LabelKey.PLACE), labels.get(LabelKey.ENTER_PLACE)},
            {"facilitator", labels.get(LabelKey.FACILITATOR), labels.get(LabelKey.ENTER_FACILITATOR)},
            {"participants", labels.get(LabelKey.PARTICIPANTS), labels.get(LabelKey.ENTER_PARTICIPANTS)},
        };
        for (String[] field : fields) {
            boolean participants = field[0].equals("participants");
            w.rowStart(false, false, participants ? 1700 : 560);
            w.cellStart(0, null);
            w.paragraph(StyleSheet.Role.TABLE_HEADING, field[1]);
            w.cellEnd();
            w.cellStart(1, null);
            w.pStart(StyleSheet.Role.FILL_IN);
            w.contentControl(field[0], field[1], field[2], participants);
            w.pEnd();
            w.cellEnd();
            w.rowEnd();
        }
        w.tableEnd();
    }

    private static boolean placedOn(Method m, Pathway p) {
        return m.getPhases().stream().anyMatch(r -> r.getPathId().equals(p.getId()));
    }

    /**
     * The type size (half-points) at which the widest word of every name fits a column whose text
     * is {@code room} wide: the style's 9 pt, else 8 or 7 pt; 0 when none does.
     */
    private static int fittingSize(List<String> names, boolean bold, int room) {
        for (int size : PHASE_SIZES) {
            boolean fits = true;
            for (String name : names) {
                fits &= TextWidth.widestWord(name, bold, size) <= room;
            }
            if (fits) {
                return size;
            }
        }
        return 0;
    }

    private List<String> phaseNames(Pathway path) {
        List<String> names = new ArrayList<>();
        for (Phase phase : path.getPhases()) {
            names.add(ws.textOf(phase.getName(), "phase name"));
        }
        return names;
    }

    /**
     * One method on one path: a row with the path's name, a row of its phases in order, the fitting
     * ones shaded and marked; in smaller type where a phase's word would not fit its column, and
     * when even 7 pt does not fit, one row per phase.
     */
    private void pathStrip(Pathway path, Method method) {
        List<Phase> phases = path.getPhases();
        List<String> names = phaseNames(path);
        int[] widths = new int[phases.size()];
        Wml.spread(widths, 0, w.width());
        int size = fittingSize(names, true, widths[widths.length - 1] - Wml.CELL_MARGINS);
        if (size == 0) {
            pathRows(path, method, names);
            return;
        }
        w.tableStart(widths);
        w.spanHeader(ws.textOf(path.getName(), "path name"));
        w.rowStart(false, false, 0);
        for (int i = 0; i < phases.size(); i++) {
            boolean fits = method.getPhases().contains(path.ref(phases.get(i).getId()));
            w.cellStart(i, fits ? FIT_SHADE : null);
            w.pStart(StyleSheet.Role.PATH_TEXT);
            phaseRun(names.get(i), fits, size);
            w.pEnd();
            w.cellEnd();
        }
        w.rowEnd();
        w.tableEnd();
        w.spacer();
    }

    /** A phase's name, marked and bold where the method fits, in {@code size} half-points (the style's when 18). */
    private void phaseRun(String name, boolean fits, int size) {
        int halfPoints = size == STYLE_SIZE ? 0 : size;
        if (fits) {
            if (halfPoints == 0) {
                w.styledRun(StyleSheet.Role.STRONG, MARK + " " + name);
            } else {
                w.formattedRun(MARK + " " + name, false, false, StyleSheet.Role.STRONG, halfPoints);
            }
        } else if (halfPoints == 0) {
            w.run(name);
        } else {
            w.formattedRun(name, false, false, null, halfPoints);
        }
    }

    /** A path with too many phases for a row: the path's name, then one row per phase. */
    private void pathRows(Pathway path, Method method, List<String> names) {
        List<Phase> phases = path.getPhases();
        w.tableStart(new int[] {w.width()});
        w.spanHeader(ws.textOf(path.getName(), "path name"));
        for (int i = 0; i < phases.size(); i++) {
            boolean fits = method.getPhases().contains(path.ref(phases.get(i).getId()));
            w.rowStart(false, true, 0);
            w.cellStart(0, fits ? FIT_SHADE : null);
            w.pStart(StyleSheet.Role.PATH_TEXT);
            phaseRun(names.get(i), fits, STYLE_SIZE);
            w.pEnd();
            w.cellEnd();
            w.rowEnd();
        }
        w.tableEnd();
        w.spacer();
    }

    /**
     * Several methods on one path: the path's name, a header row of phases and a row per method
     * placed on the path. Phase names get smaller type where a word would not fit its column, and
     * when even 7 pt does not fit, they run from bottom to top in a taller header row.
     */
    private void pathMatrix(Pathway path, List<Method> methods) {
        List<Phase> phases = path.getPhases();
        List<String> names = phaseNames(path);
        int first = w.scaled(2000);
        int[] widths = new int[phases.size() + 1];
        widths[0] = first;
        Wml.spread(widths, 1, w.width() - first);
        int size = fittingSize(names, true, widths[widths.length - 1] - Wml.CELL_MARGINS);
        boolean rotated = size == 0;
        int height = 0;
        if (rotated) {
            size = STYLE_SIZE;
            for (String name : names) {
                height = Math.max(height, TextWidth.twips(name, true, size));
            }
            // long names wrap across lines of the column, but never inside a word
            int widest = 0;
            for (String name : names) {
                widest = Math.max(widest, TextWidth.widestWord(name, true, size));
            }
            height = Math.max(Math.min(height, MAX_ROTATED_HEIGHT), widest) + Wml.CELL_MARGINS;
        }
        w.tableStart(widths);
        w.spanHeader(ws.textOf(path.getName(), "path name"));
        w.rowStart(true, rotated, height);
        w.cellStart(0, null);
        w.paragraph(StyleSheet.Role.TABLE_HEADING, ws.labels.get(LabelKey.METHOD));
        w.cellEnd();
        for (int i = 0; i < phases.size(); i++) {
            w.cellStart(i + 1, null, rotated);
            if (size == STYLE_SIZE) {
                w.paragraph(StyleSheet.Role.PATH_HEADING, names.get(i));
            } else {
                w.pStart(StyleSheet.Role.PATH_HEADING);
                w.formattedRun(names.get(i), false, false, null, size);
                w.pEnd();
            }
            w.cellEnd();
        }
        w.rowEnd();
        for (Method m : methods) {
            if (!placedOn(m, path)) {
                continue;
            }
            ws.current = m;
            w.rowStart(false, false, 0);
            w.cellStart(0, null);
            w.paragraph(StyleSheet.Role.TABLE_TEXT, ws.name(m));
            w.cellEnd();
            for (int i = 0; i < phases.size(); i++) {
                boolean fits = m.getPhases().contains(path.ref(phases.get(i).getId()));
                w.cellStart(i + 1, fits ? FIT_SHADE : null);
                w.pStart(StyleSheet.Role.PATH_MARK);
                if (fits) {
                    w.run(MARK);
                }
                w.pEnd();
                w.cellEnd();
            }
            w.rowEnd();
        }
        ws.current = null;
        w.tableEnd();
        w.spacer();
    }
}
