package io.github.methodbank.core.export;

import io.github.methodbank.core.LocalizedText;
import io.github.methodbank.core.Method;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.RichText;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One export call: the bank, the methods in the order they are exported, the language,
 * and (for reproducible output) a fixed timestamp. Immutable.
 */
@Value.Immutable
public abstract class ExportJob {

    ExportJob() {
        // only the generated implementation extends this type
    }

    /** The bank the methods come from. */
    public abstract MethodBank getBank();

    /** The methods to export, in order; each belongs to the bank. May be empty. */
    public abstract List<Method> getMethods();

    /** The language to export in (BCP 47 tag); texts fall back to the bank's default language. */
    public abstract String getLanguage();

    /**
     * The timestamp to write into documents. When absent, exporters use
     * {@code SOURCE_DATE_EPOCH} from the environment if set, else the current time.
     */
    public abstract Optional<Instant> getTimestamp();

    /** Hears progress and warnings. Not part of equality. */
    @Value.Default
    @Value.Auxiliary
    public ExportListener getListener() {
        return ExportListener.NONE;
    }

    /** A job for these methods of the bank. */
    public static ExportJob of(MethodBank bank, List<Method> methods, String language) {
        Objects.requireNonNull(bank, "bank");
        Objects.requireNonNull(methods, "methods");
        Objects.requireNonNull(language, "language");
        return builder().bank(bank).methods(methods).language(language).build();
    }

    /** A job for every method of the bank, in the bank's default language. */
    public static ExportJob allOf(MethodBank bank) {
        Objects.requireNonNull(bank, "bank");
        return of(bank, bank.getMethods(), bank.getDefaultLanguage());
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link ExportJob}. */
    public static final class Builder extends ImmutableExportJob.Builder {}

    /** The text in the job's language with the bank's fallback. */
    public String text(LocalizedText text) {
        return getBank().text(text, getLanguage());
    }

    /** The rich text in the job's language with the bank's fallback, parsed. */
    public RichText richText(LocalizedText text) {
        return getBank().richText(text, getLanguage());
    }

    /**
     * The method's image, read through the bank's resources and checked by the image gate
     * ({@link MethodImage}); empty when the method has none, and empty after a warning to the
     * {@link #getListener() listener} naming the method and the image when it cannot be read or is
     * refused (damaged, cut short, over a limit, not a regular file of the bank). The method is then
     * exported without it. Each call reads and checks the image anew: an exporter that shows one
     * image several times keeps what it got.
     */
    public Optional<MethodImage> image(Method method) {
        Objects.requireNonNull(method, "method");
        if (method.getImage().isEmpty()) {
            return Optional.empty();
        }
        String path = method.getImage().get();
        try {
            return Optional.of(MethodImage.read(getBank(), path));
        } catch (java.io.IOException e) {
            getListener().warning("method '" + method.getId() + "': image '" + path + "' is left out: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The labels in the job's language: Finnish, Swedish, else English. */
    public Labels getLabels() {
        return Labels.forLanguage(getLanguage());
    }

    /**
     * A range in the job's language, with its note: "60–90 min", "5+ people", "up to 30 min per user".
     *
     * @param range the range
     * @param unit {@link LabelKey#MINUTES}, {@link LabelKey#PEOPLE}, or null for no unit
     * @return the text
     */
    public String formatRange(io.github.methodbank.core.Range range, LabelKey unit) {
        return getLabels().formatRange(range, unit, range.getNote().map(this::text).orElse(null));
    }

    /**
     * The timestamp to write: {@link #getTimestamp()}, else {@code SOURCE_DATE_EPOCH}, else now.
     *
     * @throws IllegalArgumentException when {@code SOURCE_DATE_EPOCH} is set but not a number of seconds
     */
    public Instant getEffectiveTimestamp() {
        if (getTimestamp().isPresent()) {
            return getTimestamp().get();
        }
        return sourceDateEpoch().orElseGet(Instant::now);
    }

    /** {@code SOURCE_DATE_EPOCH} from the environment (or the system property of that name), if set. */
    public static Optional<Instant> sourceDateEpoch() {
        String v = System.getProperty("SOURCE_DATE_EPOCH", System.getenv("SOURCE_DATE_EPOCH"));
        if (v == null || v.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(v.trim())));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("SOURCE_DATE_EPOCH must be a number of seconds, was '" + v + "'");
        }
    }

    /** Checks this value's invariants; the builder calls it, and so may anyone who wants to. */
    @Value.Check
    void check() {
        for (Method m : getMethods()) {
            if (!getBank().method(m.getId()).map(m::equals).orElse(false)) {
                throw new IllegalArgumentException("method '" + m.getId() + "' is not in the bank being exported");
            }
        }
        if (!io.github.methodbank.core.internal.Syntax.isLanguageTag(getLanguage())) {
            throw new IllegalArgumentException("'" + getLanguage() + "' is not a language tag such as fi, sv or en");
        }
    }
}
