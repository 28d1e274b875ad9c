package io.github.methodbank.core;

import io.github.methodbank.core.internal.style.ModelStyle;
import org.immutables.value.Value;

/** A closed range of whole numbers, such as 60-90 minutes or 4-12 people. Immutable. */
@Value.Immutable
@ModelStyle
public abstract class Range {

    Range() {
        // only the generated implementation extends this type
    }

    /** The lower bound, at least 0. */
    @Value.Parameter
    public abstract int getMin();

    /** The upper bound, at least {@link #getMin()}. */
    @Value.Parameter
    public abstract int getMax();

    /** The range {@code min..max}. */
    public static Range of(int min, int max) {
        return ImmutableRange.of(min, max);
    }

    /** "60" when min equals max, else "60–90". */
    public String format() {
        return getMin() == getMax() ? Integer.toString(getMin()) : getMin() + "\u2013" + getMax();
    }

    /** Checks this value's invariants; the builder calls it, and so may anyone who wants to. */
    @Value.Check
    void check() {
        if (getMin() < 0) {
            throw new IllegalArgumentException("a range cannot start below 0, was " + getMin());
        }
        if (getMax() < getMin()) {
            throw new IllegalArgumentException("a range's max (" + getMax() + ") is below its min (" + getMin() + ")");
        }
    }
}
