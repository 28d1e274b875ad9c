package io.github.methodbank.pdf.internal.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.methodbank.core.LocalizedText;
import io.github.methodbank.core.Method;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.MethodBanks;
import io.github.methodbank.core.PhaseRef;
import io.github.methodbank.core.Step;
import io.github.methodbank.core.export.ExportException;
import io.github.methodbank.core.export.ExportJob;
import io.github.methodbank.pdf.CardSize;
import io.github.methodbank.pdf.Overflow;
import io.github.methodbank.pdf.PdfCardExporter;
import io.github.methodbank.pdf.internal.Spec;
import io.github.methodbank.pdf.internal.text.DefaultFonts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How a method's content flows through its card faces: one type size, readable breaks, no wasted face. */
class CardFlowTest {

    private static final MethodBank SAMPLE = MethodBanks.loadSample();

    private static Spec spec(PdfCardExporter e) {
        return Spec.of(e, DefaultFonts.regular(), DefaultFonts.bold(), DefaultFonts.italic(), DefaultFonts.boldItalic(),
                null);
    }

    private static CardComposer composer(PdfCardExporter e, MethodBank bank) {
        ExportJob job = ExportJob.of(bank, bank.getMethods(), "fi");
        return new CardComposer(job, spec(e), 0, path -> 1.5f);
    }

    /** Sentences of sample text, numbered so that every one is different. */
    private static String sentences(int from, int count) {
        return IntStream.range(from, from + count)
                .mapToObj(i -> "Lause " + i + " kertoo, miten tiimi kokeilee uutta tapaa tehdä työtä yhdessä.")
                .collect(Collectors.joining(" "));
    }

    /** A method whose back holds {@code paragraphs} paragraphs of {@code perParagraph} sentences each, under labels. */
    private static Method longBack(String id, int paragraphs, int perParagraph) {
        StringBuilder how = new StringBuilder();
        for (int p = 0; p < paragraphs; p++) {
            how.append(p == 0 ? "" : "\n\n").append(p % 3 == 2 ? "### Vaihe " + p + "\n\n" : "")
                    .append(sentences(p * 100, perParagraph));
        }
        Method.Builder b = Method.builder().id(id).name(LocalizedText.of("fi", "Pitkä takapuoli " + id))
                .description(LocalizedText.of("fi", "Lyhyt kuvaus."))
                .howToUse(LocalizedText.of("fi", how.toString()))
                .addPhase(PhaseRef.of("kehittaminen", "kokeile"));
        for (int s = 0; s < 6; s++) {
            b.addStep(Step.builder().title(LocalizedText.of("fi", "Vaihe " + s)).minutes(10)
                    .description(LocalizedText.of("fi", sentences(1000 + s * 10, 3))).build());
        }
        return b.examples(LocalizedText.of("fi", sentences(5000, 12))).build();
    }

    private static MethodBank bankWith(Method... methods) {
        return MethodBank.builder().from(SAMPLE).addMethods(methods).build();
    }

    /** The body lines of a face: text lines that are content, not the band, footer or phase strips. */
    private static List<Face.Line> bodyLines(Face f, Structure st) {
        List<Face.Line> out = new ArrayList<>();
        for (Face.Op op : f.ops()) {
            if (op instanceof Face.Line l && l.tag() != Structure.ARTIFACT && !st.get(l.tag()).role().equals("H1")) {
                if (out.isEmpty() || out.get(out.size() - 1).y() != l.y()) {
                    out.add(l); // the parts of one line (a link inside it) count once
                }
            }
        }
        return out;
    }

    private static List<Face> faces(List<Face.Card> cards) {
        List<Face> out = new ArrayList<>();
        for (Face.Card c : cards) {
            out.add(c.front());
            out.add(c.back());
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"a6", "poker", "a7", "index-5x3"})
    void everyFaceButABlankLastBackCarriesTextAndTheTypeSizeIsTheDecksOwn(String size) throws Exception {
        PdfCardExporter e = PdfCardExporter.builder().size(CardSize.parse(size)).build();
        MethodBank bank = bankWith(longBack("takapuoli-a", 9, 6), longBack("takapuoli-b", 3, 4));
        CardComposer c = composer(e, bank);
        CardMeasures m = c.measures();
        Set<Float> bodySizes = new HashSet<>();
        for (Method method : bank.getMethods()) {
            List<Face> faces = faces(c.compose(method));
            for (int i = 0; i < faces.size(); i++) {
                Face f = faces.get(i);
                List<Face.Line> lines = bodyLines(f, f.structure());
                boolean lastBlankBack = i == faces.size() - 1 && i % 2 == 1 && f.ops().isEmpty();
                assertThat(lastBlankBack || !lines.isEmpty()).as("face %d of %s has text or is the blank last back", i,
                        method.getId()).isTrue();
                lines.forEach(l -> bodySizes.add(l.size()));
            }
        }
        // one body size (with its label, lead and small sizes) across every card of the deck
        assertThat(bodySizes).isSubsetOf(Set.of(m.body(), m.label(), m.lead(), m.small()));
        if (size.equals("a6")) {
            assertThat(m.body()).isGreaterThanOrEqualTo(7f);
        }
    }

