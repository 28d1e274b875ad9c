package io.github.methodbank.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.methodbank.core.LocalizedText;
import io.github.methodbank.core.Method;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.Range;
import io.github.methodbank.core.Step;
import io.github.methodbank.core.export.ExportJob;
import io.github.methodbank.core.export.ExportListener;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/**
 * Agendas that keep time, on a four-method 18F workshop (test resource {@code 18f-workshop.json}):
 * affinity mapping (a duration, steps without minutes), dot voting (some steps with minutes, the
 * duration covering the rest), hopes and fears (only a duration range), recruiting (neither).
 */
class WorkshopAgendaTest {

    private static final MethodBank BANK = ConformanceTest.bank("18f-workshop.json");

    private record Exported(XWPFDocument doc, XWPFTable agenda, List<String> warnings) {}

    private static Exported export(DocxWorkshopExporter exporter, List<Method> methods) {
        List<String> warnings = new ArrayList<>();
        ExportJob job = ExportJob.builder().from(Docs.job(BANK, methods, "en")).listener(new ExportListener() {
            @Override
            public void warning(String message) {
                warnings.add(message);
            }
        }).build();
        XWPFDocument doc = Docs.open(Docs.export(exporter, job));
        return new Exported(doc, Docs.tableAfter(doc, "Agenda"), warnings);
    }

    private static Method m(String id) {
        return Docs.method(BANK, id);
    }

    @Test
    void aFourMethodWorkshopHasClockTimesForEveryMethodWithADuration() {
        Exported e = export(DocxWorkshopExporter.withDefaults(), BANK.getMethods());
        List<String> activities = Docs.activities(e.agenda());
        List<String> times = Docs.times(e.agenda());
        List<String> durations = Docs.durations(e.agenda());
        // affinity mapping: one block of its duration, its steps listed under it without times of their own
        int affinity = activities.indexOf("Affinity mapping");
        assertThat(times.get(affinity)).isEqualTo("09:00–10:00");
        assertThat(durations.get(affinity)).isEqualTo("60 min");
        assertThat(times.subList(affinity + 1, affinity + 4)).containsOnly("");
        // dot voting: its span is its duration's upper bound; timed steps keep their minutes, the
        // others share what is left (30 - 15 = 15 over four steps)
        int dot = activities.indexOf("Dot voting");
        assertThat(times.get(dot)).isEqualTo("10:00–10:30");
        assertThat(durations.subList(dot + 1, dot + 8)).containsExactly("\u2248 4 min", "\u2248 4 min", "5 min", "5 min",
                "\u2248 4 min", "5 min", "\u2248 3 min");
        assertThat(times.get(dot + 7)).isEqualTo("10:27–10:30");
        // hopes and fears: its duration's upper bound, the range shown
        int hopes = activities.indexOf("Hopes and fears");
        assertThat(times.get(hopes)).isEqualTo("10:30–11:30");
        assertThat(durations.get(hopes)).isEqualTo("30–60 min");
        // recruiting: neither steps' minutes nor a duration: marked, and named in a warning
        int recruiting = activities.indexOf("Recruiting");
        assertThat(times.get(recruiting)).isEqualTo("11:30–");
        assertThat(durations.get(recruiting)).isEqualTo("time to be set");
        assertThat(e.warnings()).anySatisfy(w -> assertThat(w).contains("'recruiting'").contains("--time recruiting=MINUTES"));
        // every row has its duration, but the steps inside a block
        for (int i = 0; i < times.size(); i++) {
            assertThat(durations.get(i).isEmpty()).as("row %s", activities.get(i))
                    .isEqualTo(i > affinity && i <= affinity + 3);
        }
        // nothing after the untimed method, so no note about times counted from it
        assertThat(Docs.text(e.doc())).doesNotContain("count from the end");
    }

