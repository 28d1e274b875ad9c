package io.github.methodbank.core.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.MethodBankException;
import io.github.methodbank.core.MethodBanks;
import io.github.methodbank.core.Problem;
import io.github.methodbank.core.RichText;
import java.io.ByteArrayInputStream;

/**
 * Coverage-guided fuzz tests (Jazzer). Without {@code JAZZER_FUZZ=1} they replay their seed
 * corpus and every crash found earlier (the files under {@code src/test/resources/.../fuzz/
 * LoaderFuzzTestInputs}) as regression tests; with it they fuzz for {@code maxDuration}.
 */
class LoaderFuzzTest {

    /** Any bytes give a bank or a MethodBankException whose problems all have a message. */
    @FuzzTest(maxDuration = "60s")
    void anyBytesGiveABankOrLocatedProblems(byte[] data) {
        try {
            MethodBank bank = MethodBanks.load(new ByteArrayInputStream(data), "fuzz.json");
            // a loaded bank writes and loads back to an equal bank
            MethodBank again = MethodBanks.load(new java.io.StringReader(MethodBanks.toJson(bank)), "again.json");
            if (!again.equals(bank)) {
                throw new AssertionError("round trip changed the bank");
            }
        } catch (MethodBankException e) {
            for (Problem p : e.getProblems()) {
                if (p.getMessage().isBlank()) {
                    throw new AssertionError("problem without a message: " + p);
                }
            }
        }
    }

    /** The rich-text parser is total and keeps every character that is not markup or layout space. */
    @FuzzTest(maxDuration = "30s")
    void richTextParsingIsTotal(FuzzedDataProvider data) {
        String source = data.consumeRemainingAsString();
        RichText parsed = RichText.parse(source);
        long kept = parsed.toPlainText().codePoints().filter(c -> c != '*' && c != '-' && !Character.isWhitespace(c)).count();
        long given = source.codePoints().filter(c -> c != '*' && c != '-' && !Character.isWhitespace(c)).count();
        if (kept != given) {
            throw new AssertionError("rich text lost characters: " + given + " given, " + kept + " kept");
        }
    }
}