    @Test
    void paragraphsAreNeverSplitLeavingOneLineAndLabelsKeepTwoLinesWithThem() throws Exception {
        // many lengths, so that labels, headings and paragraph ends fall at every place on a face
        for (int run = 0; run < 60; run++) {
            int per = 2 + run % 7;
            int paragraphs = 3 + run / 7;
            MethodBank bank = bankWith(longBack("pitka", paragraphs, per));
            Method method = bank.method("pitka").orElseThrow();
            List<Face> faces = faces(composer(PdfCardExporter.withDefaults(), bank).compose(method));
            Structure st = faces.get(0).structure();
            Map<Integer, Map<Integer, Integer>> linesPerFace = new LinkedHashMap<>(); // element -> face -> lines
            for (int i = 0; i < faces.size(); i++) {
                List<Face.Line> lines = bodyLines(faces.get(i), st);
                for (int k = 0; k < lines.size(); k++) {
                    Face.Line l = lines.get(k);
                    linesPerFace.computeIfAbsent(l.tag(), t -> new HashMap<>()).merge(i, 1, Integer::sum);
                    String role = st.get(l.tag()).role();
                    if (role.equals("H2") || role.equals("H3")) {
                        // a label or heading is followed by at least two lines on its face
                        assertThat(lines.size() - k - 1).as("lines after %s on face %d (%d per paragraph)", role, i, per)
                                .isGreaterThanOrEqualTo(2);
                    }
                }
            }
            for (Map.Entry<Integer, Map<Integer, Integer>> e : linesPerFace.entrySet()) {
                if (e.getValue().size() > 1 && st.get(e.getKey()).role().equals("P")) {
                    assertThat(e.getValue().values()).as("lines of paragraph %d on each face (%d per paragraph)",
                            e.getKey(), per).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(2));
                }
            }
        }
    }

    @Test
    void aBackThatOverflowsContinuesOnTheNextFrontAndTheCardsAreNumbered() throws Exception {
        MethodBank bank = bankWith(longBack("pitka", 12, 6));
        Method method = bank.method("pitka").orElseThrow();
        List<Face.Card> cards = composer(PdfCardExporter.withDefaults(), bank).compose(method);
        assertThat(cards).hasSizeGreaterThan(1);
        // the first front holds the short front only; the back's text goes on from face 2 through face 3 …
        List<Face> faces = faces(cards);
        assertThat(bodyLines(faces.get(2), faces.get(2).structure())).isNotEmpty();
        for (int k = 0; k < cards.size(); k++) {
            String number = (k + 1) + "/" + cards.size();
            assertThat(cards.get(k).front().ops()).anySatisfy(op -> assertThat(op).isInstanceOfSatisfying(Face.Text.class,
                    t -> assertThat(t.text()).isEqualTo(number)));
        }
        // a face never holds only one to three lines when the text before it could take them
        for (int i = 1; i < faces.size(); i++) {
            int n = bodyLines(faces.get(i), faces.get(i).structure()).size();
            assertThat(n == 0 || n > 3).as("lines on face %d", i).isTrue();
        }
    }

    @Test
    void failingOnOverflowNamesTheMethodAndSection() {
        MethodBank bank = bankWith(longBack("pitka", 12, 6));
        Method method = bank.method("pitka").orElseThrow();
        CardComposer c = composer(PdfCardExporter.builder().overflow(Overflow.FAIL).build(), bank);
        assertThatThrownBy(() -> c.compose(method)).isInstanceOf(ExportException.class)
                .hasMessageContaining("method 'pitka'").hasMessageContaining("section 'how to use'")
                .hasMessageContaining("7.0 pt");
    }

    @Test
    void theBackServesTheFacilitatorInOrderAndLinksShowAShortAddress() throws Exception {
        Method asiakaspolku = SAMPLE.method("asiakaspolku").orElseThrow();
        List<Face> faces = faces(composer(PdfCardExporter.withDefaults(), SAMPLE).compose(asiakaspolku));
        List<String> labels = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Face f : faces) {
            for (Face.Op op : f.ops()) {
                if (op instanceof Face.Line l && l.tag() >= 0) {
                    String t = l.frags().stream().map(x -> x.text()).collect(Collectors.joining()).strip();
                    texts.add(t);
                    if (f.structure().get(l.tag()).role().equals("H2")) {
                        labels.add(t);
                    }
                }
            }
        }
        assertThat(labels).containsSubsequence("Näin käytät menetelmää", "Työskentelyn kulku", "Kuka käyttää",
                "Tarvittava osaaminen", "Tarvikkeet", "Esimerkkejä", "Linkit");
        // the link's title, then its address without https:// below it, breaking only after / - . ? & = _
        assertThat(texts).contains("example.org/pohjat/asiakaspolku.pdf");
        assertThat(texts).noneSatisfy(t -> assertThat(t).startsWith("https://"));
    }

    @Test
    void phaseNamesAreAtLeastSixPointsOnEveryCardSize() throws Exception {
        for (CardSize size : List.of(CardSize.A6, CardSize.A7, CardSize.POKER, CardSize.INDEX_5X3)) {
            Method m = SAMPLE.method("tyo-2-0-heimokulttuuri").orElseThrow();
            Face front = composer(PdfCardExporter.builder().size(size).build(), SAMPLE).compose(m).get(0).front();
            List<Float> sizes = front.ops().stream().filter(Face.Text.class::isInstance).map(Face.Text.class::cast)
                    .filter(t -> t.tag() >= 0 && front.structure().get(t.tag()).role().equals("P"))
                    .map(Face.Text::size).collect(Collectors.toList());
            assertThat(sizes).as("phase names on %s", size).isNotEmpty()
                    .allSatisfy(s -> assertThat(s).isGreaterThanOrEqualTo(6f));
        }
    }
}
