package io.github.methodbank.core;

import io.github.methodbank.core.internal.RichTextParser;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Text with a little structure: paragraphs, bullet lists, bold and italic.
 *
 * <p>The source syntax is deliberately small. Paragraphs are separated by a blank line;
 * lines starting with {@code "- "} form a bullet list (an indented line continues the
 * bullet above it); {@code **bold**} and {@code *italic*} mark emphasis. Nothing else is
 * markup: unknown or unmatched markup stays literal text, so parsing never fails and never
 * loses a character other than the markers themselves.
 *
 * <p>Instances are immutable and thread-safe; two rich texts are equal when their blocks
 * are equal.
 */
public final class RichText {

    /** A block of rich text: a {@link Paragraph} or a {@link BulletList}. */
    public sealed interface Block permits Paragraph, BulletList {}

    /** A run of text with one emphasis. */
    public record Run(String text, boolean bold, boolean italic) {
        /** Creates a run; {@code text} must not be null. */
        public Run {
            Objects.requireNonNull(text, "text");
        }

        /** A run without emphasis. */
        public static Run plain(String text) {
            return new Run(text, false, false);
        }
    }

    /** A paragraph: inline runs that wrap as one. */
    public record Paragraph(List<Run> runs) implements Block {
        /** Creates a paragraph from its runs. */
        public Paragraph {
            runs = List.copyOf(runs);
        }

        /** The paragraph's text without markup. */
        public String plainText() {
            return runs.stream().map(Run::text).collect(Collectors.joining());
        }
    }

    /** A bullet list; each item is a paragraph. */
    public record BulletList(List<Paragraph> items) implements Block {
        /** Creates a list from its items. */
        public BulletList {
            items = List.copyOf(items);
        }
    }

    private static final RichText EMPTY = new RichText(List.of());

    private final List<Block> blocks;

    private RichText(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    /** Parses the mini-syntax; never fails. */
    public static RichText parse(String source) {
        Objects.requireNonNull(source, "source");
        return new RichText(RichTextParser.parse(source));
    }

    /** Rich text made of the given blocks. */
    public static RichText of(List<Block> blocks) {
        Objects.requireNonNull(blocks, "blocks");
        return new RichText(blocks);
    }

    /** Rich text with no blocks. */
    public static RichText empty() {
        return EMPTY;
    }

    /** The blocks in order. */
    public List<Block> getBlocks() {
        return blocks;
    }

    /** True when there is no text at all. */
    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    /** The text without markup: blocks separated by blank lines, bullets by new lines. */
    public String toPlainText() {
        return blocks.stream()
                .map(b -> b instanceof Paragraph p
                        ? p.plainText()
                        : ((BulletList) b).items().stream().map(Paragraph::plainText).collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n\n"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RichText other && blocks.equals(other.blocks);
    }

    @Override
    public int hashCode() {
        return blocks.hashCode();
    }

    @Override
    public String toString() {
        return "RichText" + blocks;
    }
}
