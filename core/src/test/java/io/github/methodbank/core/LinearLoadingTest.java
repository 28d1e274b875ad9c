package io.github.methodbank.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Hardening: validation is linear in the input's size and its report bounded. Before, errors in
 * many list elements cost quadratic time (6 MB: over 60 s), each unknown phase reference was
 * compared with every phase (over 60 s), and objects with millions of members and millions of
 * problems took minutes and gigabytes. The time limits here are generous (the benchmark
 * {@link LoaderBenchmark} gives the real figures: well under a second for these inputs).
 */
class LinearLoadingTest {

    private static final Duration GENEROUS = Duration.ofSeconds(30);

    static MethodBankException fails(byte[] bank) {
        return assertTimeoutPreemptively(GENEROUS, () -> {
            try {
                MethodBanks.load(new ByteArrayInputStream(bank), "adversarial.json");
            } catch (MethodBankException e) {
                return e;
            }
            throw new AssertionError("the bank was accepted");
        });
    }

    @Test
    void errorsInMillionsOfListElementsAreCountedQuicklyAndTheFirstThousandListed() {
        MethodBankException e = fails(AdversarialBanks.badListElements(6_000_000));
        assertThat(e.getProblems()).hasSize(Limits.defaults().getMaxProblems());
        assertThat(e.getUnlistedCount()).isGreaterThan(2_000_000);
        assertThat(e.getErrorCount()).isEqualTo(e.getProblems().size() + e.getUnlistedCount());
        assertThat(e.getMessage()).contains("\u2026 and " + e.getUnlistedCount() + " more (only the first 1000 found are listed)");
        assertThat(e.getProblems()).allSatisfy(p -> assertThat(p.getLine()).isPositive());
    }

    @Test
    void unknownPhaseReferencesAgainstALargePathAreQuick() {
        MethodBankException e = fails(AdversarialBanks.unknownPhaseReferences(6_000_000));
        assertThat(e.getErrorCount()).isGreaterThan(50_000);
        assertThat(e.getProblems()).hasSize(1000).first().satisfies(p -> assertThat(p.getMessage()).contains("has no phase"));
    }

    @Test
    void aSuggestionIsStillMadeForAMisspeltReference() throws Exception {
        MethodBankException e = TestBanks.fails(TestBanks.MINIMAL.replace("kehittaminen/kokeile\"", "kehitaminen/kokeille\""));
        assertThat(e.getProblems()).singleElement().satisfies(p -> {
            assertThat(p.getMessage()).contains("there is no path 'kehitaminen'");
            assertThat(p.getSuggestion()).contains("kehittaminen/kokeile");
        });
    }

    @Test
    void objectMembersAreLimitedLikeListEntries() {
        MethodBankException e = fails(AdversarialBanks.hugeObject(12_000_000));
        assertThat(e.getProblems()).anySatisfy(p -> {
            assertThat(p.getMessage()).contains("more than 1000 fields").contains("Limits.maxObjectMembers");
            assertThat(p.getPointer()).isEqualTo("/methods/0");
            assertThat(p.getLine()).isPositive();
        });
        assertThat(e.getProblems().size()).isLessThanOrEqualTo(1000);
        // the limit can be raised
        byte[] small = AdversarialBanks.hugeObject(30_000);
        BankReader raised = BankReader.builder().limits(Limits.builder().maxObjectMembers(10_000).build()).build();
        MethodBankException r = assertTimeoutPreemptively(GENEROUS, () -> {
            try {
                raised.read(new ByteArrayInputStream(small), "x.json");
            } catch (MethodBankException x) {
                return x;
            }
            throw new AssertionError("accepted");
        });
        assertThat(r.getMessage()).doesNotContain("maxObjectMembers").contains("has no field 'k0'");
    }

    @Test
    void warningsBeyondTheLimitAreCountedInOneLastWarning() throws Exception {
        StringBuilder members = new StringBuilder();
        for (int i = 0; i < 900; i++) {
            members.append(", \"extra").append(i).append("\": 1");
        }
        String json = TestBanks.MINIMAL.replace("\"tags\": [\"a\"]", "\"tags\": [\"a\"]" + members);
        java.util.List<Problem> warnings = new java.util.ArrayList<>();
        BankReader lenient = BankReader.builder().lenient(true).onWarning(warnings::add)
                .limits(Limits.builder().maxProblems(100).build()).build();
        lenient.read(new StringReader(json), "lenient.json");
        assertThat(warnings).hasSize(101);
        assertThat(warnings.get(100).getMessage()).isEqualTo("\u2026 and 800 more warnings (only the first 100 found are listed)");
    }

    @Test
    void everyProblemHasALineAndColumnAlsoForOverlongNumbersAndTexts() {
        // before: a number of over 1,000 digits and a text of over 800,000 characters were reported at 0:0
        String digits = "{\"formatVersion\": 1,\n \"paths\": [], \"methods\": [{\"id\": \"m\", \"name\": \"N\","
                + " \"description\": \"D\", \"durationMinutes\": {\"min\": " + "9".repeat(1500) + "}}]}";
        MethodBankException number = fails(digits.getBytes(StandardCharsets.UTF_8));
        assertThat(number.getProblems()).singleElement().satisfies(p -> {
            assertThat(p.getLine()).isEqualTo(2);
            assertThat(p.getColumn()).isPositive();
            assertThat(p.getMessage()).contains("more than 1000 digits");
        });
        String text = "{\"formatVersion\": 1,\n \"paths\": [], \"methods\": [{\"id\": \"m\", \"name\": \"N\","
                + " \"description\": \"" + "x".repeat(800_100) + "\"}]}";
        MethodBankException string = fails(text.getBytes(StandardCharsets.UTF_8));
        assertThat(string.getProblems()).singleElement().satisfies(p -> {
            assertThat(p.getLine()).isEqualTo(2);
            assertThat(p.getColumn()).isGreaterThan(60);
            assertThat(p.getMessage()).contains("longer than the limit");
        });
        // a 1,000-digit number is read, and its message does not print all the digits
        MethodBankException thousand = fails(digits.replace("9".repeat(1500), "9".repeat(1000)).getBytes(StandardCharsets.UTF_8));
        assertThat(thousand.getProblems()).singleElement().satisfies(p -> {
            assertThat(p.getLine()).isEqualTo(2);
            assertThat(p.getMessage().length()).isLessThan(200);
        });
    }

    @Test
    void problemLinesEscapeControlCharactersFromTheInput() {
        // before: a key with an escape sequence, a bell or a line break reached the terminal raw and
        // could forge whole problem lines
        String forged = "x\u001b[2K\u0007\r\nbank.json:1:1: /methods/0: everything is fine";
        String json = TestBanks.MINIMAL.replace("\"tags\": [\"a\"]", "\"" + forged.replace("\u001b", "\\u001b")
                .replace("\u0007", "\\u0007").replace("\r", "\\r").replace("\n", "\\n") + "\": 1");
        MethodBankException e = TestBanks.fails(json);
        assertThat(e.getProblems()).singleElement().satisfies(p -> {
            String line = p.toString();
            assertThat(line).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\r").doesNotContain("\n");
            assertThat(line).contains("x\\u001B[2K\\u0007\\u000D\\u000Abank.json:1:1");
        });
        assertThat(e.getMessage().lines()).hasSize(2);
    }
}
