package io.github.methodbank.core.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * The fixed texts of exports in one language: Finnish, Swedish or English, from the resource
 * bundle {@code io/github/methodbank/core/export/labels.properties} (English) with
 * {@code labels_fi.properties} and {@code labels_sv.properties}, read as UTF-8. Every format, first-party
 * or not, takes its field and section names from here, so a field is called the same on a card,
 * in a workshop document and on a web page.
 *
 * <p>Languages other than the three fall back to English; a tag with a region ({@code sv-FI})
 * takes its language's labels. Immutable and thread-safe.
 */
public final class Labels {

    /** The languages that have labels of their own; others get English. */
    public static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    private static final Map<String, Labels> CATALOGS = Map.of("fi", load("fi"), "sv", load("sv"), "en", load("en"));

    private final String language;
    private final Map<LabelKey, String> texts;

    private Labels(String language, Map<LabelKey, String> texts) {
        this.language = language;
        this.texts = texts;
    }

    /**
     * The labels for a language tag such as {@code fi}, {@code sv-FI} or {@code en}; English for
     * languages without labels of their own.
     *
     * @param languageTag a BCP 47 language tag
     * @return the labels
     */
    public static Labels forLanguage(String languageTag) {
        Objects.requireNonNull(languageTag, "languageTag");
        String primary = languageTag.toLowerCase(Locale.ROOT);
        int dash = primary.indexOf('-');
        if (dash >= 0) {
            primary = primary.substring(0, dash);
        }
        return CATALOGS.getOrDefault(primary, CATALOGS.get("en"));
    }

    /** The language of these labels: {@code fi}, {@code sv} or {@code en}. */
    public String getLanguage() {
        return language;
    }

    /**
     * The text of a label.
     *
     * @param key the label
     * @return its text in this language
     */
    public String get(LabelKey key) {
        return texts.get(Objects.requireNonNull(key, "key"));
    }

    /**
     * The text of a label with its placeholders ({@code {0}}, {@code {1}} …) filled in.
     *
     * @param key the label
     * @param arguments the values of the placeholders
     * @return the text
     */
    public String format(LabelKey key, Object... arguments) {
        return new MessageFormat(get(key), Locale.forLanguageTag(language)).format(arguments);
    }

    /**
     * A range as people read it: "60–90 min", "5+ people", "up to 30 min", "15–30 min per user", or
     * the note alone ("Flexible").
     *
     * @param range the range
     * @param unit the unit after the numbers ({@link LabelKey#MINUTES}, {@link LabelKey#PEOPLE}), or null for none
     * @param note the range's note in the language wanted, or null
     * @return the text
     */
    public String formatRange(io.github.methodbank.core.Range range, LabelKey unit, String note) {
        Objects.requireNonNull(range, "range");
        String numbers = range.formatNumbers().orElse(null);
        String unitText = unit == null ? "" : " " + get(unit);
        String shown;
        if (numbers != null) {
            shown = numbers + unitText;
        } else if (range.getMax().isPresent()) {
            shown = format(LabelKey.UP_TO, range.getMax().getAsInt() + unitText);
        } else {
            shown = null;
        }
        if (note == null || note.isBlank()) {
            return shown == null ? "" : shown;
        }
        return shown == null ? note : shown + " " + note;
    }

    @Override
    public String toString() {
        return "Labels[" + language + "]";
    }

    /** The bundle of a language as a resource name: English is the base bundle. */
    static String resource(String language) {
        return language.equals("en") ? "labels.properties" : "labels_" + language + ".properties";
    }

    private static Labels load(String language) {
        // read as UTF-8 properties by hand: a ResourceBundle.Control is not allowed in a named module
        Properties bundle = new Properties();
        try (InputStream in = Labels.class.getResourceAsStream(resource(language))) {
            if (in == null) {
                throw new IllegalStateException("the labels of language " + language + " are missing from methodbank-core");
            }
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<LabelKey, String> texts = new EnumMap<>(LabelKey.class);
        for (LabelKey k : LabelKey.values()) {
            String text = bundle.getProperty(k.getKey());
            if (text == null) {
                throw new IllegalStateException("label '" + k.getKey() + "' is missing for language " + language);
            }
            texts.put(k, text);
        }
        return new Labels(language, texts);
    }
}
