package io.github.methodbank.core.internal;

import io.github.methodbank.core.Method;
import io.github.methodbank.core.Pathway;
import io.github.methodbank.core.PhaseRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The bank-wide rules (unique ids, resolvable phase references), shared by the model's own
 * check and the JSON loader so both say the same thing. Not API.
 */
public final class BankRules {
    private BankRules() {}

    /** Every broken bank-wide rule, with JSON pointers into the bank. */
    public static List<Violation> check(List<Pathway> paths, List<Method> methods) {
        List<Violation> out = new ArrayList<>();
        out.addAll(duplicates("path", "/paths/", paths.stream().map(Pathway::getId).collect(Collectors.toList())));
        out.addAll(duplicates("method", "/methods/", methods.stream().map(Method::getId).collect(Collectors.toList())));
        out.addAll(unresolved(paths, methods));
        return out;
    }

    /** Ids used twice; {@code ids} may hold nulls for entries without a usable id. */
    public static List<Violation> duplicates(String kind, String prefix, List<String> ids) {
        List<Violation> out = new ArrayList<>();
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id == null) {
                continue;
            }
            Integer f = first.putIfAbsent(id, i);
            if (f != null) {
                out.add(Violation.of(prefix + i + "/id",
                        kind + " id '" + id + "' is used twice (first at " + prefix + f + "/id)"));
            }
        }
        return out;
    }

    /**
     * Phase references of the methods that name no phase of the paths. Suggestions are looked
     * for in a bounded set (the phases of the named path, or of the path whose id is closest), for
     * at most {@value #MAX_SUGGESTIONS} distinct references and within a bound on the work of all
     * of them, so the time is linear in the number of references.
     */
    public static List<Violation> unresolved(List<Pathway> paths, List<Method> methods) {
        List<Violation> out = new ArrayList<>();
        PhaseIndex index = new PhaseIndex(paths);
        for (int i = 0; i < methods.size(); i++) {
            List<PhaseRef> refs = methods.get(i).getPhases();
            for (int j = 0; j < refs.size(); j++) {
                PhaseRef r = refs.get(j);
                if (!index.contains(r)) {
                    out.add(new Violation("/methods/" + i + "/phases/" + j, index.message(r), index.suggestion(r)));
                }
            }
        }
        return out;
    }

    /** The most distinct unknown references a {@link PhaseIndex} looks for a suggestion for. */
    public static final int MAX_SUGGESTIONS = 10_000;
    /** The most candidates one suggestion is looked for among. */
    static final int MAX_CANDIDATES = 10_000;

    /** The phases of a bank's paths, to resolve references and suggest for unknown ones. Not thread-safe. */
    public static final class PhaseIndex {
        private final Map<String, List<String>> refsByPath = new HashMap<>();
        private final List<String> pathIds = new ArrayList<>();
        private final Set<String> refs = new HashSet<>();
        private final Map<String, Optional<String>> suggested = new HashMap<>();
        /** A few hundredths of a second of edit distances for all the suggestions of one bank. */
        private final Suggestions.Budget budget = new Suggestions.Budget(20_000_000L);

        /** An index of these paths. */
        public PhaseIndex(List<Pathway> paths) {
            for (Pathway p : paths) {
                List<String> own = refsByPath.computeIfAbsent(p.getId(), k -> {
                    pathIds.add(k);
                    return new ArrayList<>();
                });
                p.getPhases().forEach(ph -> {
                    String ref = p.getId() + "/" + ph.getId();
                    own.add(ref);
                    refs.add(ref);
                });
            }
        }

        /** Whether the reference names a phase of a path. */
        public boolean contains(PhaseRef r) {
            return refs.contains(r.asString());
        }

        /** What is wrong with an unknown reference. */
        public String message(PhaseRef r) {
            return refsByPath.containsKey(r.getPathId())
                    ? "path '" + r.getPathId() + "' has no phase '" + r.getPhaseId() + "'"
                    : "there is no path '" + r.getPathId() + "' for phase reference '" + r.asString() + "'";
        }

        /** The reference probably meant, looked for among the phases of one path. */
        public Optional<String> suggestion(PhaseRef r) {
            String ref = r.asString();
            Optional<String> known = suggested.get(ref);
            if (known != null) {
                return known;
            }
            if (suggested.size() >= MAX_SUGGESTIONS || budget.spent()) {
                return Optional.empty();
            }
            List<String> candidates = refsByPath.get(r.getPathId());
            if (candidates == null) {
                Optional<String> path = Suggestions.closest(r.getPathId(), bounded(pathIds), budget);
                candidates = path.map(refsByPath::get).orElse(List.of());
            }
            Optional<String> s = Suggestions.closest(ref, bounded(candidates), budget);
            suggested.put(ref, s);
            return s;
        }

        private static List<String> bounded(List<String> l) {
            return l.size() <= MAX_CANDIDATES ? l : l.subList(0, MAX_CANDIDATES);
        }
    }
}
