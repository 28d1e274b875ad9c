package io.github.methodbank.core;

import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in a bank: where it is (file, line, column and JSON pointer), what is
 * wrong in plain words, and, for a misspelt field or reference, what was probably meant.
 * Immutable.
 */
public final class Problem implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** How serious a problem is. */
    public enum Severity {
        /** The bank cannot be used. */
        ERROR,
        /** The bank loads, but something the user wrote was ignored or changed. */
        WARNING
    }

    private final Severity severity;
    private final String source;
    private final int line;
    private final int column;
    private final String pointer;
    private final String message;
    private final String suggestion;

    private Problem(Severity severity, String source, int line, int column, String pointer, String message,
            String suggestion) {
        this.severity = Objects.requireNonNull(severity, "severity");
        this.source = Objects.requireNonNull(source, "source");
        this.line = line;
        this.column = column;
        this.pointer = Objects.requireNonNull(pointer, "pointer");
        this.message = Objects.requireNonNull(message, "message");
        this.suggestion = suggestion;
    }

    /**
     * A problem.
     *
     * @param source the file name or description of the input
     * @param line 1-based line, or 0 when unknown
     * @param column 1-based column, or 0 when unknown
     * @param pointer the JSON pointer of the offending value ({@code ""} for the whole document)
     * @param message what is wrong, in plain words
     * @param suggestion what was probably meant, or null
     */
    public static Problem of(Severity severity, String source, int line, int column, String pointer, String message,
            String suggestion) {
        return new Problem(severity, source, line, column, pointer, message, suggestion);
    }

    /** ERROR or WARNING. */
    public Severity getSeverity() {
        return severity;
    }

    /** The file name (or the name given for a stream). */
    public String getSource() {
        return source;
    }

    /** The 1-based line, or 0 when unknown. */
    public int getLine() {
        return line;
    }

    /** The 1-based column, or 0 when unknown. */
    public int getColumn() {
        return column;
    }

    /** The JSON pointer of the offending value, such as {@code /methods/3/phases/1}. */
    public String getPointer() {
        return pointer;
    }

    /** What is wrong, in plain words. */
    public String getMessage() {
        return message;
    }

    /** What was probably meant, for misspelt fields and references. */
    public Optional<String> getSuggestion() {
        return Optional.ofNullable(suggestion);
    }

    /**
     * {@code file:line:col: pointer: message (did you mean 'x'?)}, with "warning: " for warnings;
     * always one line, safe to print on a terminal: control characters from the input (in a key, a
     * value or a file name) are written as <code>&#92;u001B</code> and the like.
     */
    @Override
    public String toString() {
        return io.github.methodbank.core.internal.Printable.escape(plain());
    }

    private String plain() {
        StringBuilder sb = new StringBuilder(source);
        if (line > 0) {
            sb.append(':').append(line).append(':').append(column);
        }
        sb.append(": ");
        if (severity == Severity.WARNING) {
            sb.append("warning: ");
        }
        sb.append(pointer.isEmpty() ? "(document)" : pointer).append(": ").append(message);
        if (suggestion != null) {
            sb.append(" (did you mean '").append(suggestion).append("'?)");
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Problem p && severity == p.severity && source.equals(p.source) && line == p.line
                && column == p.column && pointer.equals(p.pointer) && message.equals(p.message)
                && Objects.equals(suggestion, p.suggestion);
    }

    @Override
    public int hashCode() {
        return Objects.hash(severity, source, line, column, pointer, message, suggestion);
    }
}
