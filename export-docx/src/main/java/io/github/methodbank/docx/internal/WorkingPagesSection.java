package io.github.methodbank.docx.internal;

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
        w.heading(1, labels.workingPages(), true);
        List<String> questions = !ws.options.getDiscussionQuestions().isEmpty() ? ws.options.getDiscussionQuestions()
                : labels.defaultQuestions().subList(0, ws.options.getDiscussionQuestionCount());
        if (!questions.isEmpty()) {
            w.heading(2, labels.questionsToDiscuss(), false);
            for (int i = 0; i < questions.size(); i++) {
                w.heading(3, (i + 1) + ". " + ws.clean(questions.get(i), "discussion question"), false);
                w.tableStart(new int[] {w.width()});
                w.rowStart(false, false, 2400);
                w.cellStart(0, null);
                w.pStart(StyleSheet.Role.FILL_IN);
                w.contentControl("notes-" + (i + 1), labels.notes() + " " + (i + 1), labels.writeHere(), true);
                w.pEnd();
                w.cellEnd();
                w.rowEnd();
                w.tableEnd();
            }
        }
        w.heading(2, labels.nextSteps(), false);
        w.tableStart(w.columns(5400, 2300, 0));
        w.headerRow(labels.action(), labels.owner(), labels.due());
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
}
