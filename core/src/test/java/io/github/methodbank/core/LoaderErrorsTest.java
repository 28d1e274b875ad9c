package io.github.methodbank.core;

import static io.github.methodbank.core.TestBanks.fails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoaderErrorsTest {

    @TempDir
    Path tmp;

    private static Problem only(String file) throws IOException {
        MethodBankException e = failsFile(file);
        assertThat(e.getProblems()).as(e.getMessage()).hasSize(1);
        return e.getProblems().get(0);
    }

    static MethodBankException failsFile(String file) throws IOException {
        try (InputStream in = LoaderErrorsTest.class.getResourceAsStream("banks/" + file)) {
            MethodBanks.load(in, file);
        } catch (MethodBankException e) {
            return e;
        }
        throw new AssertionError(file + " was accepted");
    }

    @Test
    void malformedJsonNamesLineAndColumn() throws IOException {
        Problem p = only("invalid/malformed.json");
        assertThat(p.getSource()).isEqualTo("invalid/malformed.json");
        assertThat(p.getLine()).isEqualTo(9);
        assertThat(p.getColumn()).isEqualTo(29);
        assertThat(p.getMessage()).startsWith("not valid JSON").contains("expected comma");
        assertThat(p.toString()).startsWith("invalid/malformed.json:9:29: /methods/0: ");
    }

    @Test
    void aDecimalNumberWithAHugeExponentIsReportedNotParsed() throws IOException {
        // found by fuzzing: parsing 188888888e88888888888888 threw a NumberFormatException
        byte[] sample;
        try (InputStream in = MethodBanks.class.getResourceAsStream("sample/bank.json")) {
            sample = in.readAllBytes();
        }
        String json = new String(sample, StandardCharsets.UTF_8)
                .replaceFirst("\"formatVersion\": 1", "\"formatVersion\": 188888888e88888888888888");
        MethodBankException e = fails(json.getBytes(StandardCharsets.UTF_8));
        assertThat(e.getProblems()).hasSize(1);
        Problem p = e.getProblems().get(0);
        assertThat(p.getPointer()).isEqualTo("/formatVersion");
        assertThat(p.getLine()).isEqualTo(3);
        assertThat(p.getMessage()).contains("must be a whole number").contains("found a decimal number");
    }

    @Test
    void wrongTypeNamesTheValue() throws IOException {
        Problem p = only("invalid/wrong-type.json");
        assertThat(p.getPointer()).isEqualTo("/methods/0/name");
        assertThat(p.getLine()).isEqualTo(9);
        assertThat(p.getColumn()).isEqualTo(25);
        assertThat(p.getMessage()).contains("must be text").contains("found a number");
    }

    @Test
    void missingRequiredFieldPointsAtTheObject() throws IOException {
        Problem p = only("invalid/missing-field.json");
        assertThat(p.getPointer()).isEqualTo("/methods/0");
        assertThat(p.getLine()).isEqualTo(9);
        assertThat(p.getColumn()).isEqualTo(5);
        assertThat(p.getMessage()).isEqualTo("a method needs the field 'description'");
    }

    @Test
    void unknownFieldSuggestsTheKnownOne() throws IOException {
        MethodBankException e = failsFile("invalid/unknown-field.json");
        assertThat(e.getProblems()).hasSize(2);
        // problems come in document order: the object (line 9, column 5) before its field (column 44)
        Problem p = e.getProblems().get(1);
        assertThat(p.getPointer()).isEqualTo("/methods/0/descripton");
        assertThat(p.getSuggestion()).hasValue("description");
        assertThat(p.toString()).contains("did you mean 'description'?");
        // the misspelt field also leaves the required one missing; that is said too, with the hint
        assertThat(e.getProblems().get(0).getMessage())
                .isEqualTo("a method needs the field 'description' ('descripton' looks like a misspelling of it)");
    }

    @Test
    void unknownFieldIsAWarningInLenientMode() throws Exception {
        List<Problem> warnings = new ArrayList<>();
        BankReader lenient = BankReader.builder().lenient(true).onWarning(warnings::add).build();
        try (InputStream in = getClass().getResourceAsStream("banks/invalid/unknown-field.json")) {
            MethodBankException e = null;
            try {
                lenient.read(in, "unknown-field.json");
            } catch (MethodBankException ex) {
                e = ex;
            }
            // description is still missing, so the bank fails, but the unknown field is only a warning
            assertThat(e).isNotNull();
            assertThat(e.getProblems()).anyMatch(p -> p.getSeverity() == Problem.Severity.WARNING
                    && p.getPointer().equals("/methods/0/descripton"));
            assertThat(e.getProblems()).anyMatch(p -> p.getSeverity() == Problem.Severity.ERROR
                    && p.getMessage().contains("needs the field 'description'"));
        }
        String ok = TestBanks.MINIMAL.replace("\"tags\": [\"a\"]", "\"tags\": [\"a\"], \"colour\": \"red\"");
        MethodBank bank = lenient.read(new StringReader(ok), "ok.json");
        assertThat(bank.getMethods()).hasSize(1);
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.getSeverity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(w.getMessage()).contains("no field 'colour'").contains("ignored");
        });
    }

    @Test
    void badSlugSuggestsASlug() throws IOException {
        Problem p = only("invalid/bad-slug.json");
        assertThat(p.getPointer()).isEqualTo("/methods/0/id");
        assertThat(p.getMessage()).contains("'Työ 2.0' is not a valid method id");
        assertThat(p.getSuggestion()).hasValue("tyo-2-0");
    }

    @Test
    void onlyWebAndMailLinks() throws IOException {
        Problem p = only("invalid/bad-url.json");
        assertThat(p.getPointer()).isEqualTo("/methods/0/links/0/url");
        assertThat(p.getMessage()).contains("must start with http://, https:// or mailto:");
    }

    @Test
    void imagePathMayNotLeaveTheBank() throws IOException {
        Problem p = only("invalid/image-escape.json");
        assertThat(p.getPointer()).isEqualTo("/methods/0/image");
        assertThat(p.getMessage()).contains("leaves the bank's directory");
    }

    @Test
    void imageThatLinksOutOfTheBankDirectoryIsRefused() throws Exception {
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.write(outside.resolve("x.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Path bankDir = Files.createDirectories(tmp.resolve("bank"));
        Files.createSymbolicLink(bankDir.resolve("link.png"), outside.resolve("x.png"));
        Path file = bankDir.resolve("bank.json");
        Files.writeString(file, TestBanks.MINIMAL.replace("\"tags\": [\"a\"]", "\"image\": \"link.png\""));
        assertThatThrownBy(() -> MethodBanks.load(file)).isInstanceOf(MethodBankException.class)
                .hasMessageContaining("leads outside the bank's directory");
        Files.writeString(file, TestBanks.MINIMAL.replace("\"tags\": [\"a\"]", "\"image\": \"missing.png\""));
        assertThatThrownBy(() -> MethodBanks.load(file)).hasMessageContaining("does not exist");
    }

    @Test
    void unsupportedFormatVersion() throws IOException {
        Problem p = only("invalid/format-version.json");
        assertThat(p.getPointer()).isEqualTo("/formatVersion");
        assertThat(p.getMessage()).contains("formatVersion 2 is not supported");
    }

    @Test
    void unknownPhaseReferenceSuggestsTheNearestPhase() throws IOException {
        Problem p = only("semantic/unknown-phase.json");
        assertThat(p.getPointer()).isEqualTo("/methods/0/phases/0");
        assertThat(p.getLine()).isEqualTo(9);
        assertThat(p.getColumn()).isEqualTo(61);
        assertThat(p.getMessage()).isEqualTo("path 'kehittaminen' has no phase 'kokeilee'");
        assertThat(p.getSuggestion()).hasValue("kehittaminen/kokeile");
    }

    @Test
    void duplicateMethodIdPointsAtTheSecondAndNamesTheFirst() throws IOException {
        Problem p = only("semantic/duplicate-id.json");
        assertThat(p.getPointer()).isEqualTo("/methods/1/id");
        assertThat(p.getLine()).isEqualTo(10);
        assertThat(p.getMessage()).contains("method id 'a' is used twice").contains("semantic/duplicate-id.json:9:12");
    }

    @Test
    void duplicateKeyInOneObject() throws IOException {
        Problem p = only("semantic/duplicate-key.json");
        assertThat(p.getPointer()).isEqualTo("/methods/0/name");
        assertThat(p.getMessage()).contains("field 'name' appears twice");
    }

    @Test
    void rangeMaxBelowMin() throws IOException {
        Problem p = only("semantic/range-order.json");
        assertThat(p.getPointer()).isEqualTo("/methods/0/groupSize/max");
        assertThat(p.getMessage()).contains("max (4) is smaller than its min (12)");
    }

    @Test
    void threeDifferentMistakesAreAllReportedWithTheirLines() throws IOException {
        MethodBankException e = failsFile("invalid/three-mistakes.json");
        assertThat(e.getProblems()).extracting(Problem::getLine, Problem::getPointer).containsExactly(
                org.assertj.core.groups.Tuple.tuple(10, "/methods/0/tgas"),
                org.assertj.core.groups.Tuple.tuple(12, "/methods/1/phases/0"),
                org.assertj.core.groups.Tuple.tuple(13, "/methods/2/id"));
        assertThat(e.getMessage()).startsWith("3 problems in the method bank:");
        assertThat(e.getProblems().get(0).getSuggestion()).hasValue("tags");
    }

    @Test
    void invalidUtf8IsReportedWithItsPosition() {
        byte[] bytes = "{\"formatVersion\": 1,\n \"title\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        MethodBankException e = fails(bytes);
        assertThat(e.getProblems().get(0).getMessage()).contains("not valid UTF-8");
        assertThat(e.getProblems().get(0).getLine()).isEqualTo(2);
    }

    @Test
    void emptyInputAndNonObjectRoot() {
        assertThat(fails(new byte[0]).getProblems().get(0).getMessage()).contains("empty");
        assertThat(fails("[1,2]".getBytes(StandardCharsets.UTF_8)).getProblems().get(0).getMessage())
                .contains("a method bank must be an object");
        assertThat(fails("{} trailing".getBytes(StandardCharsets.UTF_8)).getProblems().get(0).getMessage())
                .contains("not valid JSON");
    }

    @Test
    void missingTopLevelFieldsAreEachReported() {
        MethodBankException e = fails("{}".getBytes(StandardCharsets.UTF_8));
        assertThat(e.getProblems()).extracting(Problem::getMessage).containsExactlyInAnyOrder(
                "a method bank needs the field 'formatVersion' (write \"formatVersion\": 1)",
                "a method bank needs the field 'paths' (a list, may be empty)",
                "a method bank needs the field 'methods' (a list, may be empty)");
    }

    @Test
    void controlCharactersAndLineBreaksInNamesAreReported() {
        String bell = TestBanks.MINIMAL.replace("\"Ensimmäinen\"", "\"Ensim\\u0007mäinen\"");
        assertThat(TestBanks.fails(bell).getProblems().get(0).getMessage())
                .contains("control character U+0007 at position 6");
        String newline = TestBanks.MINIMAL.replace("\"Ensimmäinen\"", "\"Ensim\\nmäinen\"");
        assertThat(TestBanks.fails(newline).getProblems().get(0).getMessage()).contains("single line");
        String surrogate = TestBanks.MINIMAL.replace("\"Kuvaus.\"", "\"Kuvaus \\ud800.\"");
        assertThat(TestBanks.fails(surrogate).getProblems().get(0).getMessage()).contains("unpaired surrogate U+D800");
    }

    @Test
    void textIsNormalizedToNfc() throws Exception {
        String decomposed = TestBanks.MINIMAL.replace("\"Ensimmäinen\"", "\"Ensimma\u0308inen\"");
        MethodBank bank = TestBanks.load(decomposed);
        assertThat(bank.getMethods().get(0).getName().get("fi", "fi")).isEqualTo("Ensimmäinen");
    }

    @Test
    void aVeryHighStringLimitIsHigherNotWrappedAround() throws Exception {
        // four times a billion overflowed an int, which rejected every string of any length
        BankReader generous = BankReader.builder().limits(Limits.builder().maxStringLength(1_000_000_000).build()).build();
        String longText = TestBanks.MINIMAL.replace("\"Kuvaus.\"", "\"" + "x".repeat(2000) + "\"");
        assertThat(generous.read(new StringReader(longText), "t.json").getMethods()).hasSize(1);
    }

    @Test
    void limitsAreEnforcedWithAMessageThatSaysHowToRaiseThem() throws Exception {
        BankReader tight = BankReader.builder().limits(Limits.builder().maxMethods(1).maxStringLength(10)
                .maxDepth(6).maxFileBytes(2000).build()).build();
        String two = TestBanks.MINIMAL.replace("]\n}", ", {\"id\": \"b\", \"name\": \"B\", \"description\": \"x\"}]\n}");
        assertThatThrownBy(() -> tight.read(new StringReader(two), "t.json"))
                .hasMessageContaining("more than the limit of 1").hasMessageContaining("Limits.maxMethods");
        String longText = TestBanks.MINIMAL.replace("\"Kuvaus.\"", "\"" + "x".repeat(11) + "\"");
        assertThatThrownBy(() -> tight.read(new StringReader(longText), "t.json"))
                .hasMessageContaining("11 characters long").hasMessageContaining("Limits.maxStringLength");
        String deep = "{\"formatVersion\": 1, \"paths\": [], \"methods\": [[[[[[[[]]]]]]]]}";
        assertThatThrownBy(() -> tight.read(new StringReader(deep), "t.json"))
                .hasMessageContaining("nested deeper than the limit of 6").hasMessageContaining("Limits.maxDepth");
        String big = " ".repeat(3000) + "{}";
        assertThatThrownBy(() -> tight.read(new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)), "t.json"))
                .hasMessageContaining("larger than the limit of 2000 bytes").hasMessageContaining("Limits.maxFileBytes");
        Path f = tmp.resolve("big.json");
        Files.writeString(f, big);
        assertThatThrownBy(() -> tight.read(f)).hasMessageContaining("larger than the limit of 2000 bytes");
        // a very deep document with default limits does not overflow the stack
        String veryDeep = "[".repeat(100_000) + "]".repeat(100_000);
        assertThatThrownBy(() -> MethodBanks.load(new StringReader(veryDeep), "deep.json"))
                .isInstanceOf(MethodBankException.class).hasMessageContaining("nested deeper");
    }

    @Test
    void veryLongIdsAndTagsAreRejectedNotCrashing() throws Exception {
        // regression: a regular expression with a repeated group overflowed the stack on these
        String longSlug = "a-".repeat(60_000) + "a";
        String bank = TestBanks.MINIMAL.replace("\"first\"", "\"" + longSlug + "\"");
        assertThat(TestBanks.load(bank).getMethods().get(0).getId()).hasSize(longSlug.length());
        String badSlug = TestBanks.MINIMAL.replace("\"first\"", "\"" + longSlug + "-\"");
        assertThat(TestBanks.fails(badSlug).getProblems().get(0).getMessage()).contains("is not a valid method id")
                .hasSizeLessThan(300); // the value is shortened in the message
        String longTag = TestBanks.MINIMAL.replace("\"defaultLanguage\": \"fi\"", "\"defaultLanguage\": \"" + "fi-".repeat(20_000) + "fi\"");
        assertThat(TestBanks.fails(longTag).getProblems().get(0).getMessage()).contains("is not a language tag");
    }

    @Test
    void missingFileIsAProblemNotAnIoException() {
        assertThatThrownBy(() -> MethodBanks.load(tmp.resolve("nope.json")))
                .isInstanceOf(MethodBankException.class).hasMessageContaining("nope.json").hasMessageContaining("no such file");
    }

    private static MethodBankException fails(byte[] bytes) {
        try {
            MethodBanks.load(new ByteArrayInputStream(bytes), "bytes.json");
        } catch (MethodBankException e) {
            return e;
        }
        throw new AssertionError("accepted");
    }
}
