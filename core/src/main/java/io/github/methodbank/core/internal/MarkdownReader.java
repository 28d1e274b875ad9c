package io.github.methodbank.core.internal;

import io.github.methodbank.core.RichText;
import io.github.methodbank.core.RichText.Block;
import io.github.methodbank.core.RichText.Inline;
import io.github.methodbank.core.RichText.Notice;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads Markdown with commonmark-java into the {@link RichText} model: what the model holds is
 * mapped onto it, everything else is kept as text with a {@link Notice}. No commonmark type leaves
 * this class. Thread-safe. Not API.
 */
public final class MarkdownReader {

    /** Lists nested deeper than this are kept as plain paragraphs (a guard against hostile input). */
    static final int MAX_DEPTH = 8;

    private static final Parser PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .maxOpenBlockParsers(64)
            .maxInlineNesting(32)
            .build();

    /** The blocks and notices of one text. */
    public record Result(List<Block> blocks, List<Notice> notices) {}

    private final List<Notice> notices = new ArrayList<>();

    private MarkdownReader() {}

    /** Parses a text; never fails. */
    public static Result read(String markdown) {
        MarkdownReader r = new MarkdownReader();
        Node doc = PARSER.parse(markdown);
        List<Block> blocks = new ArrayList<>();
        r.blocks(doc, blocks, 0);
        r.tables(markdown);
        return new Result(blocks, r.notices);
    }

    // ---------------------------------------------------------------- blocks

