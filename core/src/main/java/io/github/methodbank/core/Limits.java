package io.github.methodbank.core;

import io.github.methodbank.core.internal.style.ModelStyle;
import org.immutables.value.Value;

/**
 * Limits that protect a service from hostile or broken input. The defaults are generous for
 * real banks; raise a limit with {@code Limits.builder().maxMethods(50_000).build()} and
 * {@link BankReader.Builder#limits(Limits)}. Immutable.
 */
@Value.Immutable
@ModelStyle
public abstract class Limits {

    Limits() {
        // only the generated implementation extends this type
    }

    /**
     * Largest bank file in bytes (default 64 MiB); for a directory bank, per file. Bytes are
     * counted as they are read, so the limit holds for any source, also a pipe or standard input.
     */
    @Value.Default
    public long getMaxFileBytes() {
        return 64L * 1024 * 1024;
    }

    /** Deepest nesting of JSON arrays and objects (default 32, at most 1,000). */
    @Value.Default
    public int getMaxDepth() {
        return 32;
    }

    /** Longest single string in characters (default 200,000). */
    @Value.Default
    public int getMaxStringLength() {
        return 200_000;
    }

    /** Most methods in a bank (default 100,000). */
    @Value.Default
    public int getMaxMethods() {
        return 100_000;
    }

    /** Most paths in a bank and phases in a path (default 1,000). */
    @Value.Default
    public int getMaxPhases() {
        return 1_000;
    }

    /** Most entries in one list of a method: tags, links, users, materials, steps (default 1,000). */
    @Value.Default
    public int getMaxListEntries() {
        return 1_000;
    }

    /** Most fields in one JSON object (default 1,000): a bank, a method or a text's languages need far fewer. */
    @Value.Default
    public int getMaxObjectMembers() {
        return 1_000;
    }

    /**
     * Most problems listed in a {@link MethodBankException} or passed to a warning listener
     * (default 1,000): the first found are listed and the rest only counted, so a file with
     * millions of mistakes is reported quickly and in little memory.
     */
    @Value.Default
    public int getMaxProblems() {
        return 1_000;
    }

    /** The default limits. */
    public static Limits defaults() {
        return builder().build();
    }

    /** A new builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link Limits}. */
    public static final class Builder extends ImmutableLimits.Builder {}

    /** Checks this value's invariants; the builder calls it, and so may anyone who wants to. */
    @Value.Check
    void check() {
        if (getMaxFileBytes() < 1 || getMaxDepth() < 4 || getMaxStringLength() < 1 || getMaxMethods() < 0
                || getMaxPhases() < 1 || getMaxListEntries() < 1 || getMaxDepth() > 1000 || getMaxObjectMembers() < 1
                || getMaxProblems() < 1) {
            throw new IllegalArgumentException("limits must be positive, and maxDepth from 4 to 1000: " + this);
        }
    }
}
