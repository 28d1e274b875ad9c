package io.github.methodbank.core;

import io.github.methodbank.core.internal.style.ModelStyle;
import java.util.Objects;
import org.immutables.value.Value;

/** One phase of a {@link Pathway}, such as "Kokeile" on the development path. Immutable. */
@Value.Immutable
@ModelStyle
public abstract class Phase {

    Phase() {
        // only the generated implementation extends this type
    }

    /** The phase id, a slug unique within its path. */
    public abstract String getId();

    /** The phase name shown to people. */
    public abstract LocalizedText getName();

    /** A phase with the given id and name. */
    public static Phase of(String id, LocalizedText name) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        return builder().id(id).name(name).build();
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Phase}. */
    public static final class Builder extends ImmutablePhase.Builder {}

    /** Checks this value's invariants; the builder calls it, and so may anyone who wants to. */
    @Value.Check
    void check() {
        Ids.requireSlug("phase id", getId());
    }
}
