package io.github.methodbank.core.internal;

import io.github.methodbank.core.Method;
import io.github.methodbank.core.Path;
import io.github.methodbank.core.PhaseRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bank-wide rules (unique ids, resolvable phase references), shared by the model's own
 * check and the JSON loader so both say the same thing. Not API.
 */
public final class BankRules {
    private BankRules() {}

    /** Every broken bank-wide rule, with JSON pointers into the bank. */
    public static List<Violation> check(List<Path> paths, List<Method> methods) {
        List<Violation> out = new ArrayList<>();
        Map<String, Integer> pathIds = new HashMap<>();
        Set<String> allRefs = new LinkedHashSet<>();
        for (int i = 0; i < paths.size(); i++) {
            Path p = paths.get(i);
            Integer first = pathIds.putIfAbsent(p.getId(), i);
            if (first != null) {
                out.add(Violation.of("/paths/" + i + "/id",
                        "path id '" + p.getId() + "' is used twice (first at /paths/" + first + "/id)"));
            }
            p.getPhases().forEach(ph -> allRefs.add(p.getId() + "/" + ph.getId()));
        }
        Map<String, Integer> methodIds = new HashMap<>();
        for (int i = 0; i < methods.size(); i++) {
            Method m = methods.get(i);
            Integer first = methodIds.putIfAbsent(m.getId(), i);
            if (first != null) {
                out.add(Violation.of("/methods/" + i + "/id",
                        "method id '" + m.getId() + "' is used twice (first at /methods/" + first + "/id)"));
            }
            List<PhaseRef> refs = m.getPhases();
            for (int j = 0; j < refs.size(); j++) {
                String ref = refs.get(j).asString();
                if (!allRefs.contains(ref)) {
                    String message = pathIds.containsKey(refs.get(j).getPathId())
                            ? "path '" + refs.get(j).getPathId() + "' has no phase '" + refs.get(j).getPhaseId() + "'"
                            : "there is no path '" + refs.get(j).getPathId() + "' for phase reference '" + ref + "'";
                    out.add(new Violation("/methods/" + i + "/phases/" + j, message,
                            Suggestions.closest(ref, allRefs)));
                }
            }
        }
        return out;
    }
}
