package io.github.methodbank.examples;

import io.github.methodbank.core.Method;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.MethodBankException;
import io.github.methodbank.core.MethodBanks;
import io.github.methodbank.core.Pathway;
import io.github.methodbank.core.Phase;
import java.nio.file.Path;

/**
 * Loads a bank and prints, for every phase of every path, the methods that fit it.
 *
 * <p>Run: {@code java -cp ... io.github.methodbank.examples.QueryByPhase [bank.json] [lang]}.
 */
public final class QueryByPhase {
    private QueryByPhase() {}

    /** Entry point. */
    public static void main(String[] args) throws MethodBankException {
        // A bank file or directory from the command line, else the bundled sample.
        MethodBank bank = args.length > 0 ? MethodBanks.load(Path.of(args[0])) : MethodBanks.loadSample();
        String lang = args.length > 1 ? args[1] : "en";

        for (Pathway path : bank.getPaths()) {
            System.out.println(bank.text(path.getName(), lang));
            for (Phase phase : path.getPhases()) {
                System.out.println("  " + bank.text(phase.getName(), lang));
                // methodsIn keeps the bank's order
                for (Method m : bank.methodsIn(path.ref(phase.getId()))) {
                    System.out.println("    - " + bank.text(m.getName(), lang) + " (" + m.getId() + ")");
                }
            }
        }
    }
}
