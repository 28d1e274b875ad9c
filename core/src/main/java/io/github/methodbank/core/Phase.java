package io.github.methodbank.core;

import io.github.methodbank.core.internal.ModelStyle;
import java.util.Objects;
import org.immutables.value.Value;

/** One phase of a {@link Path}, such as "Kokeile" on the development path. Immutable. */
@Value.Immutable
@ModelStyle
public interface Phase {

    /** The phase id, a slug unique within its path. */
    String getId();

    /** The phase name shown to people. */
    LocalizedText getName();

    /** A phase with the given id and name. */
    static Phase of(String id, LocalizedText name) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        return builder().id(id).name(name).build();
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Phase}. */
    final class Builder extends ImmutablePhase.Builder {}

    /** Checks this value's invariants; the builder calls it, and so may anyone who wants to. */
    @Value.Check
    default void check() {
        Ids.requireSlug("phase id", getId());
    }
}
