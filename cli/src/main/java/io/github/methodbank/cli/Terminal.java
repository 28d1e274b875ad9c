package io.github.methodbank.cli;

import io.github.methodbank.core.internal.Printable;

/**
 * Makes what the command prints safe for a terminal and for scripts: control characters (C0,
 * DEL, C1), line and paragraph separators and bidirectional overrides from a bank, a file name or
 * a library's message are written as <code>&#92;u001B</code> and the like (core's
 * {@link Printable}, the same escaping {@code Problem} uses), so they can neither move the cursor,
 * ring the bell, recolour the screen nor start a line (or a column) of their own.
 */
final class Terminal {
    private Terminal() {}

    /** The text with every such character written as a backslash, u and four hex digits; null as "null". */
    static String escape(String s) {
        return s == null ? "null" : Printable.escape(s);
    }
}
