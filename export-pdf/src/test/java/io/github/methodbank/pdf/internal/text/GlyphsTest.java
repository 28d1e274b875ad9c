package io.github.methodbank.pdf.internal.text;

import io.github.methodbank.core.export.ExportListener;
import io.github.methodbank.pdf.internal.Spec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;


class GlyphsTest {

    private final List<String> warnings = new ArrayList<>();
    private final Glyphs glyphs = new Glyphs(TextFlowTest.SPEC, new ExportListener() {
        @Override
        public void warning(String message) {
            warnings.add(message);
        }
    });

    @Test
    void marksTheFontPlacesOnTheirLetterPassSilently() {
        // no precomposed q with tilde exists, so NFC leaves the mark; DejaVu draws it over the q
        String text = "q\u0303 n\u0308 e\u0301\u0323";
        assertThat(glyphs.clean(text, Spec.REGULAR, "m")).isEqualTo(text);
        assertThat(warnings).isEmpty();
    }

    @Test
    void aMarkTheFontGivesAWidthIsReportedOncePerMethodAndKept() {
        String text = "ж\u0488 ж\u0488";
        assertThat(glyphs.clean(text, Spec.REGULAR, "m")).isEqualTo(text);
        assertThat(glyphs.clean(text, Spec.REGULAR, "m")).isEqualTo(text);
        assertThat(warnings).singleElement().asString().contains("method 'm'").contains("U+0488")
                .contains("COMBINING CYRILLIC HUNDRED THOUSANDS SIGN").contains("beside the letter");
    }

    @Test
    void aCharacterNoFontHasIsReplacedVisiblyAndReported() {
        assertThat(glyphs.clean("a\uD83E\uDD80b", Spec.REGULAR, "m")).isEqualTo("a\uFFFDb");
        assertThat(warnings).singleElement().asString().contains("U+1F980").contains("U+FFFD");
    }

    @Test
    void arabicIsJoinedAndItalicArabicComesFromTheUprightFace() {
        List<Integer> styles = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        glyphs.runs("Sana مرحبا!", Spec.ITALIC, "m", (style, text) -> {
            styles.add(style);
            texts.add(text);
        });
        // DejaVu Sans Oblique has no Arabic: the word is printed upright, nothing is replaced
        assertThat(texts).containsExactly("Sana ", "\uFEE3\uFEAE\uFEA3\uFE92\uFE8E", "!");
        assertThat(styles).containsExactly(Spec.ITALIC, Spec.REGULAR, Spec.ITALIC);
        assertThat(warnings).isEmpty();
    }

    @Test
    void scriptsTheCardsCannotShapeAreReportedOnce() {
        assertThat(glyphs.clean("\u07D2\u07DE\u07CF \u07D2\u07DE\u07CF", Spec.REGULAR, "m")).isNotEmpty(); // NKo
        assertThat(warnings).filteredOn(w -> w.contains("Nko text is printed without joining")).hasSize(1);
    }

    @Test
    void aCharacterNoFontHasDoesNotStopTheArabicBesideItFromJoining() {
        List<String> texts = new ArrayList<>();
        glyphs.runs("\uFF21 مرحبا", Spec.REGULAR, "m", (style, text) -> texts.add(text));
        assertThat(String.join("", texts)).isEqualTo("\uFFFD \uFEE3\uFEAE\uFEA3\uFE92\uFE8E");
        assertThat(warnings).singleElement().asString().contains("U+FF21");
    }

    @Test
    void arabicLettersLeftUnjoinedAreReported() {
        glyphs.clean("\u0679\u0679 \u0679", Spec.REGULAR, "m"); // Urdu tteh: DejaVu has it, the cards do not join it
        assertThat(warnings).singleElement().asString().contains("printed in their plain form").contains("U+0679");
    }
}
