package io.github.methodbank.core;

import io.github.methodbank.core.internal.style.ModelStyle;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A range of whole numbers, such as 60–90 minutes or 4–12 people, that may be open at either end
 * (5 or more, up to 30) and may carry a note ("per user", "Flexible") shown beside or instead of
 * the numbers. A range has at least one of min, max and note. Immutable.
 */
@Value.Immutable
@ModelStyle
public abstract class Range {

    Range() {
        // only the generated implementation extends this type
    }

    /** The lower bound, at least 0, if given. */
    public abstract OptionalInt getMin();

    /** The upper bound, at least {@link #getMin()}, if given. */
    public abstract OptionalInt getMax();

    /** A note shown with the numbers, or instead of them, such as "per user" or "Flexible". */
    public abstract Optional<LocalizedText> getNote();

    /** The closed range {@code min..max}. */
    public static Range of(int min, int max) {
        return builder().min(min).max(max).build();
    }

    /** The range {@code min} or more. */
    public static Range atLeast(int min) {
        return builder().min(min).build();
    }

    /** The range up to {@code max}. */
    public static Range atMost(int max) {
        return builder().max(max).build();
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Range}. */
    public static final class Builder extends ImmutableRange.Builder {}

    /** The largest value the range allows: the max, else the min; empty for a note alone. */
    public OptionalInt getUpperBound() {
        return getMax().isPresent() ? getMax() : getMin();
    }

    /**
     * The numbers as text without a unit: "60" when min equals max, "60–90", "5+" for an open upper
     * end; an open lower end needs words, so it is left to {@link io.github.methodbank.core.export.Labels};
     * empty for a note alone.
     */
    public Optional<String> formatNumbers() {
        if (getMin().isPresent() && getMax().isPresent()) {
            int min = getMin().getAsInt();
            int max = getMax().getAsInt();
            return Optional.of(min == max ? Integer.toString(min) : min + "\u2013" + max);
        }
        if (getMin().isPresent()) {
            return Optional.of(getMin().getAsInt() + "+");
        }
        return Optional.empty();
    }

    /** Checks the range's rules; the builder calls it. */
    @Value.Check
    void check() {
        if (getMin().isEmpty() && getMax().isEmpty() && getNote().isEmpty()) {
            throw new IllegalArgumentException("a range needs a min, a max or a note");
        }
        if (getMin().isPresent() && getMin().getAsInt() < 0) {
            throw new IllegalArgumentException("a range cannot start below 0, was " + getMin().getAsInt());
        }
        if (getMax().isPresent() && getMax().getAsInt() < 0) {
            throw new IllegalArgumentException("a range cannot end below 0, was " + getMax().getAsInt());
        }
        if (getMin().isPresent() && getMax().isPresent() && getMax().getAsInt() < getMin().getAsInt()) {
            throw new IllegalArgumentException("a range's max (" + getMax().getAsInt() + ") is below its min ("
                    + getMin().getAsInt() + ")");
        }
    }
}