    private void blocks(Node parent, List<Block> out, int depth) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            block(n, out, depth);
        }
    }

    private void block(Node n, List<Block> out, int depth) {
        if (n instanceof Paragraph) {
            List<Inline> inlines = inlines(n);
            if (!inlines.isEmpty()) {
                out.add(new RichText.Paragraph(inlines));
            }
        } else if (n instanceof Heading h) {
            out.add(new RichText.Heading(h.getLevel(), inlines(h)));
        } else if (n instanceof BulletList || n instanceof OrderedList) {
            if (depth >= MAX_DEPTH) {
                notice(n, "lists are nested more than " + MAX_DEPTH + " deep; the deeper ones are shown as paragraphs");
                flatten(n, out);
                return;
            }
            List<RichText.ListItem> items = new ArrayList<>();
            for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
                List<Block> content = new ArrayList<>();
                if (item instanceof ListItem) {
                    blocks(item, content, depth + 1);
                } else {
                    block(item, content, depth + 1);
                }
                items.add(new RichText.ListItem(content));
            }
            out.add(n instanceof OrderedList o ? new RichText.NumberedList(Math.max(0, o.getMarkerStartNumber() == null
                    ? 1 : o.getMarkerStartNumber()), items) : new RichText.BulletList(items));
        } else if (n instanceof FencedCodeBlock f) {
            if (f.getInfo() != null && !f.getInfo().isBlank()) {
                notice(n, "the code block's language '" + shorten(f.getInfo()) + "' is not shown");
            }
            codeBlock(f.getLiteral(), out);
        } else if (n instanceof IndentedCodeBlock c) {
            codeBlock(c.getLiteral(), out);
        } else if (n instanceof BlockQuote) {
            notice(n, "a quotation (>) is shown as ordinary text");
            if (depth >= MAX_DEPTH) {
                flatten(n, out);
            } else {
                blocks(n, out, depth + 1);
            }
        } else if (n instanceof HtmlBlock html) {
            notice(n, "HTML is not supported; it is shown as written");
            codeBlock(html.getLiteral(), out);
        } else if (n instanceof ThematicBreak) {
            notice(n, "a horizontal rule is not shown");
        } else if (n instanceof LinkReferenceDefinition d) {
            // it gives links written [text][label] their URL; it shows nothing itself
            notice(n, "the link definition [" + shorten(d.getLabel()) + "]: " + shorten(d.getDestination())
                    + (d.getTitle() == null ? "" : " \"" + shorten(d.getTitle()) + "\"")
                    + " is used by the links that name it and is not shown itself");
        } else {
            // a node type this version does not know: keep its text
            flatten(n, out);
        }
    }

    private static void codeBlock(String literal, List<Block> out) {
        String text = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
        if (text.isBlank()) {
            return;
        }
        List<Inline> inlines = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                inlines.add(RichText.LineBreak.INSTANCE);
            }
            if (!lines[i].isEmpty()) {
                inlines.add(new RichText.Run(lines[i], false, false, true));
            }
        }
        out.add(new RichText.Paragraph(inlines));
    }

    /** Keeps the text of a subtree as one paragraph per leaf block, without recursion. */
    private void flatten(Node root, List<Block> out) {
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (n instanceof Paragraph || n instanceof Heading) {
                List<Inline> inlines = inlines(n);
                if (!inlines.isEmpty()) {
                    out.add(new RichText.Paragraph(inlines));
                }
                continue;
            }
            if (n instanceof FencedCodeBlock f) {
                codeBlock(f.getLiteral(), out);
                continue;
            }
            if (n instanceof IndentedCodeBlock c) {
                codeBlock(c.getLiteral(), out);
                continue;
            }
            if (n instanceof HtmlBlock h) {
                codeBlock(h.getLiteral(), out);
                continue;
            }
            List<Node> children = new ArrayList<>();
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                children.add(c);
            }
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(children.get(i));
            }
        }
    }

    // ---------------------------------------------------------------- inlines

    /** The inlines of a paragraph or heading, with adjacent runs of one style merged. */
    private List<Inline> inlines(Node parent) {
        Inlines out = new Inlines();
        inlines(parent, false, false, out, null);
        return out.done();
    }

    private void inlines(Node parent, boolean bold, boolean italic, Inlines out, Node inLink) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                out.run(t.getLiteral(), bold, italic, false);
            } else if (n instanceof Code c) {
                out.run(c.getLiteral(), bold, italic, true);
            } else if (n instanceof SoftLineBreak) {
                out.run(" ", bold, italic, false);
            } else if (n instanceof HardLineBreak) {
                out.lineBreak();
            } else if (n instanceof StrongEmphasis) {
                inlines(n, true, italic, out, inLink);
            } else if (n instanceof Emphasis) {
                inlines(n, bold, true, out, inLink);
            } else if (n instanceof Link link) {
                link(link, bold, italic, out, inLink);
            } else if (n instanceof Image img) {
                notice(n, "an image in the text is shown as its description; its address "
                        + shorten(img.getDestination())
                        + (img.getTitle() == null || img.getTitle().isBlank() ? " is"
                                : " and its title '" + shorten(img.getTitle()) + "' are")
                        + " not shown (use the method's image field)");
                inlines(n, bold, italic, out, inLink);
            } else if (n instanceof HtmlInline html) {
                notice(n, "HTML is not supported; '" + shorten(html.getLiteral()) + "' is shown as written");
                out.run(html.getLiteral(), bold, italic, false);
            } else {
                inlines(n, bold, italic, out, inLink);
            }
        }
    }

    private void link(Link link, boolean bold, boolean italic, Inlines out, Node inLink) {
        String destination = link.getDestination();
        URI url = null;
        String problem;
        try {
            url = new URI(destination);
            problem = Syntax.linkProblem(url);
        } catch (URISyntaxException e) {
            problem = "'" + shorten(destination) + "' is not a valid URL";
        }
        if (problem != null || inLink != null) {
            notice(link, (problem != null ? problem : "a link inside a link") + "; it is shown as text");
            inlines(link, bold, italic, out, inLink);
            if (!destination.isEmpty()) {
                out.run(" (" + destination + ")", bold, italic, false);
            }
            return;
        }
        Inlines text = new Inlines();
        inlines(link, bold, italic, text, link);
        List<Inline> shown = text.done();
        if (shown.isEmpty()) {
            shown = List.of(new RichText.Run(destination, bold, italic, false));
        }
        out.add(new RichText.Hyperlink(url, link.getTitle(), shown));
    }

    /** Collects inlines, merging neighbouring runs of one style. */
    private static final class Inlines {
        private final List<Inline> list = new ArrayList<>();
        private StringBuilder text;
        private boolean bold;
        private boolean italic;
        private boolean code;

        void run(String s, boolean b, boolean i, boolean c) {
            if (s.isEmpty()) {
                return;
            }
            if (text != null && b == bold && i == italic && c == code) {
                text.append(s);
                return;
            }
            flush();
            text = new StringBuilder(s);
            bold = b;
            italic = i;
            code = c;
        }

        void lineBreak() {
            flush();
            list.add(RichText.LineBreak.INSTANCE);
        }

        void add(Inline inline) {
            flush();
            list.add(inline);
        }

        private void flush() {
            if (text != null) {
                list.add(new RichText.Run(text.toString(), bold, italic, code));
                text = null;
            }
        }

        List<Inline> done() {
            flush();
            // a paragraph does not start or end with a break or blank space
            while (!list.isEmpty() && list.get(list.size() - 1) instanceof RichText.LineBreak) {
                list.remove(list.size() - 1);
            }
            return list;
        }
    }

    // ---------------------------------------------------------------- notices

    private void notice(Node n, String message) {
        List<SourceSpan> spans = n.getSourceSpans();
        int line = 1;
        int column = 1;
        if (!spans.isEmpty()) {
            line = spans.get(0).getLineIndex() + 1;
            column = spans.get(0).getColumnIndex() + 1;
        }
        notices.add(new Notice(line, column, message));
    }

    /** Tables are not Markdown that CommonMark reads: their rows stay text; say so once. */
    private void tables(String markdown) {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= markdown.length(); i++) {
            if (i == markdown.length() || markdown.charAt(i) == '\n') {
                if (isTableRule(markdown, start, i)) {
                    notices.add(new Notice(line, 1, "tables are not supported; the table is shown as text"));
                    return;
                }
                line++;
                start = i + 1;
            }
        }
    }

    /** A line such as {@code |---|:---:|} or {@code --- | ---}. */
    private static boolean isTableRule(String s, int from, int to) {
        int pipes = 0;
        int dashes = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '|') {
                pipes++;
            } else if (c == '-') {
                dashes++;
            } else if (c != ':' && c != ' ' && c != '\t') {
                return false;
            }
        }
        return pipes >= 1 && dashes >= 3;
    }

    private static String shorten(String s) {
        String one = s == null ? "" : s.replace('\n', ' ').strip();
        return one.length() <= 60 ? one : one.substring(0, 57) + "\u2026";
    }
}
