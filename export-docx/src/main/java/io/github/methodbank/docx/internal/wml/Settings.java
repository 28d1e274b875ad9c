package io.github.methodbank.docx.internal.wml;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The document settings Word writes for a new document, so that Word opens ours as a current
 * document (compatibility mode 15, not Compatibility Mode): zoom, default tab stop, character
 * spacing, the compatibility settings, the theme font language and the number separators of the
 * document's language.
 */
public final class Settings {

    /** The URI of Word's compatibility settings. */
    public static final String WORD_URI = "http://schemas.microsoft.com/office/word";
    /** Word 2013 and later: the mode of a current document. */
    public static final int COMPATIBILITY_MODE = 15;

    /** The compatibility settings Word writes for a new document, name and value. */
    static final String[][] COMPAT = {
        {"compatibilityMode", Integer.toString(COMPATIBILITY_MODE)},
        {"overrideTableStyleFontSizeAndJustification", "1"},
        {"enableOpenTypeFeatures", "1"},
        {"doNotFlipMirrorIndents", "1"},
        {"differentiateMultirowTableHeaders", "1"},
        {"useWord2013TrackBottomHyphenation", "0"},
    };

    private Settings() {}

    /** Our settings part for a document in {@code wordLang} (such as fi-FI). */
    public static byte[] xml(String wordLang) {
        boolean comma = usesDecimalComma(wordLang);
        StringBuilder b = new StringBuilder(1024);
        b.append(XmlWriter.DECLARATION).append("<w:settings xmlns:w=\"").append(Ooxml.W).append("\">")
                .append("<w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"709\"/>")
                .append("<w:characterSpacingControl w:val=\"doNotCompress\"/><w:compat>");
        for (String[] c : COMPAT) {
            b.append("<w:compatSetting w:name=\"").append(c[0]).append("\" w:uri=\"").append(WORD_URI)
                    .append("\" w:val=\"").append(c[1]).append("\"/>");
        }
        b.append("</w:compat><w:themeFontLang w:val=\"");
        XmlWriter lang = new XmlWriter(32);
        lang.attr(wordLang);
        b.append(lang).append("\"/><w:decimalSymbol w:val=\"").append(comma ? "," : ".")
                .append("\"/><w:listSeparator w:val=\"").append(comma ? ";" : ",").append("\"/></w:settings>");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Whether numbers are written with a decimal comma in a language (so lists are separated by semicolons). */
    public static boolean usesDecimalComma(String wordLang) {
        String primary = wordLang.toLowerCase(Locale.ROOT);
        int dash = primary.indexOf('-');
        if (dash >= 0) {
            primary = primary.substring(0, dash);
        }
        return switch (primary) {
            case "en", "ja", "zh", "ko", "he", "th", "ga", "mt" -> false;
            default -> true;
        };
    }
}
