package io.github.methodbank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    Path tmp;

    static final Path BANKS = Path.of("../core/src/test/resources/io/github/methodbank/core/banks");

    record Result(int code, String out, String err) {}

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void validateTheSampleBank() {
        Result r = run("validate");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("the sample bank is valid").contains("2 paths").contains("methods");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aBankOverALimitSaysWhichOptionRaisesItAndTheOptionDoes() {
        String file = BANKS.resolve("invalid/three-mistakes.json").toString();
        Result r = run("validate", "--limit", "maxFileBytes=100", file);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("larger than the limit of 100 bytes")
                // enough for the file (before: twice the limit, 200, less than the file's 459 bytes)
                .contains("a limit can be raised with --limit NAME=VALUE, for example --limit maxFileBytes=1024");
        // raised far enough, the same file gets as far as its real problems
        Result raised = run("validate", "--limit", "maxFileBytes=1000000", "--limit", "maxListEntries=5000", file);
        assertThat(raised.err()).doesNotContain("limit").contains("3 problems found.");
        Result unknown = run("validate", "--limit", "maxBananas=3", file);
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown limit 'maxBananas'").contains("maxFileBytes");
        Result invalid = run("validate", "--limit", "maxDepth=2", file);
        assertThat(invalid.code()).isEqualTo(2);
        assertThat(invalid.err()).contains("maxDepth from 4 to 1000");
        Result negative = run("validate", "--limit", "maxMethods=-4294967295", file);
        assertThat(negative.code()).isEqualTo(2);
        assertThat(negative.err()).contains("a limit is a whole number from 1");
        // checked also when the sample bank is read
        assertThat(run("validate", "--limit", "maxBananas=3").code()).isEqualTo(2);
    }

    @Test
    void validateABrokenFilePrintsEveryProblemWithItsLocation() {
        String file = BANKS.resolve("invalid/three-mistakes.json").toString();
        Result r = run("validate", file);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines()).containsExactly(
                file + ":10:14: /methods/0/tgas: a method has no field 'tgas' (did you mean 'tags'?)",
                file + ":12:17: /methods/1/phases/0: path 'kehittaminen' has no phase 'kokeilee' (did you mean 'kehittaminen/kokeile'?)",
                file + ":13:12: /methods/2/id: method id 'a' is used twice (first at " + file + ":9:12)",
                "3 problems found.");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void everyBrokenTestFileExitsOneWithALocationAndNoStackTrace() throws Exception {
        for (String dir : new String[] {"invalid", "semantic"}) {
            try (var files = Files.list(BANKS.resolve(dir))) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Result r = run("validate", f.toString());
                    assertThat(r.code()).as(f.toString()).isEqualTo(1);
                    assertThat(r.err()).as(f.toString()).containsPattern(java.util.regex.Pattern.quote(f.toString()) + ":\\d+:\\d+: /");
                    assertThat(r.err()).doesNotContain("\tat ");
                }
            }
        }
    }

    @Test
    void lenientTurnsUnknownFieldsIntoWarnings() throws Exception {
        Path f = tmp.resolve("bank.json");
        Files.writeString(f, "{\"formatVersion\": 1, \"paths\": [], \"methods\": [], \"colour\": \"red\"}");
        assertThat(run("validate", f.toString()).code()).isEqualTo(1);
        Result lenient = run("validate", "--lenient", f.toString());
        assertThat(lenient.code()).isZero();
        assertThat(lenient.err()).contains("warning: /colour: a method bank has no field 'colour'");
    }

    @Test
    void listFiltersByPhaseAndTagInTheChosenLanguage() {
        Result all = run("list");
        assertThat(all.code()).isZero();
        assertThat(all.out().lines()).hasSizeGreaterThanOrEqualTo(6)
                .allMatch(l -> l.split("\t").length >= 2);
        Result phase = run("list", "--phase", "johtaminen/tunnista-tilanteesi", "--lang", "en");
        assertThat(phase.out()).contains("tyo-2-0-heimokulttuuri\tTyö 2.0, heimokulttuuri\t");
        assertThat(phase.out().lines()).allMatch(l -> l.contains("johtaminen/tunnista-tilanteesi"));
        Result tag = run("list", "--tag", "itseohjautuvuus");
        assertThat(tag.out().lines()).hasSize(1);
        Result en = run("list", "--lang", "en", "--method", "asiakaspolku");
        Result fi = run("list", "--lang", "fi", "--method", "asiakaspolku");
        assertThat(en.out()).isNotEqualTo(fi.out());
    }

    @Test
    void unknownPhaseOrMethodSuggestsTheNearest() {
        Result r = run("list", "--phase", "kehittaminen/kokeilee");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("did you mean 'kehittaminen/kokeile'?");
        Result m = run("list", "--method", "retrospektivi");
        assertThat(m.err()).contains("did you mean 'retrospektiivi'?");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("frobnicate").code()).isEqualTo(2);
        assertThat(run("list", "--no-such-option").code()).isEqualTo(2);
        Result r = run("list", "--phase", "nophase");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("path-id/phase-id");
    }

    @Test
    void helpOnEveryCommand() {
        for (String command : new String[] {"validate", "list", "cards", "workshop", "site", "export", "formats", "completion"}) {
            Result r = run(command, "--help");
            assertThat(r.code()).as(command).isZero();
            assertThat(r.out()).as(command).contains("Usage: methodbank " + command);
        }
        assertThat(run("--help").out()).contains("Exit codes:");
    }

    @Test
    void missingBankFileIsBadInput() {
        Result r = run("validate", tmp.resolve("missing.json").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("missing.json").contains("no such file");
    }

    @Test
    void completionScriptIsGenerated() {
        Result r = run("completion");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("complete").contains("methodbank");
    }
}
