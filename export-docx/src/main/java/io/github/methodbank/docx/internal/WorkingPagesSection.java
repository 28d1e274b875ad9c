package io.github.methodbank.docx.internal;

import io.github.methodbank.core.export.LabelKey;
import io.github.methodbank.core.export.Labels;
import io.github.methodbank.docx.internal.wml.StyleSheet;
import io.github.methodbank.docx.internal.wml.Wml;
import java.util.List;

/** Working pages: discussion questions with space to write, and a next-steps table with empty rows. */
final class WorkingPagesSection {

    private final Workshop ws;
    private final Wml w;

    WorkingPagesSection(Workshop ws) {
        this.ws = ws;
        this.w = ws.w;
    }

    void write() {
        Labels labels = ws.labels;
        w.heading(1, labels.get(LabelKey.WORKING_PAGES), true);
        List<String> questions = !ws.options.getDiscussionQuestions().isEmpty() ? ws.options.getDiscussionQuestions()
                : defaultQuestions(labels).subList(0, ws.options.getDiscussionQuestionCount());
        if (!questions.isEmpty()) {
            w.heading(2, labels.get(LabelKey.QUESTIONS_TO_DISCUSS), false);
            for (int i = 0; i < questions.size(); i++) {
                w.heading(3, (i + 1) + ". " + ws.clean(questions.get(i), "discussion question"), false);
                w.tableStart(new int[] {w.width()});
                w.rowStart(false, false, 2400);
                w.cellStart(0, null);
                w.pStart(StyleSheet.Role.FILL_IN);
                w.contentControl("notes-" + (i + 1), labels.get(LabelKey.NOTES) + " " + (i + 1), labels.get(LabelKey.WRITE_HERE), true);
                w.pEnd();
                w.cellEnd();
                w.rowEnd();
                w.tableEnd();
            }
        }
        w.heading(2, labels.get(LabelKey.NEXT_STEPS), false);
        w.tableStart(w.columns(5400, 2300, 0));
        w.headerRow(labels.get(LabelKey.ACTION), labels.get(LabelKey.OWNER), labels.get(LabelKey.DUE));
        for (int r = 0; r < ws.options.getNextStepRows(); r++) {
            w.rowStart(false, true, 620);
            for (int c = 0; c < 3; c++) {
                w.cellStart(c, null);
                w.emptyParagraph(StyleSheet.Role.TABLE_TEXT);
                w.cellEnd();
            }
            w.rowEnd();
        }
        w.tableEnd();
    }

    /** The five built-in discussion questions in the job's language. */
    static List<String> defaultQuestions(Labels labels) {
        return List.of(labels.get(LabelKey.QUESTION_1), labels.get(LabelKey.QUESTION_2), labels.get(LabelKey.QUESTION_3),
                labels.get(LabelKey.QUESTION_4), labels.get(LabelKey.QUESTION_5));
    }
}
