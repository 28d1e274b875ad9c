package io.github.methodbank.pdf.internal.text;

import io.github.methodbank.pdf.internal.Spec;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;


class TextFlowTest {

    static final Spec SPEC = Spec.of(io.github.methodbank.pdf.PdfCardExporter.withDefaults(), DefaultFonts.regular(),
            DefaultFonts.bold(), DefaultFonts.italic(), DefaultFonts.boldItalic(), null);

    private final TextFlow flow = new TextFlow(SPEC);

    private static List<String> texts(List<TextFlow.Line> lines) {
        return lines.stream().map(l -> l.frags().stream().map(TextFlow.Frag::text).collect(Collectors.joining("|")))
                .collect(Collectors.toList());
    }

    private static float width(String s, int style) {
        return SPEC.font(style).width(s, 10);
    }

    @Test
    void wrapsByWordsAtTheWidthAndCollapsesSpaces() {
        float w = width("Kerää ensin tietoa", Spec.REGULAR) + 0.5f;
        List<TextFlow.Line> lines = flow.lines(new int[] {Spec.REGULAR}, new String[] {"Kerää  ensin tietoa asiakkailta\nhaastattelemalla."},
                10, w);
        // a line that ends at a space keeps one (outside its width), so extracted words stay apart
        assertThat(texts(lines)).containsExactly("Kerää ensin tietoa ", "asiakkailta ", "haastattelemalla.");
        assertThat(lines.get(0).width()).isCloseTo(width("Kerää ensin tietoa", Spec.REGULAR), within(0.01f));
        assertThat(lines).allSatisfy(l -> assertThat(l.width()).isLessThanOrEqualTo(w));
    }

    @Test
    void aWordBrokenBetweenLettersKeepsEachLettersCombiningMarks() {
        // U+0488 is a combining mark that DejaVu gives a width of its own, so a break could fall before it
        String cluster = "ж\u0488";
        String word = cluster.repeat(40);
        float w = width(cluster.repeat(5), Spec.REGULAR) + 0.5f;
        List<TextFlow.Line> lines = flow.lines(new int[] {Spec.REGULAR}, new String[] {word}, 10, w);
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(String.join("", texts(lines))).isEqualTo(word);
        assertThat(texts(lines)).allSatisfy(l -> assertThat(l.charAt(0)).isEqualTo('ж'));
    }

    @Test
    void keepsStylesAsFragmentsAndWordsAcrossRuns() {
        int[] styles = {Spec.REGULAR, Spec.BOLD, Spec.REGULAR, Spec.ITALIC, Spec.REGULAR};
        String[] runs = {"Valitse ", "kolme tärkeintä", " kipukohtaa, ", "muutto", "."};
        List<TextFlow.Line> lines = flow.lines(styles, runs, 10, 1000);
        assertThat(texts(lines)).containsExactly("Valitse |kolme tärkeintä| kipukohtaa, |muutto|.");
        assertThat(lines.get(0).frags()).extracting(TextFlow.Frag::style)
                .containsExactly(Spec.REGULAR, Spec.BOLD, Spec.REGULAR, Spec.ITALIC, Spec.REGULAR);
        // "muutto." is one word: it moves to the next line as a whole
        float upToComma = width("Valitse ", Spec.REGULAR) + width("kolme tärkeintä", Spec.BOLD)
                + width(" kipukohtaa,", Spec.REGULAR);
        assertThat(texts(flow.lines(styles, runs, 10, upToComma + 1)))
                .containsExactly("Valitse |kolme tärkeintä| kipukohtaa, ", "muutto|.");
    }

    @Test
    void breaksAWordLongerThanTheLineAndKeepsEveryCharacter() {
        String word = "Epäjärjestelmällistyttämättömyydellänsäkäänköhän";
        float w = width("Epäjärjestelmä", Spec.REGULAR) + 0.1f;
        List<TextFlow.Line> lines = flow.lines(new int[] {Spec.REGULAR}, new String[] {"Ja " + word + " loppu"}, 10, w);
        assertThat(String.join("", texts(lines)).replace(" ", "")).isEqualTo("Ja" + word + "loppu");
        assertThat(texts(lines).get(0)).isEqualTo("Ja ");
        assertThat(lines.size()).isGreaterThan(3);
        assertThat(lines).allSatisfy(l -> assertThat(l.width()).isLessThanOrEqualTo(w));
    }

