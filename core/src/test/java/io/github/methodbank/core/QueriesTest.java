package io.github.methodbank.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class QueriesTest {

    private final MethodBank bank = MethodBanks.loadSample();

    @Test
    void methodsByPhasePathAndTag() {
        PhaseRef kokeile = PhaseRef.of("kehittaminen", "kokeile");
        assertThat(bank.methodsIn(kokeile)).isNotEmpty().allMatch(m -> m.getPhases().contains(kokeile));
        assertThat(bank.methodsIn(kokeile)).extracting(Method::getId).contains("tyo-2-0-heimokulttuuri");
        assertThat(bank.methodsOn("johtaminen")).allMatch(m -> m.getPhases().stream()
                .anyMatch(r -> r.getPathId().equals("johtaminen")));
        assertThat(bank.methodsTagged("itseohjautuvuus")).extracting(Method::getId).containsExactly("tyo-2-0-heimokulttuuri");
        assertThat(bank.methodsTagged("no-such-tag")).isEmpty();
        // bank order is kept
        assertThat(bank.getMethods()).containsSubsequence(bank.methodsOn("kehittaminen"));
    }

    @Test
    void freeTextSearchMatchesAllWordsInAnyLanguageIgnoringCase() {
        assertThat(bank.search("HEIMOKULTTUURI")).extracting(Method::getId).containsExactly("tyo-2-0-heimokulttuuri");
        assertThat(bank.search("spotfy ING-pankki")).extracting(Method::getId).containsExactly("tyo-2-0-heimokulttuuri");
        assertThat(bank.search("heimokulttuuri zzzz")).isEmpty();
        Method translated = bank.getMethods().stream().filter(m -> m.getName().getLanguages().contains("en")).findFirst()
                .orElseThrow();
        String englishWord = translated.getName().get("en", "fi").split("\\s+")[0];
        assertThat(bank.search(englishWord)).contains(translated);
        assertThat(bank.search("")).hasSameSizeAs(bank.getMethods());
    }

    @Test
    void phasesOfAMethodComeInPathOrder() throws Exception {
        MethodBank b = TestBanks.load(TestBanks.MINIMAL);
        Method m = b.method("first").orElseThrow();
        assertThat(m.getPhases()).extracting(PhaseRef::asString)
                .containsExactly("kehittaminen/kokeile", "kehittaminen/kiinnostu");
        assertThat(b.phasesOf(m)).extracting(PhaseRef::asString)
                .containsExactly("kehittaminen/kiinnostu", "kehittaminen/kokeile");
        Method seed = bank.method("tyo-2-0-heimokulttuuri").orElseThrow();
        assertThat(bank.phasesOf(seed).get(0).getPathId()).isEqualTo("johtaminen");
        assertThat(bank.pathsOf(seed)).extracting(Pathway::getId).containsExactly("johtaminen", "kehittaminen");
    }

    @Test
    void localizedLookUpFallsBackFromAskedToDefaultToAny() {
        LocalizedText t = LocalizedText.of(Map.of("sv", "Utveckling"));
        assertThat(t.get("sv", "fi")).isEqualTo("Utveckling");
        assertThat(t.get("en", "fi")).isEqualTo("Utveckling"); // neither asked nor default: any
        LocalizedText two = LocalizedText.of(new java.util.LinkedHashMap<>(Map.of("fi", "Kehittäminen")));
        LocalizedText three = LocalizedText.of(Map.of("fi", "Kehittäminen", "en", "Development", "sv-FI", "Utveckling"));
        assertThat(three.get("en", "fi")).isEqualTo("Development");
        assertThat(three.get("de", "fi")).isEqualTo("Kehittäminen");
        assertThat(three.get("sv", "fi")).isEqualTo("Utveckling"); // primary language matches a regional tag
        assertThat(three.get("en-GB", "fi")).isEqualTo("Development");
        assertThat(three.resolveLanguage("de", "en")).isEqualTo("en");
        assertThat(two.get("en", "sv")).isEqualTo("Kehittäminen");
        assertThat(bank.text(bank.path("kehittaminen").orElseThrow().getName(), "sv")).isEqualTo(
                bank.path("kehittaminen").orElseThrow().getName().getValues().get("sv"));
    }
}
