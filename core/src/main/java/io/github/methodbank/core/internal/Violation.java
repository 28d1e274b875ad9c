package io.github.methodbank.core.internal;

import java.util.Optional;

/**
 * A broken model rule found by {@link BankRules}: a JSON pointer into the bank, a message and
 * an optional suggestion. Not API.
 */
public record Violation(String pointer, String message, Optional<String> suggestion) {

    /** A violation without a suggestion. */
    public static Violation of(String pointer, String message) {
        return new Violation(pointer, message, Optional.empty());
    }

    @Override
    public String toString() {
        return pointer + ": " + message + suggestion.map(s -> " (did you mean '" + s + "'?)").orElse("");
    }
}
