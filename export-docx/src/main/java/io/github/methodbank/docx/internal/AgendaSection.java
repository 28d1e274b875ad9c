package io.github.methodbank.docx.internal;

import io.github.methodbank.core.export.LabelKey;
import io.github.methodbank.core.export.Labels;
import io.github.methodbank.docx.internal.wml.StyleSheet;
import io.github.methodbank.docx.internal.wml.Wml;

/**
 * The agenda: a table of time (with each row's duration), activity, who and notes, one row per
 * step or method (see {@link Agenda}); under it, when some times count from a row without a
 * time, a note saying so.
 */
final class AgendaSection {

    private static final String METHOD_ROW_SHADE = "F2F2F2";

    private final Workshop ws;
    private final Wml w;
    private final RichTextWriter rich;

    AgendaSection(Workshop ws, RichTextWriter rich) {
        this.ws = ws;
        this.w = ws.w;
        this.rich = rich;
    }

    /** Writes the section, starting a new page when asked. */
    void write(boolean newPage) {
        Labels labels = ws.labels;
        w.heading(1, labels.get(LabelKey.WORKSHOP_AGENDA), newPage);
        Agenda.Result agenda = Agenda.of(ws.job, ws.options.getStartTime(), ws.options.getMethodMinutes());
        w.tableStart(w.columns(1500, 4300, 1500, 0));
        w.headerRow(labels.get(LabelKey.TIME), labels.get(LabelKey.ACTIVITY), labels.get(LabelKey.WHO),
                labels.get(LabelKey.NOTES));
        for (Agenda.Row r : agenda.rows()) {
            ws.current = r.method();
            String shade = r.methodHeading() ? METHOD_ROW_SHADE : null;
            w.rowStart(false, true, r.methodHeading() ? 0 : 700);
            w.cellStart(0, shade);
            w.paragraph(StyleSheet.Role.TABLE_TEXT, r.time());
            if (r.needsTime()) {
                w.pStart(StyleSheet.Role.TABLE_TEXT);
                w.styledRun(StyleSheet.Role.STRONG, labels.get(LabelKey.TIME_NEEDED));
                w.pEnd();
            } else if (!r.duration().isEmpty()) {
                w.paragraph(StyleSheet.Role.TABLE_TEXT, ws.clean(r.duration(), "duration"));
            }
            w.cellEnd();
            w.cellStart(1, shade);
            w.runLanguage(r.source() == null ? null : ws.languageOf(r.source()));
            w.pStart(r.methodHeading() ? StyleSheet.Role.TABLE_HEADING : StyleSheet.Role.TABLE_TEXT);
            if (r.methodHeading() || r.detail() == null) {
                w.run(ws.clean(r.activity(), "agenda"));
            } else {
                w.styledRun(StyleSheet.Role.STRONG, ws.clean(r.activity(), "agenda step"));
            }
            w.pEnd();
            if (r.detail() != null) {
                rich.rich(r.detail(), StyleSheet.Role.TABLE_TEXT, "agenda step description", RichTextWriter.IN_TABLE);
            }
            w.runLanguage(null);
            w.cellEnd();
            for (int c = 2; c < 4; c++) {
                w.cellStart(c, shade);
                w.emptyParagraph(StyleSheet.Role.TABLE_TEXT);
                w.cellEnd();
            }
            w.rowEnd();
        }
        w.tableEnd();
        ws.current = null;
        if (agenda.relativeTimes()) {
            w.spacer();
            w.paragraph(StyleSheet.Role.NORMAL, labels.format(LabelKey.RELATIVE_TIMES, labels.get(LabelKey.TIME_NEEDED)));
        }
    }
}
