package io.github.methodbank.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class ArabicTest {

    @Test
    void lettersTakeTheirFormByTheirNeighbours() {
        // marhaban: meem initial, reh final (reh never joins the next letter), hah initial, beh medial, alef final
        assertThat(Arabic.shape("مرحبا")).isEqualTo("\uFEE3\uFEAE\uFEA3\uFE92\uFE8E");
    }

    @Test
    void lamBeforeAlefBecomesTheLigature() {
        // salaam: seen initial, lam-alef in its final form (joined to the seen), meem isolated
        assertThat(Arabic.shape("سلام")).isEqualTo("\uFEB3\uFEFC\uFEE1");
        // at the start of a word the ligature is isolated
        assertThat(Arabic.shape("لا")).isEqualTo("\uFEFB");
    }

    @Test
    void marksAreTransparentAndStayAfterTheirLetter() {
        // kataba with fatha after every letter: the letters still join across the marks
        assertThat(Arabic.shape("كَتَبَ")).isEqualTo("\uFEDB\u064E\uFE98\u064E\uFE90\u064E");
    }

    @Test
    void persianLettersJoinToo() {
        // pedar: peh initial, dal final, reh isolated
        assertThat(Arabic.shape("پدر")).isEqualTo("\uFB58\uFEAA\uFEAD");
    }

    @Test
    void otherTextIsLeftAsItIsAndTheFormsMeanTheSameLetters() {
        String mixed = "Kysely (استبيان) 2026";
        String shaped = Arabic.shape(mixed);
        assertThat(shaped).startsWith("Kysely (").endsWith(") 2026");
        // presentation forms are compatibility characters of the letters: nothing is lost
        assertThat(Normalizer.normalize(shaped, Normalizer.Form.NFKC)).isEqualTo(mixed);
        assertThat(Arabic.has(mixed)).isTrue();
        assertThat(Arabic.has("Kysely")).isFalse();
    }

    @Test
    void lettersOfOtherLanguagesTheTableDoesNotJoinAreKnown() {
        assertThat(Arabic.unjoinable('\u0679')).isTrue(); // Urdu tteh
        assertThat(Arabic.unjoinable('\u0628')).isFalse();
        assertThat(Arabic.unjoinable('\u064E')).isFalse(); // a mark
        assertThat(Arabic.unjoinable('a')).isFalse();
    }
}
