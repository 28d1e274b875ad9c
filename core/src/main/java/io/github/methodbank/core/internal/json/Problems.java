package io.github.methodbank.core.internal.json;

import io.github.methodbank.core.Problem;
import io.github.methodbank.core.Problem.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems of one load: the first {@code max} are kept in the order they were found; the
 * rest are only counted, so a file with millions of mistakes costs no more memory than one with a
 * thousand. Counting is constant-time, so a binder may ask "were there errors?" as often as it
 * likes. Not thread-safe. Not API.
 */
public final class Problems {

    private final int max;
    private final List<Problem> kept = new ArrayList<>();
    private long errors;
    private long unlistedErrors;
    private long unlistedWarnings;

    /** A list that keeps at most {@code max} problems. */
    public Problems(int max) {
        this.max = max;
    }

    /** Adds a problem, or counts it when {@link #full()}. */
    public void add(Problem p) {
        boolean error = p.getSeverity() == Severity.ERROR;
        if (error) {
            errors++;
        }
        if (kept.size() < max) {
            kept.add(p);
        } else if (error) {
            unlistedErrors++;
        } else {
            unlistedWarnings++;
        }
    }

    /** True when no further problem will be kept: callers may skip building its message. */
    public boolean full() {
        return kept.size() >= max;
    }

    /** Counts an error that is not kept (call only when {@link #full()}). */
    public void countError() {
        errors++;
        unlistedErrors++;
    }

    /** Counts a warning that is not kept (call only when {@link #full()}). */
    public void countWarning() {
        unlistedWarnings++;
    }

    /** Every error so far, kept or not. */
    public long errors() {
        return errors;
    }

    /** The kept problems, in the order found. */
    public List<Problem> kept() {
        return kept;
    }

    /** Errors found but not kept. */
    public long unlistedErrors() {
        return unlistedErrors;
    }

    /** Warnings found but not kept. */
    public long unlistedWarnings() {
        return unlistedWarnings;
    }

    /** The most problems kept. */
    public int max() {
        return max;
    }
}
