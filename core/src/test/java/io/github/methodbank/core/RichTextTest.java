package io.github.methodbank.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.methodbank.core.RichText.BulletList;
import io.github.methodbank.core.RichText.Heading;
import io.github.methodbank.core.RichText.Hyperlink;
import io.github.methodbank.core.RichText.LineBreak;
import io.github.methodbank.core.RichText.ListItem;
import io.github.methodbank.core.RichText.NumberedList;
import io.github.methodbank.core.RichText.Paragraph;
import io.github.methodbank.core.RichText.Run;
import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class RichTextTest {

    private static Paragraph para(Object... runs) {
        return new Paragraph(java.util.Arrays.stream(runs)
                .map(r -> r instanceof String s ? Run.plain(s) : (RichText.Inline) r).collect(Collectors.toList()));
    }

    @Test
    void todaysTextsKeepTheirMeaning() {
        // paragraphs separated by blank lines, lines joined, "- " bullets, **bold**, *italic*
        RichText t = RichText.parse("First line\nsame paragraph.\n\n  \nSecond **bold** and *italic* and ***both***.\n\n"
                + "- one\n- two\n  continued\n");
        assertThat(t.getBlocks()).containsExactly(
                para("First line same paragraph."),
                para("Second ", new Run("bold", true, false, false), " and ", new Run("italic", false, true, false),
                        " and ", new Run("both", true, true, false), "."),
                new BulletList(List.of(ListItem.of("one"), ListItem.of("two continued"))));
        assertThat(t.getNotices()).isEmpty();
    }

    @Test
    void numberedAndNestedListsHeadingsCodeAndLineBreaks() {
        RichText t = RichText.parse("## Before the workshop\n\n3. Invite\n   - the team\n   - the customer\n4. Book a room\n\n"
                + "Run `npm test`,\\\nthen rest.");
        assertThat(t.getBlocks()).hasSize(3);
        assertThat(t.getBlocks().get(0)).isEqualTo(new Heading(2, List.of(Run.plain("Before the workshop"))));
        NumberedList list = (NumberedList) t.getBlocks().get(1);
        assertThat(list.getStart()).isEqualTo(3);
        assertThat(list.getItems()).hasSize(2);
        assertThat(list.getItems().get(0).getBlocks()).containsExactly(para("Invite"),
                new BulletList(List.of(ListItem.of("the team"), ListItem.of("the customer"))));
        assertThat(t.getBlocks().get(2)).isEqualTo(para("Run ", new Run("npm test", false, false, true), ",",
                LineBreak.INSTANCE, "then rest."));
        assertThat(t.toPlainText()).isEqualTo("Before the workshop\n\nInvite\nthe team\nthe customer\nBook a room\n\n"
                + "Run npm test,\nthen rest.");
    }

    @Test
    void linksFollowTheRulesOfTheLinksField() {
        RichText t = RichText.parse("See [the **guide**](https://example.org/guide \"Guide\") or <mailto:a@example.org>.");
        List<Hyperlink> links = t.getLinks();
        assertThat(links).hasSize(2);
        assertThat(links.get(0).getUrl()).isEqualTo(URI.create("https://example.org/guide"));
        assertThat(links.get(0).getTitle()).contains("Guide");
        assertThat(links.get(0).getInlines()).containsExactly(Run.plain("the "), new Run("guide", true, false, false));
        assertThat(links.get(1).toPlainText()).isEqualTo("mailto:a@example.org");
        assertThat(t.getNotices()).isEmpty();

        RichText bad = RichText.parse("Click [here](javascript:alert(1)) or [there](relative/page).");
        assertThat(bad.getLinks()).isEmpty();
        assertThat(bad.toPlainText()).isEqualTo("Click here (javascript:alert(1)) or there (relative/page).");
        assertThat(bad.getNotices()).extracting(RichText.Notice::getMessage)
                .anySatisfy(m -> assertThat(m).contains("must start with http://, https:// or mailto:"));
        assertThatThrownBy(() -> new Hyperlink(URI.create("ftp://x.org/f"), null, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void whatCannotBeShownIsKeptAsTextWithALocatedNotice() {
        RichText t = RichText.parse("Intro\n\n![a diagram](img/d.png)\n\n<div>raw</div>\n\n---\n\n> quoted\n\n"
                + "| a | b |\n|---|---|\n| 1 | 2 |\n");
        String text = t.toPlainText();
        assertThat(text).contains("a diagram").contains("<div>raw</div>").contains("quoted").contains("| 1 | 2 |");
        assertThat(t.getNotices()).extracting(n -> n.getLine() + ":" + n.getColumn() + " " + n.getMessage())
                .anySatisfy(m -> assertThat(m).startsWith("3:1 an image").contains("img/d.png"))
                .anySatisfy(m -> assertThat(m).startsWith("5:1 HTML is not supported"))
                .anySatisfy(m -> assertThat(m).startsWith("7:1 a horizontal rule"))
                .anySatisfy(m -> assertThat(m).startsWith("9:1 a quotation"))
                .anySatisfy(m -> assertThat(m).startsWith("12:1 tables are not supported"));
    }

    @Test
    void hostileNestingIsFlattenedNotOverflowingTheStack() {
        String deep = "- a\n" + java.util.stream.IntStream.range(1, 3000).mapToObj(i -> "  ".repeat(i) + "- x" + i)
                .collect(Collectors.joining("\n"));
        RichText t = RichText.parse(deep);
        assertThat(t.toPlainText()).contains("x2999");
        String quotes = ">".repeat(50_000) + " deep";
        assertThat(RichText.parse(quotes).toPlainText()).contains("deep");
        String emphasis = "*".repeat(20_000) + "x" + "*".repeat(20_000);
        assertThat(RichText.parse(emphasis).toPlainText()).contains("x");
    }

    @Test
    void theModelParsesEachTextOnceAndSharesTheTree() {
        LocalizedText text = LocalizedText.of(java.util.Map.of("fi", "**Hei**", "en", "*Hello*"));
        RichText en = text.getRichText("en", "fi");
        assertThat(text.getRichText("en-GB", "fi")).isSameAs(en);
        assertThat(text.getRichText("de", "fi").toPlainText()).isEqualTo("Hei");
    }

    private static final Pattern ENTITY = Pattern.compile("&#?[A-Za-z0-9]+;");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    /**
     * Parsing never fails, and every word of letters in the source reaches the reader: in the text,
     * a link's address or title, or a notice (the address of an image, a link definition).
     */
    @Property(tries = 1000)
    void everyWordReachesTheReader(@ForAll @StringLength(max = 300) String source) {
        RichText parsed = RichText.parse(source);
        StringBuilder shown = new StringBuilder(parsed.toPlainText());
        parsed.getLinks().forEach(l -> shown.append(' ').append(l.getUrl()).append(' ').append(l.getTitle().orElse("")));
        parsed.getNotices().forEach(n -> shown.append(' ').append(n.getMessage()));
        String all = shown.toString();
        Matcher m = WORD.matcher(ENTITY.matcher(source).replaceAll(" "));
        while (m.find()) {
            assertThat(all).as("source %s", source).contains(m.group());
        }
    }
}
