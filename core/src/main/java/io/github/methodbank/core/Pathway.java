package io.github.methodbank.core;

import io.github.methodbank.core.internal.style.ModelStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An ordered list of phases that work goes through, such as Leadership or Development.
 * Named {@code Pathway} in Java (a path in the JSON format) so that it never collides with
 * {@link java.nio.file.Path}. Immutable.
 */
@Value.Immutable
@ModelStyle
public abstract class Pathway {

    Pathway() {
        // only the generated implementation extends this type
    }

    /** The path id, a slug unique within the bank. */
    public abstract String getId();

    /** The path name shown to people. */
    public abstract LocalizedText getName();

    /** The phases in order; at least one. */
    public abstract List<Phase> getPhases();

    /** A path with the given id, name and phases. */
    public static Pathway of(String id, LocalizedText name, List<Phase> phases) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(phases, "phases");
        return builder().id(id).name(name).phases(phases).build();
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Pathway}. */
    public static final class Builder extends ImmutablePathway.Builder {}

    /** The phase with this id, if the path has it. */
    public Optional<Phase> phase(String phaseId) {
        return getPhases().stream().filter(p -> p.getId().equals(phaseId)).findFirst();
    }

    /** The 0-based position of the phase on this path, or -1. */
    public int indexOf(String phaseId) {
        List<Phase> phases = getPhases();
        for (int i = 0; i < phases.size(); i++) {
            if (phases.get(i).getId().equals(phaseId)) {
                return i;
            }
        }
        return -1;
    }

    /** A reference to one of this path's phases. */
    public PhaseRef ref(String phaseId) {
        return PhaseRef.of(getId(), phaseId);
    }

    /** Checks this value's invariants; the builder calls it, and so may anyone who wants to. */
    @Value.Check
    void check() {
        Ids.requireSlug("path id", getId());
        if (getPhases().isEmpty()) {
            throw new IllegalArgumentException("path '" + getId() + "' has no phases");
        }
        Set<String> seen = new HashSet<>();
        for (Phase p : getPhases()) {
            if (!seen.add(p.getId())) {
                throw new IllegalArgumentException("path '" + getId() + "' has phase '" + p.getId() + "' twice");
            }
        }
    }
}
