package io.github.methodbank.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LabelsTest {

    @Test
    void everyLanguageHasExactlyTheKeysOfTheCatalog() throws Exception {
        Set<String> keys = Arrays.stream(LabelKey.values()).map(LabelKey::getKey).collect(Collectors.toSet());
        for (String language : Labels.LANGUAGES) {
            Properties p = new Properties();
            try (InputStream in = Labels.class.getResourceAsStream(Labels.resource(language))) {
                assertThat(in).as(language).isNotNull();
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(p.stringPropertyNames()).as("keys of " + language).isEqualTo(keys);
            assertThat(p.values()).as("texts of " + language).allSatisfy(v -> assertThat((String) v).isNotBlank());
        }
    }

    @Test
    void languagesFallBackToEnglishAndRegionsToTheirLanguage() {
        assertThat(Labels.forLanguage("sv-FI").getLanguage()).isEqualTo("sv");
        assertThat(Labels.forLanguage("FI").getLanguage()).isEqualTo("fi");
        assertThat(Labels.forLanguage("de").getLanguage()).isEqualTo("en");
        assertThat(Labels.forLanguage("fi").get(LabelKey.HOW_TO_USE)).isEqualTo("Näin käytät menetelmää");
        assertThat(Labels.forLanguage("en").get(LabelKey.LICENSE)).isEqualTo("Licence");
    }

    @Test
    void theLanguagesReallyDiffer() {
        // a key left in English in another language's file would pass the key check above
        for (LabelKey k : LabelKey.values()) {
            if (k == LabelKey.MINUTES || k == LabelKey.FACILITATOR) {
                continue; // the same word in these languages
            }
            assertThat(Labels.forLanguage("fi").get(k)).as(k.getKey()).isNotEqualTo(Labels.forLanguage("en").get(k));
            assertThat(Labels.forLanguage("sv").get(k)).as(k.getKey()).isNotEqualTo(Labels.forLanguage("en").get(k));
        }
    }
}
