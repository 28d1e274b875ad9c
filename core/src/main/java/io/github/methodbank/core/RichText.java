package io.github.methodbank.core;

import io.github.methodbank.core.internal.MarkdownReader;
import io.github.methodbank.core.internal.Syntax;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Text with structure, written in Markdown (CommonMark): paragraphs, headings, bullet and
 * numbered lists (nested), bold, italic, code, links and line breaks.
 *
 * <p>What the formats cannot show (images, raw HTML, tables, horizontal rules, quotations) is kept
 * as text and reported as a {@link Notice} with its line and column in the text; the loader turns
 * notices into located warnings. Parsing never fails.
 *
 * <p>A parsed text is an immutable tree of {@link Block}s holding {@link Inline}s; two rich texts
 * are equal when their blocks are equal. Thread-safe. The model parses each text once
 * ({@link LocalizedText#getRichText(String, String)}), so exporters share one tree.
 *
 * <p>(One file of some 600 lines on purpose: the tree's small value types are nested here, so that a
 * user finds the whole model of rich text in one place, as {@code RichText.Paragraph},
 * {@code RichText.Hyperlink} ….)
 */
public final class RichText {

    private static final RichText EMPTY = new RichText(List.of(), List.of());

    private final List<Block> blocks;
    private final List<Notice> notices;

    private RichText(List<Block> blocks, List<Notice> notices) {
        this.blocks = List.copyOf(blocks);
        this.notices = List.copyOf(notices);
    }

    /**
     * Parses Markdown; never fails.
     *
     * @param markdown the source text
     * @return the parsed text, with notices for what cannot be shown as written
     */
    public static RichText parse(String markdown) {
        Objects.requireNonNull(markdown, "markdown");
        MarkdownReader.Result r = MarkdownReader.read(markdown);
        return new RichText(r.blocks(), r.notices());
    }

    /**
     * Rich text made of the given blocks.
     *
     * @param blocks the blocks in order
     * @return the text
     */
    public static RichText of(List<Block> blocks) {
        Objects.requireNonNull(blocks, "blocks");
        return new RichText(blocks, List.of());
    }

    /** Rich text with no blocks. */
    public static RichText empty() {
        return EMPTY;
    }

    /** The blocks in order. */
    public List<Block> getBlocks() {
        return blocks;
    }

    /** What the text holds that the formats cannot show as written, with where it is in the source. */
    public List<Notice> getNotices() {
        return notices;
    }

    /** True when there is no text at all. */
    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    /**
     * The text without markup: blocks separated by blank lines, list items and line breaks by new
     * lines, links as their text.
     */
    public String toPlainText() {
        StringBuilder sb = new StringBuilder();
        appendBlocks(sb, blocks, "\n\n");
        return sb.toString();
    }

    private static void appendBlocks(StringBuilder sb, List<Block> blocks, String separator) {
        for (Block b : blocks) {
            int before = sb.length();
            if (b instanceof Paragraph p) {
                sb.append(p.toPlainText());
            } else if (b instanceof Heading h) {
                sb.append(h.toPlainText());
            } else {
                List<ListItem> items = ((ListBlock) b).getItems();
                for (int i = 0; i < items.size(); i++) {
                    if (i > 0) {
                        sb.append('\n');
                    }
                    appendBlocks(sb, items.get(i).getBlocks(), "\n");
                }
            }
            if (sb.length() > before) {
                sb.append(separator);
            }
        }
        // no separator after the last block
        if (sb.length() >= separator.length() && sb.substring(sb.length() - separator.length()).equals(separator)) {
            sb.setLength(sb.length() - separator.length());
        }
    }

    /** Every link of the text, in reading order, nested lists included. */
    public List<Hyperlink> getLinks() {
        List<Hyperlink> out = new ArrayList<>();
        collectLinks(blocks, out);
        return out;
    }

    private static void collectLinks(List<Block> blocks, List<Hyperlink> out) {
        for (Block b : blocks) {
            if (b instanceof Paragraph p) {
                p.getInlines().stream().filter(Hyperlink.class::isInstance).map(Hyperlink.class::cast).forEach(out::add);
            } else if (b instanceof Heading h) {
                h.getInlines().stream().filter(Hyperlink.class::isInstance).map(Hyperlink.class::cast).forEach(out::add);
            } else {
                for (ListItem item : ((ListBlock) b).getItems()) {
                    collectLinks(item.getBlocks(), out);
                }
            }
        }
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

    static String plain(List<Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        for (Inline i : inlines) {
            if (i instanceof Run r) {
                sb.append(r.getText());
            } else if (i instanceof Hyperlink l) {
                sb.append(plain(l.getInlines()));
            } else {
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- blocks

    /** A block of rich text: a {@link Paragraph}, a {@link Heading}, or a list. */
    public sealed interface Block permits Paragraph, Heading, ListBlock {}

    /** A list of items: {@link BulletList} or {@link NumberedList}. */
    public sealed interface ListBlock extends Block permits BulletList, NumberedList {
        /** The items in order. */
        List<ListItem> getItems();
    }

    /** A paragraph: inlines that wrap as one. */
    public static final class Paragraph implements Block {
        private final List<Inline> inlines;

        /**
         * A paragraph.
         *
         * @param inlines its content
         */
        public Paragraph(List<Inline> inlines) {
            this.inlines = List.copyOf(inlines);
        }

        /** The content. */
        public List<Inline> getInlines() {
            return inlines;
        }

        /** The paragraph's text without markup; line breaks as new lines. */
        public String toPlainText() {
            return plain(inlines);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Paragraph p && inlines.equals(p.inlines);
        }

        @Override
        public int hashCode() {
            return inlines.hashCode();
        }

        @Override
        public String toString() {
            return "Paragraph" + inlines;
        }
    }

    /** A heading inside a text, level 1 (the largest) to 6. */
    public static final class Heading implements Block {
        private final int level;
        private final List<Inline> inlines;

        /**
         * A heading.
         *
         * @param level 1 to 6
         * @param inlines its content
         */
        public Heading(int level, List<Inline> inlines) {
            if (level < 1 || level > 6) {
                throw new IllegalArgumentException("a heading level is 1 to 6, was " + level);
            }
            this.level = level;
            this.inlines = List.copyOf(inlines);
        }

        /** The level, 1 to 6. */
        public int getLevel() {
            return level;
        }

        /** The content. */
        public List<Inline> getInlines() {
            return inlines;
        }

        /** The heading's text without markup. */
        public String toPlainText() {
            return plain(inlines);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Heading h && level == h.level && inlines.equals(h.inlines);
        }

        @Override
        public int hashCode() {
            return level * 31 + inlines.hashCode();
        }

        @Override
        public String toString() {
            return "Heading" + level + inlines;
        }
    }

    /** A bullet list. */
    public static final class BulletList implements ListBlock {
        private final List<ListItem> items;

        /**
         * A bullet list.
         *
         * @param items its items
         */
        public BulletList(List<ListItem> items) {
            this.items = List.copyOf(items);
        }

        @Override
        public List<ListItem> getItems() {
            return items;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof BulletList l && items.equals(l.items);
        }

        @Override
        public int hashCode() {
            return items.hashCode();
        }

        @Override
        public String toString() {
            return "BulletList" + items;
        }
    }

    /** A numbered list, counting from {@link #getStart()}. */
    public static final class NumberedList implements ListBlock {
        private final int start;
        private final List<ListItem> items;

        /**
         * A numbered list.
         *
         * @param start the number of the first item, 0 or more
         * @param items its items
         */
        public NumberedList(int start, List<ListItem> items) {
            if (start < 0) {
                throw new IllegalArgumentException("a list cannot start at " + start);
            }
            this.start = start;
            this.items = List.copyOf(items);
        }

        /** The number of the first item. */
        public int getStart() {
            return start;
        }

        @Override
        public List<ListItem> getItems() {
            return items;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof NumberedList l && start == l.start && items.equals(l.items);
        }

        @Override
        public int hashCode() {
            return start * 31 + items.hashCode();
        }

        @Override
        public String toString() {
            return "NumberedList(" + start + ")" + items;
        }
    }

    /** One item of a list: its blocks (paragraphs, and lists nested in it). */
    public static final class ListItem {
        private final List<Block> blocks;

        /**
         * A list item.
         *
         * @param blocks its content
         */
        public ListItem(List<Block> blocks) {
            this.blocks = List.copyOf(blocks);
        }

        /** A list item of one plain paragraph. */
        public static ListItem of(String text) {
            return new ListItem(List.of(new Paragraph(List.of(Run.plain(text)))));
        }

        /** The content. */
        public List<Block> getBlocks() {
            return blocks;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ListItem i && blocks.equals(i.blocks);
        }

        @Override
        public int hashCode() {
            return blocks.hashCode();
        }

        @Override
        public String toString() {
            return "Item" + blocks;
        }
    }

    // ---------------------------------------------------------------- inlines

    /** Content of a paragraph or heading: a {@link Run} of text, a {@link Hyperlink} or a {@link LineBreak}. */
    public sealed interface Inline permits Run, Hyperlink, LineBreak {}

    /** A run of text with one style: bold, italic, code, or none. */
    public static final class Run implements Inline {
        private final String text;
        private final boolean bold;
        private final boolean italic;
        private final boolean code;

        /**
         * A run.
         *
         * @param text the text
         * @param bold strong emphasis
         * @param italic emphasis
         * @param code a code span
         */
        public Run(String text, boolean bold, boolean italic, boolean code) {
            this.text = Objects.requireNonNull(text, "text");
            this.bold = bold;
            this.italic = italic;
            this.code = code;
        }

        /** A run without emphasis. */
        public static Run plain(String text) {
            return new Run(text, false, false, false);
        }

        /** The text. */
        public String getText() {
            return text;
        }

        /** Whether it is bold (strong emphasis). */
        public boolean isBold() {
            return bold;
        }

        /** Whether it is italic (emphasis). */
        public boolean isItalic() {
            return italic;
        }

        /** Whether it is code. */
        public boolean isCode() {
            return code;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Run r && text.equals(r.text) && bold == r.bold && italic == r.italic && code == r.code;
        }

        @Override
        public int hashCode() {
            return Objects.hash(text, bold, italic, code);
        }

        @Override
        public String toString() {
            return (bold ? "**" : "") + (italic ? "*" : "") + (code ? "`" : "") + text + (code ? "`" : "")
                    + (italic ? "*" : "") + (bold ? "**" : "");
        }
    }

    /** A link in the text: an http, https or mailto URL, the runs that show it, and an optional title. */
    public static final class Hyperlink implements Inline {
        private final URI url;
        private final String title;
        private final List<Inline> inlines;

        /**
         * A link.
         *
         * @param url an http, https or mailto URL
         * @param title the link's title, or null
         * @param inlines the text that shows the link: runs and line breaks, no links
         * @throws IllegalArgumentException for another URL scheme or a link inside a link
         */
        public Hyperlink(URI url, String title, List<Inline> inlines) {
            this.url = Objects.requireNonNull(url, "url");
            String problem = Syntax.linkProblem(url);
            if (problem != null) {
                throw new IllegalArgumentException(problem);
            }
            this.title = title;
            this.inlines = List.copyOf(inlines);
            if (this.inlines.stream().anyMatch(Hyperlink.class::isInstance)) {
                throw new IllegalArgumentException("a link cannot hold another link");
            }
        }

        /** The URL. */
        public URI getUrl() {
            return url;
        }

        /** The link's title (shown on hover in a browser), if given. */
        public Optional<String> getTitle() {
            return Optional.ofNullable(title);
        }

        /** The text that shows the link. */
        public List<Inline> getInlines() {
            return inlines;
        }

        /** The link's text without markup. */
        public String toPlainText() {
            return plain(inlines);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Hyperlink l && url.equals(l.url) && Objects.equals(title, l.title)
                    && inlines.equals(l.inlines);
        }

        @Override
        public int hashCode() {
            return Objects.hash(url, title, inlines);
        }

        @Override
        public String toString() {
            return "[" + inlines + "](" + url + ")";
        }
    }

    /** A hard line break inside a paragraph. */
    public static final class LineBreak implements Inline {
        /** The line break. */
        public static final LineBreak INSTANCE = new LineBreak();

        private LineBreak() {}

        @Override
        public String toString() {
            return "\\n";
        }
    }

    // ---------------------------------------------------------------- notices

    /** Something in the source that the formats show differently than written, and where it is. */
    public static final class Notice {
        private final int line;
        private final int column;
        private final String message;

        /**
         * A notice.
         *
         * @param line 1-based line in the text
         * @param column 1-based column in the line
         * @param message what is shown differently, in plain words
         */
        public Notice(int line, int column, String message) {
            this.line = line;
            this.column = column;
            this.message = Objects.requireNonNull(message, "message");
        }

        /** The 1-based line in the text. */
        public int getLine() {
            return line;
        }

        /** The 1-based column in the line. */
        public int getColumn() {
            return column;
        }

        /** What is shown differently, in plain words. */
        public String getMessage() {
            return message;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Notice n && line == n.line && column == n.column && message.equals(n.message);
        }

        @Override
        public int hashCode() {
            return Objects.hash(line, column, message);
        }

        @Override
        public String toString() {
            return "line " + line + ", column " + column + ": " + message;
        }
    }
}
