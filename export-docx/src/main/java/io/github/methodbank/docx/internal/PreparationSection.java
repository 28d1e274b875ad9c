package io.github.methodbank.docx.internal;

import io.github.methodbank.core.LocalizedText;
import io.github.methodbank.core.Method;
import io.github.methodbank.core.export.LabelKey;
import io.github.methodbank.core.export.Labels;
import io.github.methodbank.docx.internal.wml.StyleSheet;
import io.github.methodbank.docx.internal.wml.Wml;
import java.util.List;

/** Preparation: each method's duration, group size, who to invite, skills needed and materials. */
final class PreparationSection {

    private final Workshop ws;
    private final Wml w;
    private final RichTextWriter rich;

    PreparationSection(Workshop ws, RichTextWriter rich) {
        this.ws = ws;
        this.w = ws.w;
        this.rich = rich;
    }

    /**
     * Writes the section, starting a new page; nothing at all when no method has anything to
     * prepare (no heading without content).
     *
     * @return whether the section was written
     */
    boolean write() {
        Labels labels = ws.labels;
        List<Method> methods = ws.job.getMethods();
        if (methods.stream().noneMatch(this::hasPreparation)) {
            return false;
        }
        w.heading(1, labels.get(LabelKey.PREPARATION), true);
        boolean several = methods.size() > 1;
        int level = several ? 3 : 2;
        for (Method m : methods) {
            ws.current = m;
            if (!hasPreparation(m)) {
                continue;
            }
            if (several) {
                w.runLanguage(ws.languageOf(m.getName()));
                w.heading(2, ws.name(m), false);
                w.runLanguage(null);
            }
            if (m.getDurationMinutes().isPresent() || m.getGroupSize().isPresent()) {
                w.pStart(StyleSheet.Role.NORMAL);
                if (m.getDurationMinutes().isPresent()) {
                    w.labelled(labels.get(LabelKey.DURATION), ws.job.formatRange(m.getDurationMinutes().get(), LabelKey.MINUTES));
                }
                if (m.getGroupSize().isPresent()) {
                    if (m.getDurationMinutes().isPresent()) {
                        w.lineBreak();
                    }
                    w.labelled(labels.get(LabelKey.GROUP_SIZE), ws.job.formatRange(m.getGroupSize().get(), LabelKey.PEOPLE));
                }
                w.pEnd();
            }
            if (!m.getTypicalUsers().isEmpty()) {
                w.heading(level, labels.get(LabelKey.WHO_TO_INVITE), false);
                for (LocalizedText user : m.getTypicalUsers()) {
                    w.runLanguage(ws.languageOf(user));
                    w.bullet(ws.textOf(user, "typical users"));
                }
                w.runLanguage(null);
            }
            if (hasSkills(m)) {
                w.heading(level, labels.get(LabelKey.REQUIRED_SKILLS), false);
                rich.rich(m.getRequiredSkills().get(), StyleSheet.Role.NORMAL, "required skills", level);
            }
            if (!m.getMaterials().isEmpty()) {
                w.heading(level, labels.get(LabelKey.MATERIALS), false);
                for (LocalizedText material : m.getMaterials()) {
                    w.runLanguage(ws.languageOf(material));
                    w.bullet(ws.textOf(material, "materials"));
                }
                w.runLanguage(null);
            }
        }
        ws.current = null;
        return true;
    }

    private boolean hasPreparation(Method m) {
        return m.getDurationMinutes().isPresent() || m.getGroupSize().isPresent() || !m.getTypicalUsers().isEmpty()
                || hasSkills(m) || !m.getMaterials().isEmpty();
    }

    private boolean hasSkills(Method m) {
        return m.getRequiredSkills().isPresent() && !ws.job.richText(m.getRequiredSkills().get()).isEmpty();
    }
}
