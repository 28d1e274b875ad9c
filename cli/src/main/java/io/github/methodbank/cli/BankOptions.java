package io.github.methodbank.cli;

import io.github.methodbank.core.BankReader;
import io.github.methodbank.core.Limits;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.MethodBankException;
import io.github.methodbank.core.MethodBanks;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The BANK argument and how to read it, shared by the commands. */
final class BankOptions {

    @Parameters(index = "0", arity = "0..1", paramLabel = "BANK",
            description = "A bank file (.json) or bank directory (bank.json + methods/*.json). Default: the bundled sample bank.")
    Path bank;

    @Option(names = "--lenient", description = "Report unknown fields as warnings instead of errors.")
    boolean lenient;

    @Option(names = "--limit", paramLabel = "NAME=VALUE",
            description = "Raise (or lower) a limit on the input: maxFileBytes (default 64 MiB), maxDepth (32),"
                    + " maxStringLength (200000), maxMethods (100000), maxPhases (1000), maxListEntries (1000)."
                    + " Repeatable.")
    Map<String, Long> limits = new LinkedHashMap<>();

    /** Loads the bank; warnings go to {@code err} unless quiet. */
    MethodBank load(PrintWriter err, boolean quiet) throws MethodBankException {
        Limits checked = limits(); // a wrong --limit is an error also where the sample bank is read
        if (bank == null) {
            return MethodBanks.loadSample();
        }
        BankReader reader = BankReader.builder().lenient(lenient).limits(checked).onWarning(w -> {
            if (!quiet) {
                err.println(w);
            }
        }).build();
        try {
            return reader.read(bank);
        } catch (MethodBankException e) {
            String limit = null;
            for (var p : e.getProblems()) {
                int at = p.getMessage().indexOf("raise Limits.");
                if (at >= 0) {
                    limit = p.getMessage().substring(at + "raise Limits.".length()).split("[^A-Za-z]", 2)[0];
                }
            }
            if (limit != null) {
                long raised = limit.equals("maxDepth") ? Math.min(1000, 2 * current(limit)) : 2 * current(limit);
                err.println("methodbank: a limit can be raised with --limit NAME=VALUE, for example --limit " + limit
                        + "=" + raised);
            }
            throw e;
        }
    }

    private Limits limits() {
        Limits.Builder b = Limits.builder();
        for (Map.Entry<String, Long> l : limits.entrySet()) {
            long v = l.getValue();
            if (v < 1 || (v > Integer.MAX_VALUE && !l.getKey().equals("maxFileBytes"))) {
                throw new UserError("--limit " + l.getKey() + "=" + v + ": a limit is a whole number from 1 to "
                        + (l.getKey().equals("maxFileBytes") ? Long.MAX_VALUE : Integer.MAX_VALUE), Main.USAGE);
            }
            int i = (int) Math.min(Integer.MAX_VALUE, v);
            switch (l.getKey()) {
                case "maxFileBytes" -> b.maxFileBytes(v);
                case "maxDepth" -> b.maxDepth(i);
                case "maxStringLength" -> b.maxStringLength(i);
                case "maxMethods" -> b.maxMethods(i);
                case "maxPhases" -> b.maxPhases(i);
                case "maxListEntries" -> b.maxListEntries(i);
                default -> throw new UserError("unknown limit '" + l.getKey() + "' in --limit; the limits are "
                        + String.join(", ", NAMES), Main.USAGE);
            }
        }
        try {
            return b.build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new UserError("--limit: " + e.getMessage(), Main.USAGE);
        }
    }

    private static final List<String> NAMES = List.of("maxFileBytes", "maxDepth", "maxStringLength", "maxMethods",
            "maxPhases", "maxListEntries");

    private long current(String name) {
        Limits l = limits();
        return switch (name) {
            case "maxFileBytes" -> l.getMaxFileBytes();
            case "maxDepth" -> l.getMaxDepth();
            case "maxStringLength" -> l.getMaxStringLength();
            case "maxMethods" -> l.getMaxMethods();
            case "maxPhases" -> l.getMaxPhases();
            default -> l.getMaxListEntries();
        };
    }

    String name() {
        return bank == null ? "the sample bank" : bank.toString();
    }
}
