package io.github.methodbank.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.methodbank.core.RichText.BulletList;
import io.github.methodbank.core.RichText.Paragraph;
import io.github.methodbank.core.RichText.Run;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class RichTextTest {

    @Test
    void paragraphsAreSeparatedByBlankLinesAndLinesJoin() {
        RichText t = RichText.parse("First line\nsame paragraph.\n\n  \nSecond.");
        assertThat(t.getBlocks()).containsExactly(
                new Paragraph(List.of(Run.plain("First line same paragraph."))),
                new Paragraph(List.of(Run.plain("Second."))));
    }

    @Test
    void dashLinesFormABulletListAndIndentedLinesContinueABullet() {
        RichText t = RichText.parse("Intro:\n- one\n- two\n  continued\nAfter.");
        assertThat(t.getBlocks()).hasSize(3);
        assertThat(t.getBlocks().get(1)).isEqualTo(new BulletList(List.of(
                new Paragraph(List.of(Run.plain("one"))), new Paragraph(List.of(Run.plain("two continued"))))));
        assertThat(((Paragraph) t.getBlocks().get(2)).plainText()).isEqualTo("After.");
    }

    @Test
    void boldAndItalic() {
        RichText t = RichText.parse("a **bold** and *italic* and ***both***");
        assertThat(((Paragraph) t.getBlocks().get(0)).runs()).containsExactly(
                Run.plain("a "), new Run("bold", true, false), Run.plain(" and "),
                new Run("italic", false, true), Run.plain(" and "), new Run("both", true, true));
    }

    @Test
    void unmatchedOrSpacedMarkupStaysLiteral() {
        assertThat(RichText.parse("5 * 3 * 2 = 30").toPlainText()).isEqualTo("5 * 3 * 2 = 30");
        assertThat(RichText.parse("**not closed").toPlainText()).isEqualTo("**not closed");
        assertThat(RichText.parse("a *b").toPlainText()).isEqualTo("a *b");
        assertThat(RichText.parse("# Heading\n> quote [link](x)").toPlainText()).isEqualTo("# Heading > quote [link](x)");
        assertThat(RichText.parse("-not a bullet").getBlocks().get(0)).isInstanceOf(Paragraph.class);
    }

    @Test
    void windowsLineEndsAreParagraphBreaksToo() {
        assertThat(RichText.parse("a\r\n\r\nb").getBlocks()).hasSize(2);
    }

    /** Parsing never fails and never loses a character other than emphasis markers, bullet dashes and white space. */
    @Property(tries = 500)
    void parsingKeepsEveryNonMarkupCharacter(@ForAll @StringLength(max = 200) String source) {
        RichText parsed = RichText.parse(source);
        String lines = java.util.Arrays.stream(source.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1))
                .map(l -> l.stripLeading().startsWith("- ") && !l.stripLeading().substring(2).isBlank()
                        ? l.stripLeading().substring(2) : l)
                .collect(java.util.stream.Collectors.joining("\n"));
        assertThat(visible(parsed.toPlainText())).isEqualTo(visible(lines));
    }

    private static String visible(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().filter(c -> c != '*' && !Character.isWhitespace(c)).forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
