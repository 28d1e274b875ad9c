package io.github.methodbank.docx.internal;

import io.github.methodbank.core.LocalizedText;
import io.github.methodbank.core.Method;
import io.github.methodbank.core.RichText;
import io.github.methodbank.core.Step;
import io.github.methodbank.core.export.ExportJob;
import io.github.methodbank.core.export.LabelKey;
import io.github.methodbank.core.export.Labels;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The rows of a workshop's agenda, with durations and running clock times.
 *
 * <p>A method lasts its steps' minutes when every step has them, else its duration (the upper
 * bound; the range is shown), or the minutes the {@code time} option gives it, which win over
 * both. A method whose steps have no minutes but which has a duration is one block: a row with
 * its time and duration, its steps listed under it. When only some steps have minutes and the
 * method's duration leaves time over, the steps without share it (shown as "≈ N min").
 *
 * <p>What has no length at all (a method with neither steps' minutes nor a duration, a step
 * without minutes that its method's duration does not cover) is a row marked as needing a time,
 * reported to the listener. The clock cannot run through it, so the times after it count from
 * its end: "+0:15–+0:35". The next row whose start is known again (never, until the facilitator
 * sets a time) keeps that. Clock times past midnight say on which later day they are.
 *
 * <p>When no method has steps, the agenda is a skeleton: opening (10 min), each method as one
 * row, reflection (15 min) and next steps (10 min).
 */
final class Agenda {

    static final String DASH = "\u2013";
    /** The lengths of the skeleton's own rows, in minutes. */
    static final int OPENING_MINUTES = 10;
    static final int REFLECTION_MINUTES = 15;
    static final int NEXT_STEPS_MINUTES = 10;

    /** How a row looks: a step or activity, a method's heading row, a step inside a method's block. */
    enum Kind { ACTIVITY, METHOD, IN_BLOCK }

    /**
     * One row.
     *
     * @param time the clock time or span, maybe empty
     * @param duration how long it lasts as text, maybe empty
     * @param needsTime whether its length is not known
     * @param activity what happens
     * @param detail a description, or null
     * @param kind how the row looks
     * @param method the method the row belongs to, or null
     * @param source the bank's text the activity comes from (for its language), or null for our own labels
     */
    record Row(String time, String duration, boolean needsTime, String activity, RichText detail, Kind kind,
            Method method, LocalizedText source) {
        /** Whether the row is a method's heading row (shaded, bold). */
        boolean methodHeading() {
            return kind == Kind.METHOD;
        }
    }

    /** The agenda: its rows, and whether some times count from an untimed row (+h:mm). */
    record Result(List<Row> rows, boolean relativeTimes) {}

    private final ExportJob job;
    private final Labels labels;
    private final int startOfDay;
    private final Map<String, Integer> given;
    private final List<Row> rows = new ArrayList<>();
    /** Minutes since the start (absolute) or since the end of the last untimed row (relative). */
    private long clock;
    private boolean relative;

    private Agenda(ExportJob job, LocalTime start, Map<String, Integer> given) {
        this.job = job;
        this.labels = job.getLabels();
        this.startOfDay = start.getHour() * 60 + start.getMinute();
        this.given = given;
    }

    /**
     * The agenda of a job.
     *
     * @param job the job
     * @param start when the workshop starts
     * @param given minutes the facilitator gave methods, by method id
     */
    static Result of(ExportJob job, LocalTime start, Map<String, Integer> given) {
        Agenda a = new Agenda(job, start, given);
        a.build();
        return new Result(a.rows, a.anyRelative);
    }

    private boolean anyRelative;

    private void build() {
        List<Method> methods = job.getMethods();
        boolean anySteps = methods.stream().anyMatch(m -> !m.getSteps().isEmpty());
        if (!anySteps) {
            timed(labels.get(LabelKey.OPENING), null, OPENING_MINUTES, minutes(OPENING_MINUTES), Kind.ACTIVITY, null, null);
            for (Method m : methods) {
                wholeMethod(m, summary(m), Kind.ACTIVITY);
            }
            timed(labels.get(LabelKey.REFLECTION), null, REFLECTION_MINUTES, minutes(REFLECTION_MINUTES), Kind.ACTIVITY, null, null);
            timed(labels.get(LabelKey.NEXT_STEPS), null, NEXT_STEPS_MINUTES, minutes(NEXT_STEPS_MINUTES), Kind.ACTIVITY, null, null);
            return;
        }
        boolean several = methods.size() > 1;
        for (Method m : methods) {
            if (m.getSteps().isEmpty()) {
                // one row says it all: the method's name, its summary and its length
                wholeMethod(m, summary(m), Kind.ACTIVITY);
                continue;
            }
            methodWithSteps(m, several);
        }
    }

    /** A method as one row: its given minutes, else its duration; else a row needing a time. */
    private void wholeMethod(Method m, RichText detail, Kind kind) {
        String name = job.text(m.getName());
        Integer minutes = given.get(m.getId());
        if (minutes != null) {
            timed(name, detail, minutes, minutes(minutes), kind, m, m.getName());
        } else if (upperBound(m).isPresent()) {
            timed(name, detail, upperBound(m).getAsInt(), durationText(m), kind, m, m.getName());
        } else {
            untimed(name, detail, kind, m, m.getName());
            warnMethod(m);
        }
    }

    private void methodWithSteps(Method m, boolean several) {
        List<Step> steps = m.getSteps();
        String name = job.text(m.getName());
        Integer minutes = given.get(m.getId());
        int timedSteps = 0;
        int sum = 0;
        for (Step s : steps) {
            if (s.getMinutes().isPresent()) {
                timedSteps++;
                sum += s.getMinutes().getAsInt();
            }
        }
        OptionalInt duration = upperBound(m);
        if (minutes != null || timedSteps == 0) {
            // one block: the method's row carries the time, its steps are listed under it
            if (minutes != null) {
                timed(name, null, minutes, minutes(minutes), Kind.METHOD, m, m.getName());
            } else if (duration.isPresent()) {
                timed(name, null, duration.getAsInt(), durationText(m), Kind.METHOD, m, m.getName());
            } else {
                untimed(name, null, Kind.METHOD, m, m.getName());
                warnMethod(m);
            }
            for (Step s : steps) {
                rows.add(new Row("", s.getMinutes().isPresent() ? minutes(s.getMinutes().getAsInt()) : "", false,
                        job.text(s.getTitle()), detail(s), Kind.IN_BLOCK, m, s.getTitle()));
            }
            return;
        }
        int untimedSteps = steps.size() - timedSteps;
        // the time the method's duration leaves for its steps without minutes, shared evenly
        int rest = duration.isPresent() ? duration.getAsInt() - sum : 0;
        boolean share = untimedSteps > 0 && rest >= untimedSteps;
        if (several) {
            if (untimedSteps == 0 || share) {
                int total = untimedSteps == 0 ? sum : duration.getAsInt();
                rows.add(new Row(span(clock, clock + total), minutes(total), false, name, null, Kind.METHOD, m, m.getName()));
            } else {
                rows.add(new Row(start(clock), "", false, name, null, Kind.METHOD, m, m.getName()));
            }
        }
        int shared = 0;
        for (Step s : steps) {
            String title = job.text(s.getTitle());
            if (s.getMinutes().isPresent()) {
                timed(title, detail(s), s.getMinutes().getAsInt(), minutes(s.getMinutes().getAsInt()), Kind.ACTIVITY, m, s.getTitle());
            } else if (share) {
                int part = rest / untimedSteps + (shared < rest % untimedSteps ? 1 : 0);
                shared++;
                timed(title, detail(s), part, "\u2248 " + minutes(part), Kind.ACTIVITY, m, s.getTitle());
            } else {
                untimed(title, detail(s), Kind.ACTIVITY, m, s.getTitle());
                job.getListener().warning("method '" + m.getId() + "', step '" + title + "': it has no minutes"
                        + (duration.isPresent() ? " and the method's duration leaves no time for it" : "")
                        + ", so the agenda marks it as needing a time and counts the times after it from its end"
                        + " (+h:mm); give it minutes in the bank, or the method a time with the option time ("
                        + "--time " + m.getId() + "=MINUTES on the command line)");
            }
        }
    }

    private void warnMethod(Method m) {
        job.getListener().warning("method '" + m.getId() + "' has neither a duration nor minutes for its steps,"
                + " so the agenda marks it as needing a time and counts the times after it from its end (+h:mm);"
                + " give it a durationMinutes in the bank, or a time with the option time (--time " + m.getId()
                + "=MINUTES on the command line)");
    }

    private void timed(String activity, RichText detail, int minutes, String duration, Kind kind, Method m,
            LocalizedText source) {
        long end = clock + minutes;
        rows.add(new Row(span(clock, end), duration, false, activity, detail, kind, m, source));
        clock = end;
    }

    private void untimed(String activity, RichText detail, Kind kind, Method m, LocalizedText source) {
        rows.add(new Row(start(clock), "", true, activity, detail, kind, m, source));
        relative = true;
        clock = 0;
    }

    private RichText detail(Step s) {
        return s.getDescription().map(job::richText).orElse(null);
    }

    private RichText summary(Method m) {
        return m.getSummary()
                .map(t -> RichText.of(List.of(new RichText.Paragraph(List.of(RichText.Run.plain(job.text(t)))))))
                .orElse(null);
    }

    private static OptionalInt upperBound(Method m) {
        return m.getDurationMinutes().map(r -> r.getUpperBound()).orElse(OptionalInt.empty());
    }

    private String durationText(Method m) {
        return job.formatRange(m.getDurationMinutes().get(), LabelKey.MINUTES);
    }

    private String minutes(int n) {
        return n + " " + labels.get(LabelKey.MINUTES);
    }

    /** A span from {@code from} to {@code to} on the running clock. */
    private String span(long from, long to) {
        if (relative) {
            anyRelative = true;
            return relativeTime(from) + DASH + relativeTime(to);
        }
        long a = startOfDay + from;
        long b = startOfDay + to;
        long dayA = a / 1440;
        long dayB = b / 1440;
        String text = hhmm(a) + (dayA > 0 && dayA != dayB ? " " + later(dayA) : "") + DASH + hhmm(b);
        return dayB > 0 ? labels.format(LabelKey.LATER_DAY, text, dayB) : text;
    }

    /** Where a row without a length starts, followed by a dash. */
    private String start(long from) {
        if (relative) {
            anyRelative = true;
            return relativeTime(from) + DASH;
        }
        long a = startOfDay + from;
        long day = a / 1440;
        return day > 0 ? labels.format(LabelKey.LATER_DAY, hhmm(a) + DASH, day) : hhmm(a) + DASH;
    }

    private String later(long day) {
        return labels.format(LabelKey.LATER_DAY, "", day).trim();
    }

    private static String hhmm(long minuteOfWorkshop) {
        int m = (int) (minuteOfWorkshop % 1440);
        return new String(new char[] {digit(m / 600), digit(m / 60 % 10), ':', digit(m % 60 / 10), digit(m % 10)});
    }

    private static char digit(int d) {
        return (char) ('0' + d);
    }

    /** Minutes after the end of the last row without a length: +0:45, +1:30. */
    static String relativeTime(long minutes) {
        long m = minutes % 60;
        return "+" + minutes / 60 + ":" + digit((int) (m / 10)) + digit((int) (m % 10));
    }
}
