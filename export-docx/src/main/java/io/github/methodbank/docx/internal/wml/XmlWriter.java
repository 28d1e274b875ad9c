package io.github.methodbank.docx.internal.wml;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes XML 1.0 as UTF-8 into a growable buffer: markup as given, text and attribute values
 * escaped. Not thread-safe; one per part being written.
 *
 * <p>Text and attribute values must hold only characters XML 1.0 allows (tab, line feed,
 * carriage return, U+0020–U+D7FF, U+E000–U+FFFD and well-formed surrogate pairs): the
 * workshop writer removes the others beforehand and reports each removal, so one reaching
 * this class is a fault and fails with an {@link IllegalArgumentException} rather than being
 * written (which would make the document unreadable) or dropped without a word.
 */
public final class XmlWriter {

    /** The XML declaration every part starts with. */
    public static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    private byte[] buf;
    private int len;

    public XmlWriter(int capacity) {
        buf = new byte[Math.max(capacity, 64)];
    }

    /** Appends markup written by this program: ASCII only, not escaped. */
    public XmlWriter raw(String markup) {
        int n = markup.length();
        ensure(n);
        byte[] b = buf;
        int p = len;
        for (int i = 0; i < n; i++) {
            b[p++] = (byte) markup.charAt(i);
        }
        len = p;
        return this;
    }

    /** Appends a non-negative or negative whole number. */
    public XmlWriter num(long value) {
        return raw(Long.toString(value));
    }

    /** Appends character data: {@code & < >} escaped, a carriage return as a reference. */
    public XmlWriter text(String s) {
        return escape(s, false);
    }

    /** Appends an attribute value (the caller writes the quotes): {@code & < > "} escaped, tab and line breaks as references. */
    public XmlWriter attr(String s) {
        return escape(s, true);
    }

    /** Appends bytes that are already UTF-8 XML. */
    public XmlWriter bytes(byte[] utf8) {
        ensure(utf8.length);
        System.arraycopy(utf8, 0, buf, len, utf8.length);
        len += utf8.length;
        return this;
    }

    /** Appends a text that is already XML (markup and escaped text), encoding it as UTF-8. */
    public XmlWriter xml(String xml) {
        return bytes(xml.getBytes(StandardCharsets.UTF_8));
    }

    private XmlWriter escape(String s, boolean attribute) {
        int n = s.length();
        // the longest encoding of one char is 6 bytes ("&quot;"); a surrogate pair takes 4 for 2
        ensure(n * 6);
        byte[] b = buf;
        int p = len;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c >= 0x20) {
                    switch (c) {
                        case '&' -> p = put(b, p, "&amp;");
                        case '<' -> p = put(b, p, "&lt;");
                        case '>' -> p = put(b, p, "&gt;");
                        case '"' -> p = attribute ? put(b, p, "&quot;") : put1(b, p, c);
                        default -> b[p++] = (byte) c;
                    }
                } else if (c == '\n' || c == '\t') {
                    // attribute value normalisation would turn them into spaces
                    p = attribute ? put(b, p, c == '\n' ? "&#10;" : "&#9;") : put1(b, p, c);
                } else if (c == '\r') {
                    // a literal CR is normalised away by every parser
                    p = put(b, p, "&#13;");
                } else {
                    throw notAllowed(c, i);
                }
            } else if (c < 0x800) {
                b[p++] = (byte) (0xC0 | c >> 6);
                b[p++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                char low;
                if (!Character.isHighSurrogate(c) || i + 1 >= n || !Character.isLowSurrogate(low = s.charAt(i + 1))) {
                    throw notAllowed(c, i);
                }
                int cp = Character.toCodePoint(c, low);
                i++;
                b[p++] = (byte) (0xF0 | cp >> 18);
                b[p++] = (byte) (0x80 | cp >> 12 & 0x3F);
                b[p++] = (byte) (0x80 | cp >> 6 & 0x3F);
                b[p++] = (byte) (0x80 | cp & 0x3F);
            } else if (c >= 0xFFFE) {
                throw notAllowed(c, i);
            } else {
                b[p++] = (byte) (0xE0 | c >> 12);
                b[p++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[p++] = (byte) (0x80 | c & 0x3F);
            }
        }
        len = p;
        return this;
    }

    private static int put(byte[] b, int p, String ascii) {
        for (int i = 0; i < ascii.length(); i++) {
            b[p++] = (byte) ascii.charAt(i);
        }
        return p;
    }

    private static int put1(byte[] b, int p, char c) {
        b[p] = (byte) c;
        return p + 1;
    }

    private static IllegalArgumentException notAllowed(char c, int index) {
        return new IllegalArgumentException(String.format(
                "character U+%04X at position %d cannot be written in an XML document", (int) c, index + 1));
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }

    /** The bytes written so far; valid up to {@link #length()}. */
    public byte[] buffer() {
        return buf;
    }

    /** How many bytes have been written. */
    public int length() {
        return len;
    }

    /** A copy of the bytes written. */
    public byte[] toByteArray() {
        return Arrays.copyOf(buf, len);
    }

    @Override
    public String toString() {
        return new String(buf, 0, len, StandardCharsets.UTF_8);
    }
}
