package io.github.methodbank.core.internal;

/**
 * Makes text safe to print on one line of a terminal: control characters (C0, DEL, C1), line and
 * paragraph separators and the bidirectional overrides and isolates are written as <code>&#92;uXXXX</code>,
 * so a key or value from a file can neither move the cursor, ring the bell, change colours nor
 * start a line of its own. Not API.
 */
public final class Printable {
    private Printable() {}

    /** Whether the character is escaped by {@link #escape(String)}. */
    public static boolean escaped(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /** The text with every {@link #escaped(char)} character written as <code>&#92;uXXXX</code>; null stays null. */
    public static String escape(String s) {
        if (s == null) {
            return null;
        }
        int i = 0;
        while (i < s.length() && !escaped(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (escaped(c)) {
                sb.append(String.format("\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
