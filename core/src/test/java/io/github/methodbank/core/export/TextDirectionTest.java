package io.github.methodbank.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextDirectionTest {

    @Test
    void aParagraphRunsTheWayItsFirstStrongCharacterDoes() {
        assertThat(TextDirection.of("(٣٠) مرحبا world")).isEqualTo(TextDirection.RIGHT_TO_LEFT);
        assertThat(TextDirection.of("2026: שלום")).isEqualTo(TextDirection.RIGHT_TO_LEFT);
        assertThat(TextDirection.of("Kysely مرحبا")).isEqualTo(TextDirection.LEFT_TO_RIGHT);
        assertThat(TextDirection.of("09:00–09:15")).isEqualTo(TextDirection.NEUTRAL);
        assertThat(TextDirection.of("")).isEqualTo(TextDirection.NEUTRAL);
    }

    @Test
    void languagesWrittenRightToLeftAreKnownByTheirTag() {
        assertThat(TextDirection.ofLanguage("ar")).isEqualTo(TextDirection.RIGHT_TO_LEFT);
        assertThat(TextDirection.ofLanguage("he-IL")).isEqualTo(TextDirection.RIGHT_TO_LEFT);
        assertThat(TextDirection.ofLanguage("FA")).isEqualTo(TextDirection.RIGHT_TO_LEFT);
        assertThat(TextDirection.ofLanguage("pa-Arab")).isEqualTo(TextDirection.RIGHT_TO_LEFT);
        assertThat(TextDirection.ofLanguage("fi")).isEqualTo(TextDirection.LEFT_TO_RIGHT);
        assertThat(TextDirection.ofLanguage("ar-Latn")).isEqualTo(TextDirection.LEFT_TO_RIGHT); // the script decides
    }
}
