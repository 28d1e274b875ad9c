package io.github.methodbank.cli;

/**
 * Makes what the command prints safe for a terminal and for scripts: control characters (C0,
 * DEL, C1), line and paragraph separators and bidirectional overrides from a bank, a file name or
 * a library's message are written as <code>&#92;u001B</code> and the like, so they can neither move
 * the cursor, ring the bell, recolour the screen nor start a line (or a column) of their own.
 */
final class Terminal {
    private Terminal() {}

    static boolean escaped(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /** The text with every such character written as a backslash, u and four hex digits; null as "null". */
    static String escape(String s) {
        if (s == null) {
            return "null";
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
