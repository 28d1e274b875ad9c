package io.github.methodbank.core;

import io.github.methodbank.core.internal.style.ModelStyle;
import java.util.Objects;
import org.immutables.value.Value;

/** A reference to one phase of one path, written {@code "pathId/phaseId"} in JSON. */
@Value.Immutable
@ModelStyle
public abstract class PhaseRef {

    PhaseRef() {
        // only the generated implementation extends this type
    }

    /** The path's id. */
    @Value.Parameter
    public abstract String getPathId();

    /** The phase's id within the path. */
    @Value.Parameter
    public abstract String getPhaseId();

    /** A reference to phase {@code phaseId} of path {@code pathId}. */
    public static PhaseRef of(String pathId, String phaseId) {
        Objects.requireNonNull(pathId, "pathId");
        Objects.requireNonNull(phaseId, "phaseId");
        return ImmutablePhaseRef.of(pathId, phaseId);
    }

    /**
     * Parses {@code "pathId/phaseId"}.
     *
     * @throws IllegalArgumentException when the text is not of that form
     */
    public static PhaseRef parse(String text) {
        Objects.requireNonNull(text, "text");
        int slash = text.indexOf('/');
        if (slash <= 0 || slash != text.lastIndexOf('/') || slash == text.length() - 1) {
            throw new IllegalArgumentException("'" + text + "' is not a phase reference of the form path-id/phase-id");
        }
        return of(text.substring(0, slash), text.substring(slash + 1));
    }

    /** The {@code "pathId/phaseId"} form. */
    public String asString() {
        return getPathId() + "/" + getPhaseId();
    }

    /** Checks this value's invariants; the builder calls it, and so may anyone who wants to. */
    @Value.Check
    void check() {
        Ids.requireSlug("path id", getPathId());
        Ids.requireSlug("phase id", getPhaseId());
    }
}
