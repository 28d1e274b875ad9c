package io.github.methodbank.core;

import io.github.methodbank.core.internal.style.ModelStyle;
import java.lang.ref.SoftReference;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Text in one or more languages, keyed by BCP 47 language tag ({@code fi}, {@code sv},
 * {@code en}, {@code en-GB} ...).
 *
 * <p>Look-up falls back from the asked language to the bank's default language and then
 * to any language present, so a look-up never fails. A language tag that carries a region
 * ({@code sv-FI}) also matches its primary language ({@code sv}) and the other way round.
 * Instances are immutable and thread-safe.
 */
@Value.Immutable
@ModelStyle
public abstract class LocalizedText {

    LocalizedText() {
        // only the generated implementation extends this type
    }

    /** The texts by language tag, in the order they were given. Never empty. */
    public abstract Map<String, String> getValues();

    /** Text in a single language. */
    public static LocalizedText of(String language, String text) {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        return ImmutableLocalizedText.builder().putValue(language, text).build();
    }

    /** Text in several languages; the map must not be empty. */
    public static LocalizedText of(Map<String, String> values) {
        Objects.requireNonNull(values, "values");
        return ImmutableLocalizedText.builder().putAllValues(values).build();
    }

    /**
     * Whether {@code tag} is a language tag as the format takes them: a BCP 47 tag such as
     * {@code fi}, {@code sv-FI}, {@code en-GB} or {@code se}.
     */
    public static boolean isLanguageTag(String tag) {
        Objects.requireNonNull(tag, "tag");
        return Ids.isLanguageTag(tag);
    }

    /** The languages present, in the order given. */
    public Set<String> getLanguages() {
        return getValues().keySet();
    }

    /** The text in exactly this language (or its primary language), if present. */
    public Optional<String> find(String language) {
        Objects.requireNonNull(language, "language");
        String exact = getValues().get(language);
        if (exact != null) {
            return Optional.of(exact);
        }
        String primary = primary(language);
        for (Map.Entry<String, String> e : getValues().entrySet()) {
            if (e.getKey().equalsIgnoreCase(language) || primary(e.getKey()).equals(primary)) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    /**
     * The text in {@code language}, else in {@code defaultLanguage}, else in the first
     * language present.
     */
    public String get(String language, String defaultLanguage) {
        Optional<String> found = find(language);
        if (found.isPresent()) {
            return found.get();
        }
        if (defaultLanguage != null) {
            found = find(defaultLanguage);
            if (found.isPresent()) {
                return found.get();
            }
        }
        return getValues().values().iterator().next();
    }

    /** The language {@link #get(String, String)} would answer with. */
    public String resolveLanguage(String language, String defaultLanguage) {
        for (String wanted : new String[] {language, defaultLanguage}) {
            if (wanted == null) {
                continue;
            }
            if (getValues().containsKey(wanted)) {
                return wanted;
            }
            for (String key : getValues().keySet()) {
                if (primary(key).equals(primary(wanted))) {
                    return key;
                }
            }
        }
        return getValues().keySet().iterator().next();
    }

    /**
     * The text in {@code language} (with the fallback of {@link #get(String, String)}) read as
     * Markdown rich text. Each language is parsed on first use and the tree is shared while anyone
     * holds it or memory allows: a bank's parsed texts take about as much memory as its texts, so
     * under memory pressure the JVM may let a tree go, and it is parsed again (to an equal tree)
     * when next asked for.
     */
    public RichText getRichText(String language, String defaultLanguage) {
        String resolved = resolveLanguage(language, defaultLanguage);
        Map<String, SoftReference<RichText>> cache = parsed();
        SoftReference<RichText> kept = cache.get(resolved);
        RichText text = kept == null ? null : kept.get();
        if (text == null) {
            text = RichText.parse(getValues().get(resolved));
            cache.put(resolved, new SoftReference<>(text));
        }
        return text;
    }

    /** The rich texts parsed so far, by language, softly held. */
    @Value.Lazy
    Map<String, SoftReference<RichText>> parsed() {
        return new java.util.concurrent.ConcurrentHashMap<>(4);
    }

    /** Checks this value's invariants; the builder calls it, and so may anyone who wants to. */
    @Value.Check
    void check() {
        if (getValues().isEmpty()) {
            throw new IllegalArgumentException("a localized text needs at least one language");
        }
        for (String tag : getValues().keySet()) {
            if (!Ids.isLanguageTag(tag)) {
                throw new IllegalArgumentException("'" + tag + "' is not a language tag such as fi, sv, en or en-GB");
            }
        }
    }

    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }
}