    @Test
    void countsWhatItWouldLayOut() {
        String text = "Asiakaspolku on visuaalinen kuvaus siitä, miten asiakas kulkee palvelun läpi: mistä hän saa "
                + "tiedon palvelusta, miten hän asioi ja mitä tapahtuu asioinnin jälkeen. \uD83D\uDE00 𝄞";
        for (float w : new float[] {20, 60, 120, 400}) {
            assertThat(flow.count(new int[] {Spec.REGULAR}, new String[] {text}, 9, w))
                    .isEqualTo(flow.lines(new int[] {Spec.REGULAR}, new String[] {text}, 9, w).size());
        }
        assertThat(flow.lines(new int[] {Spec.REGULAR}, new String[] {"   "}, 9, 100)).isEmpty();
    }

    @Test
    void rightToLeftRunsAreShownInVisualOrder() {
        // Hebrew inside a left-to-right line: the run is reversed, the rest stays
        assertThat(texts(flow.lines(new int[] {Spec.REGULAR}, new String[] {"abc \u05E9\u05DC\u05D5\u05DD def"}, 10, 1000)))
                .containsExactly("abc \u05DD\u05D5\u05DC\u05E9 def");
        // a right-to-left line: the Latin run keeps its order, the line reads from the right
        assertThat(texts(flow.lines(new int[] {Spec.REGULAR}, new String[] {"\u05E9\u05DC\u05D5\u05DD abc"}, 10, 1000)))
                .containsExactly("abc \u05DD\u05D5\u05DC\u05E9");
        // brackets are mirrored; a combining mark stays on its base: DejaVu draws Hebrew and Arabic
        // marks to the right of their origin, so in display order they go before the letter
        assertThat(texts(flow.lines(new int[] {Spec.REGULAR}, new String[] {"\u05D0(\u05D1\u05BC)"}, 10, 1000)))
                .containsExactly("(\u05BC\u05D1)\u05D0");
        // a Latin mark (drawn to the left of its origin) stays after its letter inside a right-to-left line
        assertThat(texts(flow.lines(new int[] {Spec.REGULAR}, new String[] {"\u05D0 q\u0303"}, 10, 1000)))
                .containsExactly("q\u0303 \u05D0");
        // styles follow their characters
        List<TextFlow.Line> styled = flow.lines(new int[] {Spec.REGULAR, Spec.BOLD},
                new String[] {"\u05E9\u05DC", "\u05D5\u05DD"}, 10, 1000);
        assertThat(styled.get(0).frags()).extracting(TextFlow.Frag::style).containsExactly(Spec.BOLD, Spec.REGULAR);
        assertThat(texts(styled)).containsExactly("\u05DD\u05D5|\u05DC\u05E9");
    }

    @Test
    void aUrlBreaksOnlyAfterItsSeparatorsAndNeverInsideAWord() {
        String url = "methods.18f.gov/decide/affinity-mapping/templates?format=pdf&lang=en_us";
        for (float w = 60; w <= 200; w += 7) {
            List<TextFlow.Line> lines = flow.lines(new int[] {Spec.REGULAR}, new String[] {TextFlow.breakable(url)}, 10, w);
            List<String> shown = texts(lines);
            // nothing is added or lost, and the break characters are not shown
            assertThat(String.join("", shown)).as("width %s", w).isEqualTo(url);
            for (int i = 0; i < shown.size() - 1; i++) {
                String line = shown.get(i);
                assertThat("/-.?&=_").as("line '%s' at width %s ends at a separator", line, w)
                        .contains(line.substring(line.length() - 1));
            }
        }
        // the words of a wider paragraph still break at spaces
        assertThat(texts(flow.lines(new int[] {Spec.REGULAR}, new String[] {"see " + TextFlow.breakable("a.org/b")}, 10, 1000)))
                .containsExactly("see a.org/b");
    }

    @Test
    void aBrokenLongWordLeavesAtLeastThreeLettersOnEachLine() {
        String word = "Epäjärjestelmällistyttämättömyydellänsäkäänköhän";
        // from a width that holds three of its widest letters
        for (float w = 32; w <= 120; w += 3) {
            List<String> lines = texts(flow.lines(new int[] {Spec.REGULAR}, new String[] {word}, 10, w));
            assertThat(String.join("", lines)).isEqualTo(word);
            if (lines.size() > 1) {
                assertThat(lines).as("width %s", w).allSatisfy(l -> assertThat(l.length()).isGreaterThanOrEqualTo(3));
            }
        }
    }
}
