package io.github.methodbank.core;

import static io.github.methodbank.core.TestBanks.fails;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.methodbank.core.export.ExportJob;
import io.github.methodbank.core.export.LabelKey;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What real banks write: open ranges with notes, date-times, a bank's own licence and sources, Markdown. */
class RealContentTest {

    private static String bank(String methodFields, String bankFields) {
        return """
                {"formatVersion": 1, "defaultLanguage": "en", %s
                 "paths": [],
                 "methods": [{"id": "m", "name": "M", "description": "About m.", %s}]}
                """.formatted(bankFields, methodFields);
    }

    private static MethodBank load(String json, List<Problem> warnings) throws MethodBankException {
        return BankReader.builder().onWarning(warnings::add).build().read(new StringReader(json), "real.json");
    }

    @Test
    void rangesMayBeOpenAndCarryANote() throws Exception {
        MethodBank b = load(bank("""
                "durationMinutes": {"min": 15, "max": 30, "note": "per user"},
                "groupSize": {"min": 5}""", ""), new ArrayList<>());
        Method m = b.getMethods().get(0);
        ExportJob en = ExportJob.of(b, b.getMethods(), "en");
        assertThat(en.formatRange(m.getDurationMinutes().orElseThrow(), LabelKey.MINUTES)).isEqualTo("15–30 min per user");
        assertThat(en.formatRange(m.getGroupSize().orElseThrow(), LabelKey.PEOPLE)).isEqualTo("5+ people");
        ExportJob fi = ExportJob.of(b, b.getMethods(), "fi");
        assertThat(fi.formatRange(Range.atMost(30), LabelKey.MINUTES)).isEqualTo("enintään 30 min");
        assertThat(en.formatRange(Range.atMost(30), LabelKey.MINUTES)).isEqualTo("up to 30 min");

        MethodBank flexible = load(bank("\"durationMinutes\": {\"note\": {\"en\": \"Flexible\", \"fi\": \"Joustava\"}}", ""),
                new ArrayList<>());
        Range r = flexible.getMethods().get(0).getDurationMinutes().orElseThrow();
        assertThat(ExportJob.of(flexible, List.of(), "fi").formatRange(r, LabelKey.MINUTES)).isEqualTo("Joustava");
        // round trip: what is written loads back equal
        assertThat(MethodBanks.load(new StringReader(MethodBanks.toJson(b)), "again.json")).isEqualTo(b);
    }

    @Test
    void aRangeNeedsOneOfItsPartsAndMisspellingsAreNotConfusedWithThem() {
        Problem empty = fails(bank("\"groupSize\": {}", "")).getProblems().get(0);
        assertThat(empty.getPointer()).isEqualTo("/methods/0/groupSize");
        assertThat(empty.getMessage()).contains("needs a min, a max or a note").contains("{\"min\": 5} for 5 or more");
        // a range with a misspelt max is no longer told that 'min' looks like a misspelling of 'max'
        Problem typo = fails(bank("\"groupSize\": {\"min\": 2, \"mxa\": 5}", "")).getProblems().get(0);
        assertThat(typo.getMessage()).doesNotContain("'min'");
        assertThat(typo.getSuggestion()).contains("max");
        assertThat(fails(bank("\"groupSize\": {\"min\": 6, \"max\": 5}", "")).getProblems().get(0).getMessage())
                .contains("max (5) is smaller than its min (6)");
    }

    @Test
    void updatedTakesADateOrADateTimeAndKeepsTheDate() throws Exception {
        for (String v : List.of("2025-11-03", "2025-11-03T14:30:00+02:00", "2025-11-03T23:30:00Z", "2025-11-03T08:00:00")) {
            MethodBank b = load(bank("\"updated\": \"" + v + "\"", ""), new ArrayList<>());
            assertThat(b.getMethods().get(0).getUpdated()).as(v).contains(LocalDate.of(2025, 11, 3));
        }
        assertThat(fails(bank("\"updated\": \"3.11.2025\"", "")).getProblems().get(0).getMessage())
                .contains("a date such as 2026-03-31 or a date-time");
    }

    @Test
    void theBanksLicenceAndSourcesServeMethodsWithoutTheirOwn() throws Exception {
        String json = """
                {"formatVersion": 1, "defaultLanguage": "en", "license": "CC BY 4.0",
                 "sources": "18F methods, [18f.gsa.gov](https://methods.18f.gov/)", "paths": [],
                 "methods": [{"id": "a", "name": "A", "description": "a"},
                             {"id": "b", "name": "B", "description": "b", "license": "CC0 1.0", "sources": "Own."}]}
                """;
        MethodBank bank = load(json, new ArrayList<>());
        Method a = bank.method("a").orElseThrow();
        Method b = bank.method("b").orElseThrow();
        assertThat(bank.licenseOf(a)).contains("CC BY 4.0");
        assertThat(bank.licenseOf(b)).contains("CC0 1.0");
        assertThat(bank.richText(bank.sourcesOf(a).orElseThrow(), "en").getLinks()).hasSize(1);
        assertThat(bank.richText(bank.sourcesOf(b).orElseThrow(), "en").toPlainText()).isEqualTo("Own.");
        assertThat(MethodBanks.load(new StringReader(MethodBanks.toJson(bank)), "again.json")).isEqualTo(bank);
    }

    @Test
    void markdownTheFormatsCannotShowIsALocatedWarningAndItsTextIsKept() throws Exception {
        List<Problem> warnings = new ArrayList<>();
        MethodBank b = load(bank("\"howToUse\": {\"en\": \"Step one.\\n\\n![flow](flow.png)\\n\\n<b>bold</b>\"}", ""),
                warnings);
        assertThat(warnings).extracting(Problem::toString)
                .anySatisfy(w -> assertThat(w).startsWith("real.json:3:").contains("warning: /methods/0/howToUse/en: how to use (en), line 3, column 1 of the text: an image"))
                .anySatisfy(w -> assertThat(w).contains("line 5, column 1 of the text: HTML is not supported"));
        Method m = b.getMethods().get(0);
        assertThat(b.richText(m.getHowToUse().orElseThrow(), "en").toPlainText()).contains("flow").contains("<b>bold</b>");
    }
}
