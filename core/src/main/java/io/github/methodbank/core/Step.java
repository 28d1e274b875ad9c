package io.github.methodbank.core;

import io.github.methodbank.core.internal.ModelStyle;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/** One step of a method's workshop agenda. Immutable. */
@Value.Immutable
@ModelStyle
public interface Step {

    /** What happens in this step. */
    LocalizedText getTitle();

    /** How long it takes, in minutes, if known. */
    OptionalInt getMinutes();

    /** More detail, in the rich-text syntax, if given. */
    Optional<LocalizedText> getDescription();

    /** A step with a title only. */
    static Step of(LocalizedText title) {
        Objects.requireNonNull(title, "title");
        return builder().title(title).build();
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Step}. */
    final class Builder extends ImmutableStep.Builder {}

    /** Checks this value's invariants; the builder calls it, and so may anyone who wants to. */
    @Value.Check
    default void check() {
        if (getMinutes().isPresent() && getMinutes().getAsInt() < 0) {
            throw new IllegalArgumentException("a step cannot take " + getMinutes().getAsInt() + " minutes");
        }
    }
}
