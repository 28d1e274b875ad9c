package io.github.methodbank.html.internal;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes HTML where markup and text cannot mix: element and attribute names are written only from
 * this module's constants ({@link #raw(String)} is for literal markup), and everything else goes
 * through {@link #text(String)} or {@link #attr(String, String)}, which escape it. Characters that HTML
 * forbids (control characters, lone surrogates, noncharacters) become U+FFFD. Not thread-safe; not API.
 */
public final class Html {

    private final Appendable out;

    /**
     * A writer into {@code out}.
     *
     * @param out where the markup goes
     */
    public Html(Appendable out) {
        this.out = out;
    }

    /** Literal markup from this module: never text from a bank. */
    public Html raw(String markup) {
        try {
            out.append(markup);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Text, escaped for element content. */
    public Html text(String text) {
        return escaped(text, false);
    }

    /** An attribute with a value, escaped: {@code  name="value"}. The name is a constant of this module. */
    public Html attr(String name, String value) {
        raw(" ").raw(name).raw("=\"");
        escaped(value, true);
        return raw("\"");
    }

    /** A whole number as text. */
    public Html num(long n) {
        return raw(Long.toString(n));
    }

    private Html escaped(String s, boolean attribute) {
        try {
            int start = 0;
            int n = s.length();
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                String rep = null;
                int skip = 0;
                if (c == '<') {
                    rep = "&lt;";
                } else if (c == '>') {
                    rep = "&gt;";
                } else if (c == '&') {
                    rep = "&amp;";
                } else if (attribute && c == '"') {
                    rep = "&quot;";
                } else if (attribute && c == '\'') {
                    rep = "&#39;";
                } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, s.charAt(i + 1));
                    if ((cp & 0xFFFE) == 0xFFFE) {
                        rep = "\uFFFD";
                        skip = 1;
                    } else {
                        i++;
                        continue;
                    }
                } else if (!allowed(c)) {
                    rep = "\uFFFD";
                }
                if (rep != null) {
                    out.append(s, start, i).append(rep);
                    i += skip;
                    start = i + 1;
                }
            }
            out.append(s, start, n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Whether HTML allows a UTF-16 unit that is not part of a surrogate pair. */
    private static boolean allowed(char c) {
        if (c < 0x20) {
            return c == '\n' || c == '\t' || c == '\r';
        }
        if (c >= 0x7F && c <= 0x9F) {
            return false;
        }
        if (Character.isSurrogate(c)) {
            return false; // a lone surrogate
        }
        return !(c >= 0xFDD0 && c <= 0xFDEF) && c != 0xFFFE && c != 0xFFFF;
    }

    /** The text as HTML allows it: forbidden characters replaced, nothing escaped (for JSON and file content). */
    public static String clean(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(i + 1));
                ok = (cp & 0xFFFE) != 0xFFFE;
                if (ok) {
                    if (sb != null) {
                        sb.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
                if (sb == null) {
                    sb = new StringBuilder(s.length()).append(s, 0, i);
                }
                sb.append('\uFFFD');
                i++;
                continue;
            }
            ok = allowed(c);
            if (!ok && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (sb != null) {
                sb.append(ok ? c : '\uFFFD');
            }
        }
        return sb == null ? s : sb.toString();
    }
}
