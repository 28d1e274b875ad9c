package io.github.methodbank.core;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A bank could not be loaded or written. Carries every problem found, each with its
 * location; the message lists them one per line.
 */
public class MethodBankException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<Problem> problems;
    private final long unlisted;

    /** An exception carrying these problems (at least one). */
    public MethodBankException(List<Problem> problems) {
        this(problems, 0);
    }

    /**
     * An exception carrying these problems (at least one), and the number of further errors that
     * were found but not listed (see {@link Limits#getMaxProblems()}).
     */
    public MethodBankException(List<Problem> problems, long unlisted) {
        super(format(problems, unlisted));
        this.problems = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(problems));
        this.unlisted = unlisted;
    }

    /** An exception with a single problem and a cause. */
    public MethodBankException(Problem problem, Throwable cause) {
        super(format(List.of(problem), 0), cause);
        this.problems = java.util.Collections.singletonList(problem);
        this.unlisted = 0;
    }

    /** The problems listed, in document order per file: the first found, at most {@link Limits#getMaxProblems()}. */
    public List<Problem> getProblems() {
        return problems;
    }

    /** How many more errors were found than {@link #getProblems()} lists (0 when it lists them all). */
    public long getUnlistedCount() {
        return unlisted;
    }

    /** Every error found: those listed and those only counted. */
    public long getErrorCount() {
        return problems.stream().filter(p -> p.getSeverity() == Problem.Severity.ERROR).count() + unlisted;
    }

    private static String format(List<Problem> problems, long unlisted) {
        Objects.requireNonNull(problems, "problems");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a MethodBankException needs at least one problem");
        }
        if (unlisted < 0) {
            throw new IllegalArgumentException("unlisted must not be negative");
        }
        long errors = problems.stream().filter(p -> p.getSeverity() == Problem.Severity.ERROR).count() + unlisted;
        return (errors == 1 ? "1 problem" : errors + " problems") + " in the method bank:\n"
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n"))
                + (unlisted == 0 ? "" : "\n\u2026 and " + unlisted + " more (only the first " + problems.size()
                        + " found are listed)");
    }
}
