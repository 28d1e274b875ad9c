package io.github.methodbank.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SampleBankTest {

    private final MethodBank bank = MethodBanks.loadSample();

    @Test
    void hasBothSeedPathsWithEveryPhaseInThreeLanguages() {
        assertThat(bank.getPaths()).extracting(Pathway::getId).containsExactly("johtaminen", "kehittaminen");
        assertThat(bank.path("kehittaminen").orElseThrow().getPhases())
                .extracting(p -> p.getName().get("fi", "fi"))
                .containsExactly("Kiinnostu", "Kartoita", "Kokeile", "Kehitä", "Käytä");
        assertThat(bank.path("johtaminen").orElseThrow().getPhases())
                .extracting(p -> p.getName().get("fi", "fi"))
                .containsExactly("Tunnista tilanteesi", "Laadi visio ja strategia",
                        "Luo kehittämispolku ja ydinkyvykkyydet", "Johda ideatuotantoa ja kokeiluja",
                        "Johda ketterää toteutusta");
        for (Pathway p : bank.getPaths()) {
            assertThat(p.getName().getLanguages()).contains("fi", "sv", "en");
            for (Phase ph : p.getPhases()) {
                assertThat(ph.getName().getLanguages()).as(ph.getId()).contains("fi", "sv", "en");
            }
        }
    }

    @Test
    void hasTheSeedMethodAndAtLeastFiveMore() {
        assertThat(bank.getMethods()).hasSizeGreaterThanOrEqualTo(6);
        Method seed = bank.method("tyo-2-0-heimokulttuuri").orElseThrow();
        assertThat(seed.getName().get("fi", "fi")).isEqualTo("Työ 2.0, heimokulttuuri");
        assertThat(seed.getTypicalUsers()).extracting(t -> t.get("fi", "fi")).contains("HR", "ICT-johto");
    }

    @Test
    void seedMethodTextIsFaithfulToTheSeedCard() throws IOException {
        // the seed card the product started from, as it was given (seed-card.txt, kept with the tests)
        String seed;
        try (InputStream in = SampleBankTest.class.getResourceAsStream("seed-card.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Method m = bank.method("tyo-2-0-heimokulttuuri").orElseThrow();
        String description = section(seed, "Menetelmän kuvaus", "Miten menetelmää käytetään?");
        String howTo = section(seed, "Miten menetelmää käytetään?", "Polun vaiheet, johon menetelmä soveltuu");
        assertThat(normalize(bank.richText(m.getDescription(), "fi").toPlainText())).isEqualTo(normalize(description));
        assertThat(normalize(bank.richText(m.getHowToUse().orElseThrow(), "fi").toPlainText())).isEqualTo(normalize(howTo));
    }

    @Test
    void everyOptionalFieldIsUsedSomewhere() {
        List<Method> ms = bank.getMethods();
        assertThat(ms).anyMatch(m -> m.getSummary().isPresent());
        assertThat(ms).anyMatch(m -> m.getHowToUse().isPresent());
        assertThat(ms).anyMatch(m -> m.getRequiredSkills().isPresent());
        assertThat(ms).anyMatch(m -> !m.getTags().isEmpty());
        assertThat(ms).anyMatch(m -> !m.getLinks().isEmpty());
        assertThat(ms).anyMatch(m -> m.getDurationMinutes().isPresent());
        assertThat(ms).anyMatch(m -> m.getGroupSize().isPresent());
        assertThat(ms).anyMatch(m -> !m.getMaterials().isEmpty());
        assertThat(ms).anyMatch(m -> !m.getSteps().isEmpty());
        assertThat(ms).anyMatch(m -> m.getExamples().isPresent());
        assertThat(ms).anyMatch(m -> m.getSources().isPresent());
        assertThat(ms).anyMatch(m -> m.getLicense().isPresent());
        assertThat(ms).anyMatch(m -> m.getUpdated().isPresent());
        assertThat(ms).anyMatch(m -> m.getImage().isPresent());
        assertThat(ms).anyMatch(m -> m.getName().getLanguages().containsAll(List.of("fi", "sv", "en")));
        assertThat(ms).anyMatch(m -> m.getLinks().stream().anyMatch(l -> "mailto".equals(l.getUrl().getScheme())));
    }

    @Test
    void sampleImageIsReadableThroughTheBanksResources() throws IOException {
        Method withImage = bank.getMethods().stream().filter(m -> m.getImage().isPresent()).findFirst().orElseThrow();
        try (InputStream in = bank.getResources().orElseThrow().open(withImage.getImage().get())) {
            byte[] head = in.readNBytes(8);
            assertThat(head).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        }
    }

    private static String section(String text, String from, String to) {
        int a = text.indexOf(from) + from.length();
        int b = text.indexOf(to);
        return text.substring(a, b);
    }

    private static String normalize(String s) {
        return Arrays.stream(s.split("\\s+")).filter(w -> !w.isEmpty()).collect(Collectors.joining(" "));
    }
}
