package io.github.methodbank.docx.internal;

import io.github.methodbank.core.Method;
import io.github.methodbank.core.Pathway;
import io.github.methodbank.core.Phase;
import io.github.methodbank.core.export.LabelKey;
import io.github.methodbank.core.export.Labels;
import io.github.methodbank.docx.internal.wml.StyleSheet;
import io.github.methodbank.docx.internal.wml.Wml;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The cover: the title, the purpose, where the methods fit on their paths, and fill-in fields
 * for the workshop's date, place, facilitator and participants.
 */
final class CoverSection {

    private static final String FIT_SHADE = "BDD7EE";
    private static final String MARK = "\u25CF";

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
                w.paragraph(StyleSheet.Role.NORMAL, ws.textOf(ws.current.getSummary().get(), "summary"));
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

    /** One method on one path: a row with the path's name, a row of its phases in order, the fitting ones shaded and marked. */
    private void pathStrip(Pathway path, Method method) {
        List<Phase> phases = path.getPhases();
        int[] widths = new int[phases.size()];
        Wml.spread(widths, 0, w.width());
        w.tableStart(widths);
        w.spanHeader(ws.textOf(path.getName(), "path name"));
        w.rowStart(false, false, 0);
        for (int i = 0; i < phases.size(); i++) {
            Phase phase = phases.get(i);
            boolean fits = method.getPhases().contains(path.ref(phase.getId()));
            String name = ws.textOf(phase.getName(), "phase name");
            w.cellStart(i, fits ? FIT_SHADE : null);
            w.pStart(StyleSheet.Role.PATH_TEXT);
            if (fits) {
                w.styledRun(StyleSheet.Role.STRONG, MARK + " " + name);
            } else {
                w.run(name);
            }
            w.pEnd();
            w.cellEnd();
        }
        w.rowEnd();
        w.tableEnd();
        w.spacer();
    }

    /** Several methods on one path: the path's name, a header row of phases and a row per method placed on the path. */
    private void pathMatrix(Pathway path, List<Method> methods) {
        List<Phase> phases = path.getPhases();
        int first = w.scaled(2000);
        int[] widths = new int[phases.size() + 1];
        widths[0] = first;
        Wml.spread(widths, 1, w.width() - first);
        w.tableStart(widths);
        w.spanHeader(ws.textOf(path.getName(), "path name"));
        w.rowStart(true, false, 0);
        w.cellStart(0, null);
        w.paragraph(StyleSheet.Role.TABLE_HEADING, ws.labels.get(LabelKey.METHOD));
        w.cellEnd();
        for (int i = 0; i < phases.size(); i++) {
            w.cellStart(i + 1, null);
            w.paragraph(StyleSheet.Role.PATH_HEADING, ws.textOf(phases.get(i).getName(), "phase name"));
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
