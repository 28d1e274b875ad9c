package io.github.methodbank.cli;

import io.github.methodbank.core.Method;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.PhaseRef;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Which methods a command works on: --method ids in order, else --phase/--tag/--search filters, else all. */
final class Selection {

    @Option(names = {"-m", "--method"}, paramLabel = "ID", description = "A method id; repeat for several, in this order.")
    List<String> methods = new ArrayList<>();

    @Option(names = "--phase", paramLabel = "PATH/PHASE", description = "Only methods on this phase, e.g. kehittaminen/kokeile.")
    String phase;

    @Option(names = "--tag", paramLabel = "TAG", description = "Only methods with this tag.")
    String tag;

    @Option(names = "--search", paramLabel = "WORDS", description = "Only methods whose text contains all these words.")
    String search;

    List<Method> select(MethodBank bank) {
        List<Method> out;
        if (!methods.isEmpty()) {
            out = new ArrayList<>();
            for (String id : methods) {
                Method m = bank.method(id).orElseThrow(() -> new UserError("there is no method '" + id + "' in the bank"
                        + bank.closestMethodId(id).map(s -> " (did you mean '" + s + "'?)").orElse("")));
                out.add(m);
            }
        } else {
            out = new ArrayList<>(bank.getMethods());
        }
        if (phase != null) {
            PhaseRef ref;
            try {
                ref = PhaseRef.parse(phase);
            } catch (IllegalArgumentException e) {
                throw new UserError("--phase: " + e.getMessage(), Main.USAGE);
            }
            if (bank.phase(ref).isEmpty()) {
                throw new UserError("there is no phase '" + phase + "' in the bank"
                        + bank.closestPhase(phase).map(s -> " (did you mean '" + s + "'?)").orElse(""));
            }
            out.removeIf(m -> !m.getPhases().contains(ref));
        }
        if (tag != null) {
            out.removeIf(m -> !m.getTags().contains(tag));
        }
        if (search != null) {
            List<Method> found = bank.search(search);
            out.removeIf(m -> !found.contains(m));
        }
        return out;
    }
}
