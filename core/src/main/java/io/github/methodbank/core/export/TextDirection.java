package io.github.methodbank.core.export;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The direction text runs in, as exporters need it to lay out right-to-left paragraphs (Arabic,
 * Hebrew …) the way the Unicode bidirectional algorithm and the language say.
 */
public enum TextDirection {
    /** Left to right. */
    LEFT_TO_RIGHT,
    /** Right to left. */
    RIGHT_TO_LEFT,
    /** Text without a strong directional character (digits, punctuation, a time range). */
    NEUTRAL;

    private static final Set<String> RIGHT_TO_LEFT_LANGUAGES = Set.of("ar", "he", "iw", "fa", "ur", "yi", "ps", "sd",
            "ug", "dv", "ckb", "syr");

    /**
     * The direction of a paragraph by its first strong character (rule P2 of the Unicode
     * bidirectional algorithm), or {@link #NEUTRAL} when it has none.
     *
     * @param text the paragraph's text
     * @return the paragraph's direction
     */
    public static TextDirection of(CharSequence text) {
        Objects.requireNonNull(text, "text");
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            switch (Character.getDirectionality(cp)) {
                case Character.DIRECTIONALITY_LEFT_TO_RIGHT:
                    return LEFT_TO_RIGHT;
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC:
                    return RIGHT_TO_LEFT;
                default:
                    break;
            }
        }
        return NEUTRAL;
    }

    /**
     * The direction a language is written in: right to left for Arabic, Hebrew, Persian, Urdu and
     * the other languages written in those scripts, and for any tag with a right-to-left script
     * subtag (Arab, Hebr, Syrc, Thaa); left to right otherwise, also for such a language written in
     * Latin or Cyrillic ({@code ar-Latn}).
     *
     * @param languageTag a BCP 47 language tag such as {@code ar} or {@code fa-IR}
     * @return {@link #RIGHT_TO_LEFT} or {@link #LEFT_TO_RIGHT}
     */
    public static TextDirection ofLanguage(String languageTag) {
        Objects.requireNonNull(languageTag, "languageTag");
        String tag = languageTag.toLowerCase(Locale.ROOT);
        int dash = tag.indexOf('-');
        String primary = dash < 0 ? tag : tag.substring(0, dash);
        if (tag.contains("-arab") || tag.contains("-hebr") || tag.contains("-syrc") || tag.contains("-thaa")) {
            return RIGHT_TO_LEFT;
        }
        if (tag.contains("-latn") || tag.contains("-cyrl")) {
            return LEFT_TO_RIGHT; // a right-to-left language written in another script
        }
        return RIGHT_TO_LEFT_LANGUAGES.contains(primary) ? RIGHT_TO_LEFT : LEFT_TO_RIGHT;
    }
}
