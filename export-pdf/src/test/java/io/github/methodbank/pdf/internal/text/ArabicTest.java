package io.github.methodbank.pdf.internal.text;

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
    void alefMaksuraJoinsOnBothSides() {
        // ala: ain initial, lam medial, alef maksura final; between two behs it is medial (Forms-A)
        assertThat(Arabic.shape("على")).isEqualTo("\uFECB\uFEE0\uFEF0");
        assertThat(Arabic.shape("بىب")).isEqualTo("\uFE91\uFBE9\uFE90");
    }

    @Test
    void formatCharactersAreTransparentButTheNonJoinerBreaksTheJoin() {
        assertThat(Arabic.shape("ب\u200Fب")).isEqualTo("\uFE91\u200F\uFE90"); // right-to-left mark
        assertThat(Arabic.shape("ب\u200Cب")).isEqualTo("\uFE8F\u200C\uFE8F"); // zero-width non-joiner
        assertThat(Arabic.shape("ب\u200Dب")).isEqualTo("\uFE91\u200D\uFE90"); // zero-width joiner
        assertThat(Arabic.shape("ب\u0640ب")).isEqualTo("\uFE91\u0640\uFE90"); // tatweel
    }

    @Test
    void aLetterWhoseFormTheFontLacksStaysPlainAndIsKnownAsUnjoined() {
        String shaped = Arabic.shape("مرحبا", cp -> cp != 0xFEA3);
        assertThat(shaped).isEqualTo("\uFEE3\uFEAE\u062D\uFE92\uFE8E");
        assertThat(shaped.chars().filter(Arabic::unjoined)).containsExactly(0x062D);
        assertThat(Arabic.unjoined('\u0679')).isTrue(); // Urdu tteh, not in the table
        assertThat(Arabic.unjoined('\uFE8F')).isFalse(); // a joined form
        assertThat(Arabic.unjoined('\u064E')).isFalse(); // a mark
        assertThat(Arabic.unjoined('a')).isFalse();
    }
}
