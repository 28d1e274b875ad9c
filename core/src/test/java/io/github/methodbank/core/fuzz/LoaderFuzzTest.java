package io.github.methodbank.core.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.MethodBankException;
import io.github.methodbank.core.MethodBanks;
import io.github.methodbank.core.Problem;
import io.github.methodbank.core.RichText;
import java.io.ByteArrayInputStream;

/**
 * Coverage-guided fuzz tests (Jazzer). Without {@code JAZZER_FUZZ=1} they replay their seed
 * corpus and every crash found earlier (the files under {@code src/test/resources/.../fuzz/
 * LoaderFuzzTestInputs}) as regression tests; with it they fuzz for {@code maxDuration}.
 */
class LoaderFuzzTest {

    /** Any bytes give a bank or a MethodBankException whose problems all have a message. */
    @FuzzTest(maxDuration = "60s")
    void anyBytesGiveABankOrLocatedProblems(byte[] data) {
        try {
            MethodBank bank = MethodBanks.load(new ByteArrayInputStream(data), "fuzz.json");
            // a loaded bank writes and loads back to an equal bank
            MethodBank again = MethodBanks.load(new java.io.StringReader(MethodBanks.toJson(bank)), "again.json");
            if (!again.equals(bank)) {
                throw new AssertionError("round trip changed the bank");
            }
        } catch (MethodBankException e) {
            for (Problem p : e.getProblems()) {
                if (p.getMessage().isBlank()) {
                    throw new AssertionError("problem without a message: " + p);
                }
            }
        }
    }

    private static final java.util.regex.Pattern ENTITY = java.util.regex.Pattern.compile("&#?[A-Za-z0-9]+;");
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\p{L}{2,}");

    /**
     * The Markdown reader is total, and every word of letters in the source reaches the reader: in
     * the text, a link's address or title, or a notice. What the cards cannot show and a notice
     * names, shortened to 60 characters (a fenced code block's language, {@code ~~~java}; an image's
     * address and title; a link definition), counts as reached when there is a notice.
     */
    @FuzzTest(maxDuration = "30s")
    void richTextParsingIsTotal(FuzzedDataProvider data) {
        String source = data.consumeRemainingAsString();
        RichText parsed = RichText.parse(source);
        StringBuilder shown = new StringBuilder(parsed.toPlainText());
        parsed.getLinks().forEach(l -> shown.append(' ').append(l.getUrl()).append(' ').append(l.getTitle().orElse("")));
        parsed.getNotices().forEach(n -> shown.append(' ').append(n.getMessage()));
        if (!parsed.getNotices().isEmpty()) {
            // metadata the cards cannot show, named (shortened) by a notice: not text for readers
            org.commonmark.parser.Parser.builder().build().parse(source).accept(new org.commonmark.node.AbstractVisitor() {
                @Override
                public void visit(org.commonmark.node.FencedCodeBlock block) {
                    shown.append(' ').append(block.getInfo());
                    visitChildren(block);
                }

                @Override
                public void visit(org.commonmark.node.Image image) {
                    shown.append(' ').append(image.getDestination()).append(' ').append(image.getTitle());
                    visitChildren(image);
                }

                @Override
                public void visit(org.commonmark.node.LinkReferenceDefinition definition) {
                    shown.append(' ').append(definition.getLabel()).append(' ').append(definition.getDestination())
                            .append(' ').append(definition.getTitle());
                    visitChildren(definition);
                }
            });
        }
        String all = shown.toString();
        java.util.regex.Matcher m = WORD.matcher(ENTITY.matcher(source).replaceAll(" "));
        while (m.find()) {
            if (!all.contains(m.group())) {
                throw new AssertionError("rich text lost the word '" + m.group() + "'");
            }
        }
    }
}
