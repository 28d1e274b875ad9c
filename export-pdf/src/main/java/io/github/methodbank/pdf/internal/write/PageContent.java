package io.github.methodbank.pdf.internal.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;

/**
 * The bytes of one page's content stream, written directly: operators, numbers with at most three
 * decimals, names, and text as strings of the document's glyph codes. Reused from page to page
 * within one export. Not API.
 */
public final class PageContent {

    private static final long[] POW = {1, 10, 100, 1000};

    private byte[] buf = new byte[1 << 15];
    private int len;

    /** Empties the buffer for the next page. */
    void reset() {
        len = 0;
    }

    private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
    private final byte[] packed = new byte[1 << 14];

    /**
     * Writes the bytes Flate-compressed (zlib, the default level, as PDFBox's own filter does) to
     * {@code out}. One deflater serves every page of the export instead of a new one per stream.
     */
    void writeCompressedTo(OutputStream out) throws IOException {
        deflater.reset();
        deflater.setInput(buf, 0, len);
        deflater.finish();
        while (!deflater.finished()) {
            int n = deflater.deflate(packed);
            out.write(packed, 0, n);
        }
    }

    /** Frees the deflater's native memory; the content cannot be compressed afterwards. */
    void close() {
        deflater.end();
    }

    private void room(int n) {
        if (len + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
        }
    }

    /** An operator (or any ASCII token) and a line break. */
    PageContent op(String s) {
        room(s.length() + 1);
        for (int i = 0; i < s.length(); i++) {
            buf[len++] = (byte) s.charAt(i);
        }
        buf[len++] = '\n';
        return this;
    }

    /** An ASCII token and a space. */
    PageContent token(String s) {
        room(s.length() + 1);
        for (int i = 0; i < s.length(); i++) {
            buf[len++] = (byte) s.charAt(i);
        }
        buf[len++] = ' ';
        return this;
    }

    /** A number with at most two decimals (positions, in points) and a space. */
    PageContent num(float v) {
        return num(v, 2);
    }

    /** A number with at most {@code decimals} (0 to 3) decimals and a space. */
    PageContent num(float v, int decimals) {
        room(24);
        long scaled = Math.round((double) v * POW[decimals]);
        if (scaled < 0) {
            buf[len++] = '-';
            scaled = -scaled;
        }
        long whole = scaled / POW[decimals];
        long fraction = scaled % POW[decimals];
        digits(whole);
        if (fraction != 0) {
            buf[len++] = '.';
            int d = decimals;
            while (fraction % 10 == 0) { // no trailing zeros
                fraction /= 10;
                d--;
            }
            for (int k = d - 1; k >= 0; k--) {
                buf[len + k] = (byte) ('0' + fraction % 10);
                fraction /= 10;
            }
            len += d;
        }
        buf[len++] = ' ';
        return this;
    }

    private void digits(long v) {
        if (v == 0) {
            buf[len++] = '0';
            return;
        }
        int n = 0;
        for (long t = v; t > 0; t /= 10) {
            n++;
        }
        for (int k = n - 1; k >= 0; k--) {
            buf[len + k] = (byte) ('0' + v % 10);
            v /= 10;
        }
        len += n;
    }

    /**
     * A text string as a literal string of its two-byte glyph codes, then a space. Literal rather
     * than hex strings halve the bytes that have to be compressed; the bytes that are special in a
     * literal string (parentheses, backslash, end-of-line characters) are escaped.
     */
    PageContent glyphs(DocFonts.Face font, String text) throws IOException {
        room(2 + text.length() * 4 + 1);
        buf[len++] = '(';
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            int cp;
            if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                cp = text.codePointAt(i);
                i += 2;
            } else {
                cp = c;
                i++;
            }
            int code = font.code(cp);
            literal(code >> 8);
            literal(code & 0xFF);
        }
        buf[len++] = ')';
        buf[len++] = ' ';
        return this;
    }

    private void literal(int b) {
        switch (b) {
            case '(', ')', '\\' -> {
                buf[len++] = '\\';
                buf[len++] = (byte) b;
            }
            case '\r' -> {
                buf[len++] = '\\';
                buf[len++] = 'r';
            }
            case '\n' -> {
                buf[len++] = '\\';
                buf[len++] = 'n';
            }
            default -> buf[len++] = (byte) b;
        }
    }

    /** A PDF name such as {@code /F1}, then a space. */
    PageContent name(String name) {
        room(name.length() + 2);
        buf[len++] = '/';
        for (int i = 0; i < name.length(); i++) {
            buf[len++] = (byte) name.charAt(i);
        }
        buf[len++] = ' ';
        return this;
    }

    /** The content so far as text, for tests and messages. */
    @Override
    public String toString() {
        return new String(buf, 0, len, StandardCharsets.ISO_8859_1);
    }
}
