package io.github.methodbank.pdf.internal;

import io.github.methodbank.core.export.ExportListener;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Replaces characters a font cannot show by a visible replacement character and reports each one
 * (once per method and character) to the export listener. Whitespace becomes a plain space. One
 * instance per export call. Not API.
 */
public final class Glyphs {

    private final Spec spec;
    private final ExportListener listener;
    private final Set<String> reported = new HashSet<>();

    /** Glyph checking for one export. */
    public Glyphs(Spec spec, ExportListener listener) {
        this.spec = spec;
        this.listener = listener;
    }

    /** The text with unshowable characters replaced; warns about each. */
    public String clean(String text, int style, String methodId) {
        FontData f = spec.font(style);
        boolean ok = true;
        for (int i = 0; i < text.length() && ok; i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                ok = false; // the slow path below checks pairs
            } else if (c != ' ' && (f.advance(c) < 0 || Character.isWhitespace(c) || (c >= 0x0600 && c < 0x1900))) {
                ok = false;
            } else if (c >= 0x0300 && f.advance(c) > 0 && mark(c)) {
                ok = false;
            }
        }
        if (ok) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp)) {
                sb.append(' ');
            } else if (f.has(cp)) {
                Character.UnicodeScript script = Character.UnicodeScript.of(cp);
                if (SHAPED.contains(script) && reported.add(methodId + '\u0000' + script)) {
                    listener.warning(String.format(Locale.ROOT,
                            "method '%s': %s text is printed without joining or reordering its letters (the cards do"
                                    + " not shape this script), so it may be hard to read",
                            methodId, script.name().charAt(0) + script.name().substring(1).toLowerCase(Locale.ROOT)));
                }
                if (mark(cp) && f.advance(cp) > 0 && reported.add(methodId + '\u0000' + cp)) {
                    listener.warning(String.format(Locale.ROOT,
                            "method '%s': combining mark U+%04X%s is printed beside the letter before it, not on it"
                                    + " (font %s gives the mark a width of its own)",
                            methodId, cp, describe(cp), f.name()));
                }
                sb.appendCodePoint(cp);
            } else {
                int replacement = f.has(0xFFFD) ? 0xFFFD : '?';
                if (reported.add(methodId + '\u0000' + cp)) {
                    listener.warning(String.format(Locale.ROOT,
                            "method '%s': character U+%04X%s cannot be shown with font %s; printed as %s instead",
                            methodId, cp, describe(cp), f.name(), replacement == '?' ? "'?'" : "U+FFFD"));
                }
                sb.appendCodePoint(replacement);
            }
        }
        return sb.toString();
    }

    /** Scripts whose letters change shape or order in context, which PDFBox without GSUB does not do. */
    private static final Set<Character.UnicodeScript> SHAPED = java.util.EnumSet.of(
            Character.UnicodeScript.ARABIC, Character.UnicodeScript.SYRIAC, Character.UnicodeScript.THAANA,
            Character.UnicodeScript.NKO, Character.UnicodeScript.DEVANAGARI, Character.UnicodeScript.BENGALI,
            Character.UnicodeScript.GURMUKHI, Character.UnicodeScript.GUJARATI, Character.UnicodeScript.ORIYA,
            Character.UnicodeScript.TAMIL, Character.UnicodeScript.TELUGU, Character.UnicodeScript.KANNADA,
            Character.UnicodeScript.MALAYALAM, Character.UnicodeScript.SINHALA, Character.UnicodeScript.TIBETAN,
            Character.UnicodeScript.MYANMAR, Character.UnicodeScript.KHMER, Character.UnicodeScript.MONGOLIAN);

    /**
     * Whether a code point is a mark drawn on the character before it. Fonts give such marks no
     * advance and draw them to the left of their origin, so that without glyph positioning they
     * still land on a base letter of ordinary width.
     */
    static boolean mark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static String describe(int cp) {
        String name = Character.getName(cp);
        return name == null ? "" : " (" + name + ")";
    }
}