    @Test
    void timesAfterAnUntimedMethodCountFromItsEndOrRunOnWithTheTimeOption() {
        List<Method> order = List.of(m("affinity-mapping"), m("recruiting"), m("hopes-and-fears"));
        Exported relative = export(DocxWorkshopExporter.withDefaults(), order);
        assertThat(Docs.times(relative.agenda())).containsSubsequence("09:00–10:00", "10:00–", "+0:00–+1:00");
        assertThat(Docs.text(relative.doc())).contains("Times with + count from the end of the nearest row above them"
                + " marked \u201ctime to be set\u201d.");

        Exported given = export(DocxWorkshopExporter.builder().methodMinutes(Map.of("recruiting", 45)).build(), order);
        List<String> times = Docs.times(given.agenda());
        assertThat(times).containsSubsequence("09:00–10:00", "10:00–10:45", "10:45–11:45");
        assertThat(times).noneMatch(t -> t.startsWith("+"));
        assertThat(given.warnings()).noneMatch(w -> w.contains("recruiting"));
    }

    @Test
    void aStepWithoutMinutesThatNoDurationCoversNeedsATime() {
        Method m = Method.builder().id("retro").name(LocalizedText.of("en", "Retro"))
                .description(LocalizedText.of("en", "Look back."))
                .addSteps(Step.builder().title(LocalizedText.of("en", "Check in")).minutes(10).build(),
                        Step.builder().title(LocalizedText.of("en", "Gather data")).build(),
                        Step.builder().title(LocalizedText.of("en", "Decide")).minutes(20).build())
                .build();
        MethodBank bank = MethodBank.builder().from(BANK).methods(List.of(m)).build();
        List<String> warnings = new ArrayList<>();
        ExportJob job = ExportJob.builder().from(Docs.job(bank, List.of(m), "en")).listener(new ExportListener() {
            @Override
            public void warning(String message) {
                warnings.add(message);
            }
        }).build();
        XWPFTable agenda = Docs.tableAfter(Docs.open(Docs.export(DocxWorkshopExporter.withDefaults(), job)), "Agenda");
        assertThat(Docs.times(agenda)).containsExactly("09:00–09:10", "09:10–", "+0:00–+0:20");
        assertThat(Docs.durations(agenda)).containsExactly("10 min", "time to be set", "20 min");
        assertThat(warnings).anySatisfy(w -> assertThat(w).contains("'retro'").contains("Gather data"));

        // with a duration that leaves time over, the step gets it
        Method covered = Method.builder().from(m).durationMinutes(Range.of(40, 45)).build();
        MethodBank bank2 = MethodBank.builder().from(BANK).methods(List.of(covered)).build();
        XWPFTable agenda2 = Docs.tableAfter(Docs.open(Docs.export(DocxWorkshopExporter.withDefaults(),
                Docs.job(bank2, List.of(covered), "en"))), "Agenda");
        assertThat(Docs.times(agenda2)).containsExactly("09:00–09:10", "09:10–09:25", "09:25–09:45");
        assertThat(Docs.durations(agenda2)).containsExactly("10 min", "\u2248 15 min", "20 min");
    }

    @Test
    void clockTimesPastMidnightSayWhichDay() {
        DocxWorkshopExporter late = DocxWorkshopExporter.builder().startTime(LocalTime.of(22, 30))
                .methodMinutes(Map.of("hopes-and-fears", 120, "recruiting", 1440)).build();
        List<String> times = Docs.times(export(late, List.of(m("hopes-and-fears"), m("recruiting"))).agenda());
        // the skeleton's opening (10 min) first, then the methods as the option gives them
        assertThat(times).containsSubsequence("22:30–22:40", "22:40–00:40 (+1 day)", "00:40 (+1 day)–00:40 (+2 days)",
                "00:40–00:55 (+2 days)");
        List<String> fi = Docs.times(Docs.tableAfter(Docs.open(Docs.export(late,
                Docs.job(BANK, List.of(m("hopes-and-fears"), m("recruiting")), "fi"))), "Ohjelma"));
        assertThat(fi.get(1)).isEqualTo("22:40–00:40 (+1 vrk)");
    }
}
