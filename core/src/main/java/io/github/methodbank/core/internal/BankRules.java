package io.github.methodbank.core.internal;

import io.github.methodbank.core.Method;
import io.github.methodbank.core.Pathway;
import io.github.methodbank.core.PhaseRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
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

    /** Phase references of the methods that name no phase of the paths. */
    public static List<Violation> unresolved(List<Pathway> paths, List<Method> methods) {
        List<Violation> out = new ArrayList<>();
        Set<String> pathIds = new HashSet<>();
        Set<String> allRefs = new LinkedHashSet<>();
        for (Pathway p : paths) {
            pathIds.add(p.getId());
            p.getPhases().forEach(ph -> allRefs.add(p.getId() + "/" + ph.getId()));
        }
        for (int i = 0; i < methods.size(); i++) {
            List<PhaseRef> refs = methods.get(i).getPhases();
            for (int j = 0; j < refs.size(); j++) {
                PhaseRef r = refs.get(j);
                String ref = r.asString();
                if (!allRefs.contains(ref)) {
                    String message = pathIds.contains(r.getPathId())
                            ? "path '" + r.getPathId() + "' has no phase '" + r.getPhaseId() + "'"
                            : "there is no path '" + r.getPathId() + "' for phase reference '" + ref + "'";
                    out.add(new Violation("/methods/" + i + "/phases/" + j, message, Suggestions.closest(ref, allRefs)));
                }
            }
        }
        return out;
    }
}
