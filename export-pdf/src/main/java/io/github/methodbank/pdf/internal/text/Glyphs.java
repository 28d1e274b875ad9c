package io.github.methodbank.pdf.internal.text;

import io.github.methodbank.core.export.ExportListener;
import io.github.methodbank.pdf.internal.Spec;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Makes text printable with the card fonts: joins Arabic letters ({@link Arabic}), takes characters
 * an italic font lacks from its upright face, replaces characters no font has by a visible
 * replacement character, and reports to the export listener (once per method and character or
 * script) what cannot be printed as given. Whitespace becomes a plain space. One instance per
 * export call. Not API.
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

    /** The text with unshowable characters replaced and Arabic letters joined; warns about each. */
    public String clean(String text, int style, String methodId) {
        StringBuilder sb = new StringBuilder(text.length());
        process(text, style, style, methodId, (s, t) -> sb.append(t));
        return sb.toString();
    }

    /** Receives the runs of {@link #runs}. */
    @FunctionalInterface
    public interface Sink {
        /** A run of text in a style. */
        void run(int style, String text);
    }

    /**
     * Splits text of a style into runs the fonts can show. A character missing from an italic
     * font is taken from the upright font of the same weight (DejaVu's italics have no Arabic, for
     * example); one missing from both is replaced and reported as in {@link #clean}.
     */
    public void runs(String text, int style, String methodId, Sink sink) {
        process(text, style, upright(style), methodId, sink);
    }

    private static int upright(int style) {
        return switch (style) {
            case Spec.ITALIC -> Spec.REGULAR;
            case Spec.BOLD_ITALIC -> Spec.BOLD;
            default -> style;
        };
    }

    private void process(String text, int style, int fallback, String methodId, Sink sink) {
        FontData f = spec.font(style);
        if (Arabic.has(text)) {
            text = shaped(text, f, spec.font(fallback));
        }
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
            sink.run(style, text);
            return;
        }
        StringBuilder sb = new StringBuilder(text.length());
        int current = style;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int s = style;
            if (Character.isWhitespace(cp)) {
                cp = ' ';
                s = current; // a space stays in the run it is in
            } else if (!f.has(cp) && spec.font(fallback).has(cp)) {
                s = fallback;
            }
            if (s != current && sb.length() > 0) {
                sink.run(current, sb.toString());
                sb.setLength(0);
            }
            current = s;
            FontData font = spec.font(s);
            if (cp == ' ') {
                sb.append(' ');
            } else if (font.has(cp)) {
                warnUnshaped(cp, methodId);
                if (mark(cp) && font.advance(cp) > 0 && reported.add(methodId + '\u0000' + cp)) {
                    listener.warning(String.format(Locale.ROOT,
                            "method '%s': combining mark U+%04X%s is printed beside the letter before it, not on it"
                                    + " (font %s gives the mark a width of its own)",
                            methodId, cp, describe(cp), font.name()));
                }
                sb.appendCodePoint(cp);
            } else {
                int replacement = font.has(0xFFFD) ? 0xFFFD : '?';
                if (reported.add(methodId + '\u0000' + cp)) {
                    listener.warning(String.format(Locale.ROOT,
                            "method '%s': character U+%04X%s cannot be shown with font %s; printed as %s instead",
                            methodId, cp, describe(cp), font.name(), replacement == '?' ? "'?'" : "U+FFFD"));
                }
                sb.appendCodePoint(replacement);
            }
        }
        if (sb.length() > 0) {
            sink.run(current, sb.toString());
        }
    }

    /** Arabic with its letters joined where a font has the joined form; other letters stay as they are. */
    private static String shaped(String text, FontData font, FontData fallback) {
        return Arabic.shape(text, cp -> font.has(cp) || fallback.has(cp));
    }

    /** Reports, once per method and script, letters printed without the shaping their script needs. */
    private void warnUnshaped(int cp, String methodId) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (!SHAPED.contains(script)) {
            return;
        }
        if (script == Character.UnicodeScript.ARABIC) {
            if (Arabic.unjoined(cp) && reported.add(methodId + '\u0000' + script)) {
                listener.warning(String.format(Locale.ROOT,
                        "method '%s': Arabic-script letters are printed in their plain form, not joined to their"
                                + " neighbours, beginning with U+%04X%s (the cards join the letters of Arabic and"
                                + " Persian that the font has joined forms of)",
                        methodId, cp, describe(cp)));
            }
            return;
        }
        if (reported.add(methodId + '\u0000' + script)) {
            listener.warning(String.format(Locale.ROOT,
                    "method '%s': %s text is printed without joining or reordering its letters (the cards do"
                            + " not shape this script), so it may be hard to read",
                    methodId, script.name().charAt(0) + script.name().substring(1).toLowerCase(Locale.ROOT)));
        }
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
