package io.github.methodbank.core.internal;

import io.github.methodbank.core.RichText.Block;
import io.github.methodbank.core.RichText.BulletList;
import io.github.methodbank.core.RichText.Paragraph;
import io.github.methodbank.core.RichText.Run;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Parser of the rich-text mini-syntax. Not API. */
public final class RichTextParser {

    private RichTextParser() {}

    /** Splits source into blocks; total, never throws on any string. */
    public static List<Block> parse(String source) {
        String text = source.replace("\r\n", "\n").replace('\r', '\n');
        List<Block> blocks = new ArrayList<>();
        List<String> paragraph = new ArrayList<>();
        List<StringBuilder> bullets = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (line.isBlank()) {
                flush(blocks, paragraph, bullets);
                continue;
            }
            if (isBullet(line)) {
                flushParagraph(blocks, paragraph);
                bullets.add(new StringBuilder(line.stripLeading().substring(2).strip()));
            } else if (!bullets.isEmpty() && Character.isWhitespace(line.charAt(0))) {
                bullets.get(bullets.size() - 1).append(' ').append(line.strip());
            } else {
                flushBullets(blocks, bullets);
                paragraph.add(line.strip());
            }
        }
        flush(blocks, paragraph, bullets);
        return blocks;
    }

    private static boolean isBullet(String line) {
        String s = line.stripLeading();
        return s.startsWith("- ") && !s.substring(2).isBlank();
    }

    private static void flush(List<Block> blocks, List<String> paragraph, List<StringBuilder> bullets) {
        flushParagraph(blocks, paragraph);
        flushBullets(blocks, bullets);
    }

    private static void flushParagraph(List<Block> blocks, List<String> paragraph) {
        if (!paragraph.isEmpty()) {
            blocks.add(new Paragraph(inline(String.join(" ", paragraph))));
            paragraph.clear();
        }
    }

    private static void flushBullets(List<Block> blocks, List<StringBuilder> bullets) {
        if (!bullets.isEmpty()) {
            List<Paragraph> items = new ArrayList<>();
            for (StringBuilder b : bullets) {
                items.add(new Paragraph(inline(b.toString())));
            }
            blocks.add(new BulletList(items));
            bullets.clear();
        }
    }

    /**
     * Inline emphasis. A marker opens only when a matching closer follows, is not followed
     * by white space, and the closer is not preceded by white space; an opener left unclosed
     * is re-read as literal text, so no character is ever lost.
     */
    static List<Run> inline(String s) {
        Set<Integer> literal = new HashSet<>();
        while (true) {
            List<Run> runs = new ArrayList<>();
            int unclosed = tryInline(s, literal, runs);
            if (unclosed < 0) {
                return merge(runs);
            }
            literal.add(unclosed);
        }
    }

    private static int tryInline(String s, Set<Integer> literal, List<Run> out) {
        boolean bold = false;
        boolean italic = false;
        int boldAt = -1;
        int italicAt = -1;
        StringBuilder cur = new StringBuilder();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '*' && !literal.contains(i)) {
                boolean dbl = i + 1 < n && s.charAt(i + 1) == '*';
                int len = dbl ? 2 : 1;
                boolean closes = dbl ? bold : italic;
                if (closes && i > 0 && !Character.isWhitespace(s.charAt(i - 1))) {
                    emit(out, cur, bold, italic);
                    if (dbl) {
                        bold = false;
                    } else {
                        italic = false;
                    }
                    i += len;
                    continue;
                }
                if (!closes && i + len < n && !Character.isWhitespace(s.charAt(i + len))
                        && hasCloser(s, i + len, dbl)) {
                    emit(out, cur, bold, italic);
                    if (dbl) {
                        bold = true;
                        boldAt = i;
                    } else {
                        italic = true;
                        italicAt = i;
                    }
                    i += len;
                    continue;
                }
                cur.append(s, i, i + len);
                i += len;
                continue;
            }
            cur.append(c);
            i++;
        }
        emit(out, cur, bold, italic);
        if (bold) {
            return boldAt;
        }
        if (italic) {
            return italicAt;
        }
        return -1;
    }

    private static boolean hasCloser(String s, int from, boolean dbl) {
        for (int j = from + 1; j < s.length(); j++) {
            if (s.charAt(j) != '*' || Character.isWhitespace(s.charAt(j - 1))) {
                continue;
            }
            boolean nextIsStar = j + 1 < s.length() && s.charAt(j + 1) == '*';
            if (!dbl || nextIsStar) {
                return true;
            }
        }
        return false;
    }

    private static void emit(List<Run> out, StringBuilder cur, boolean bold, boolean italic) {
        if (cur.length() > 0) {
            out.add(new Run(cur.toString(), bold, italic));
            cur.setLength(0);
        }
    }

    private static List<Run> merge(List<Run> runs) {
        List<Run> merged = new ArrayList<>();
        for (Run r : runs) {
            if (!merged.isEmpty()) {
                Run last = merged.get(merged.size() - 1);
                if (last.bold() == r.bold() && last.italic() == r.italic()) {
                    merged.set(merged.size() - 1, new Run(last.text() + r.text(), r.bold(), r.italic()));
                    continue;
                }
            }
            merged.add(r);
        }
        return merged;
    }
}
