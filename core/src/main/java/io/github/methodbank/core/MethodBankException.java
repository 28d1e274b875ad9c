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

    /** An exception carrying these problems (at least one). */
    public MethodBankException(List<Problem> problems) {
        super(format(problems));
        this.problems = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(problems));
    }

    /** An exception with a single problem and a cause. */
    public MethodBankException(Problem problem, Throwable cause) {
        super(format(List.of(problem)), cause);
        this.problems = java.util.Collections.singletonList(problem);
    }

    /** Every problem, in document order per file. */
    public List<Problem> getProblems() {
        return problems;
    }

    private static String format(List<Problem> problems) {
        Objects.requireNonNull(problems, "problems");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a MethodBankException needs at least one problem");
        }
        long errors = problems.stream().filter(p -> p.getSeverity() == Problem.Severity.ERROR).count();
        return (errors == 1 ? "1 problem" : errors + " problems") + " in the method bank:\n"
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }
}
