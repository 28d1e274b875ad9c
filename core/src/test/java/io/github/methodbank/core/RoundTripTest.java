package io.github.methodbank.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoundTripTest {

    @TempDir
    Path tmp;

    @Test
    void sampleSurvivesWriteAndLoad() throws Exception {
        MethodBank sample = MethodBanks.loadSample();
        String json = MethodBanks.toJson(sample);
        MethodBank again = MethodBanks.load(new StringReader(json), "again.json");
        assertThat(again).isEqualTo(sample);
        // and writing is stable
        assertThat(MethodBanks.toJson(again)).isEqualTo(json);
    }

    @Test
    void writingToAFileIsAtomicAndReadable() throws Exception {
        MethodBank sample = MethodBanks.loadSample();
        Path file = tmp.resolve("bank.json");
        MethodBanks.write(sample, file);
        try (var files = Files.list(tmp)) {
            assertThat(files).containsExactly(file); // no temporary file left behind
        }
        // images are files of their own: a bank written elsewhere needs them copied beside it
        Files.createDirectories(tmp.resolve("images"));
        try (var in = sample.getResources().orElseThrow().open("images/asiakaspolku.png")) {
            Files.copy(in, tmp.resolve("images/asiakaspolku.png"));
        }
        assertThat(MethodBanks.load(file).getMethods()).isEqualTo(sample.getMethods());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MethodBanks.write(sample, out);
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(MethodBanks.toJson(sample));
    }

    @Test
    void directoryBankLoadsMethodsFromTheirOwnFilesInNameOrder() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("bank"));
        Files.createDirectories(dir.resolve("methods"));
        Files.writeString(dir.resolve("bank.json"), """
                {"formatVersion": 1, "defaultLanguage": "fi",
                 "paths": [{"id": "p", "name": "P", "phases": [{"id": "a", "name": "A"}]}]}
                """);
        Files.writeString(dir.resolve("methods/02-second.json"), """
                {"id": "second", "name": "Toinen", "description": "x", "phases": ["p/a"]}
                """);
        Files.writeString(dir.resolve("methods/01-first.json"), """
                {"id": "first", "name": "Ensimmäinen", "description": "y"}
                """);
        MethodBank bank = MethodBanks.load(dir);
        assertThat(bank.getMethods()).extracting(Method::getId).containsExactly("first", "second");
        assertThat(bank.getMethods().get(0).getName().getValues()).containsEntry("fi", "Ensimmäinen");
        // a mistake in a method file is reported against that file
        Files.writeString(dir.resolve("methods/03-bad.json"), """
                {"id": "third", "name": "Kolmas", "description": "z",
                 "phases": ["p/b"]}
                """);
        try {
            MethodBanks.load(dir);
            throw new AssertionError("accepted");
        } catch (MethodBankException e) {
            Problem p = e.getProblems().get(0);
            assertThat(p.getSource()).endsWith("03-bad.json");
            assertThat(p.getLine()).isEqualTo(2);
            assertThat(p.getPointer()).isEqualTo("/phases/0");
            assertThat(p.getSuggestion()).hasValue("p/a");
        }
    }

    @Property(tries = 200)
    void anyBankBuiltInCodeSurvivesWriteAndLoad(@ForAll("banks") MethodBank bank) throws Exception {
        String json = MethodBanks.toJson(bank);
        MethodBank again = MethodBanks.load(new StringReader(json), "generated.json");
        assertThat(again).isEqualTo(bank);
    }

    @Provide
    Arbitrary<MethodBank> banks() {
        Arbitrary<String> lang = Arbitraries.of("fi", "sv", "en", "en-GB");
        Arbitrary<String> words = Arbitraries.strings().withChars("abcåäöABC *-é\u0301xyz").ofMinLength(1).ofMaxLength(30)
                .filter(s -> !s.isBlank())
                .map(s -> java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC));
        Arbitrary<String> richWords = Arbitraries.of("plain", "**bold**", "*it*", "line\nnext", "para\n\n- a\n- b", "ä ö");
        Arbitrary<LocalizedText> text = Combinators.combine(lang, words, lang, words).as((l1, t1, l2, t2) -> {
            Map<String, String> m = new LinkedHashMap<>();
            m.put(l1, t1);
            m.put(l2, t2);
            return LocalizedText.of(m);
        });
        Arbitrary<LocalizedText> rich = Combinators.combine(lang, richWords).as(LocalizedText::of);
        Arbitrary<Method> method = Combinators.combine(
                Arbitraries.integers().between(0, 10_000), text, rich,
                text.optional(), Arbitraries.integers().between(0, 120), Arbitraries.of(true, false),
                Arbitraries.of("https://example.org/a?b=c", "mailto:x@example.org", "http://example.org/ä"))
                .as((n, name, description, summary, minutes, withExtras, url) -> {
                    Method.Builder b = Method.builder().id("m-" + n).name(name).description(description);
                    summary.ifPresent(b::summary);
                    b.addPhases(PhaseRef.of("p", "a"));
                    if (withExtras) {
                        b.durationMinutes(Range.of(minutes, minutes + 30)).addTags("t" + minutes, "ä tag")
                                .addLinks(Link.of(name, URI.create(url))).addMaterials(name)
                                .addSteps(Step.builder().title(name).minutes(minutes).description(description).build())
                                .updated(LocalDate.of(2026, 1, 1).plusDays(minutes)).license("CC BY 4.0")
                                .howToUse(description).examples(description).sources(description).requiredSkills(description)
                                .addTypicalUsers(name).groupSize(Range.of(2, 2 + minutes)).image("img/x" + minutes + ".png");
                    }
                    return b.build();
                });
        return Combinators.combine(method.list().ofMaxSize(6).uniqueElements(Method::getId), lang, text.optional())
                .as((methods, defaultLanguage, title) -> {
                    MethodBank.Builder b = MethodBank.builder().id("gen").defaultLanguage(defaultLanguage)
                            .addPaths(Pathway.of("p", LocalizedText.of("fi", "Polku"),
                                    List.of(Phase.of("a", LocalizedText.of("fi", "A")))))
                            .methods(new ArrayList<>(methods));
                    title.ifPresent(b::title);
                    return b.build();
                });
    }
}
