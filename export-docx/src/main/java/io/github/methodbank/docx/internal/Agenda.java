package io.github.methodbank.docx.internal;

import io.github.methodbank.core.Method;
import io.github.methodbank.core.RichText;
import io.github.methodbank.core.Step;
import io.github.methodbank.core.export.ExportJob;
import io.github.methodbank.core.export.LabelKey;
import io.github.methodbank.core.export.Labels;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The rows of a workshop's agenda with running clock times.
 *
 * <p>When no method has steps, the agenda is a skeleton (opening, each method, reflection,
 * next steps) with empty times for the facilitator to fill in. Otherwise it is the methods'
 * steps in order (several methods: each under a row with its name, a method without steps
 * as one row with its summary, lasting its longest duration). The clock runs from the start time while every
 * step's length is known; a step without minutes shows only its start, and the rows after
 * it have no time.
 */
final class Agenda {

    static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    static final String DASH = "\u2013";

    /** One row: clock time (maybe empty), activity, optional detail, whether it names a method. */
    record Row(String time, String activity, RichText detail, boolean methodHeading, Method method) {}

    private Agenda() {}

    static List<Row> rows(ExportJob job, Labels labels, LocalTime start) {
        List<Method> methods = job.getMethods();
        List<Row> rows = new ArrayList<>();
        boolean anySteps = methods.stream().anyMatch(m -> !m.getSteps().isEmpty());
        if (!anySteps) {
            rows.add(new Row("", labels.get(LabelKey.OPENING), null, false, null));
            for (Method m : methods) {
                rows.add(new Row("", job.text(m.getName()), null, false, m));
            }
            rows.add(new Row("", labels.get(LabelKey.REFLECTION), null, false, null));
            rows.add(new Row("", labels.get(LabelKey.NEXT_STEPS), null, false, null));
            return rows;
        }
        boolean several = methods.size() > 1;
        LocalTime clock = start;
        for (Method m : methods) {
            if (several && m.getSteps().isEmpty()) {
                // one row says it all: the method's name, its summary and its longest duration
                RichText summary = m.getSummary()
                        .map(t -> RichText.of(List.of(new RichText.Paragraph(List.of(RichText.Run.plain(job.text(t)))))))
                        .orElse(null);
                clock = addRow(rows, clock, totalMinutes(m), job.text(m.getName()), summary, m);
                continue;
            }
            if (several) {
                LocalTime end = clock == null ? null : advance(clock, totalMinutes(m));
                String span = clock == null ? "" : end == null ? time(clock) + DASH : time(clock) + DASH + time(end);
                rows.add(new Row(span, job.text(m.getName()), null, true, m));
            }
            if (m.getSteps().isEmpty()) {
                OptionalInt minutes = m.getDurationMinutes().map(r -> r.getUpperBound()).orElse(OptionalInt.empty());
                clock = addRow(rows, clock, minutes, job.text(m.getName()), null, m);
                continue;
            }
            for (Step step : m.getSteps()) {
                RichText detail = step.getDescription().map(job::richText).orElse(null);
                clock = addRow(rows, clock, step.getMinutes(), job.text(step.getTitle()), detail, m);
            }
        }
        return rows;
    }

    private static LocalTime addRow(List<Row> rows, LocalTime clock, OptionalInt minutes, String activity, RichText detail,
            Method m) {
        if (clock == null) {
            rows.add(new Row("", activity, detail, false, m));
            return null;
        }
        if (minutes.isEmpty()) {
            rows.add(new Row(time(clock) + DASH, activity, detail, false, m));
            return null;
        }
        LocalTime end = clock.plusMinutes(minutes.getAsInt());
        rows.add(new Row(time(clock) + DASH + time(end), activity, detail, false, m));
        return end;
    }

    /** The method's length in minutes: the sum of its steps, else its longest duration; empty when unknown. */
    static OptionalInt totalMinutes(Method m) {
        if (m.getSteps().isEmpty()) {
            return m.getDurationMinutes().map(r -> r.getUpperBound()).orElse(OptionalInt.empty());
        }
        int sum = 0;
        for (Step s : m.getSteps()) {
            if (s.getMinutes().isEmpty()) {
                return OptionalInt.empty();
            }
            sum += s.getMinutes().getAsInt();
        }
        return OptionalInt.of(sum);
    }

    private static LocalTime advance(LocalTime clock, OptionalInt minutes) {
        return minutes.isPresent() ? clock.plusMinutes(minutes.getAsInt()) : null;
    }

    static String time(LocalTime t) {
        return HH_MM.format(t);
    }
}
