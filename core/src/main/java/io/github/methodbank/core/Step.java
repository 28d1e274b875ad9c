package io.github.methodbank.core;

import io.github.methodbank.core.internal.style.ModelStyle;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/** One step of a method's workshop agenda. Immutable. */
@Value.Immutable
@ModelStyle
public abstract class Step {

    Step() {
        // only the generated implementation extends this type
    }

    /** What happens in this step. */
    public abstract LocalizedText getTitle();

    /** How long it takes, in minutes, if known. */
    public abstract OptionalInt getMinutes();

    /** More detail, in the rich-text syntax, if given. */
    public abstract Optional<LocalizedText> getDescription();

    /** A step with a title only. */
    public static Step of(LocalizedText title) {
        Objects.requireNonNull(title, "title");
        return builder().title(title).build();
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Step}. */
    public static final class Builder extends ImmutableStep.Builder {}

    /** Checks this value's invariants; the builder calls it, and so may anyone who wants to. */
    @Value.Check
    void check() {
        if (getMinutes().isPresent() && getMinutes().getAsInt() < 0) {
            throw new IllegalArgumentException("a step cannot take " + getMinutes().getAsInt() + " minutes");
        }
    }
}
