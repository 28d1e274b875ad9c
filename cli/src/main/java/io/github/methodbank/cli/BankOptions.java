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
            description = "A bank file (.json), a bank directory (bank.json + methods/*.json), or - for standard input."
                    + " Default: the bundled sample bank.")
    Path bank;

    @Option(names = "--lenient", description = "Report unknown fields as warnings instead of errors.")
    boolean lenient;

    @Option(names = "--limit", paramLabel = "NAME=VALUE",
            description = "Raise (or lower) a limit on the input: maxFileBytes (default 64 MiB), maxDepth (32),"
                    + " maxStringLength (200000), maxMethods (100000), maxPhases (1000), maxListEntries (1000),"
                    + " maxObjectMembers (1000), maxProblems (1000, the most problems listed). Repeatable.")
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
            if (STDIN.equals(bank.toString())) {
                // counted as it is read: at most maxFileBytes, like a file
                return reader.read(System.in, "standard input");
            }
            return reader.read(bank);
        } catch (MethodBankException e) {
            String limit = null;
            long needed = 0;
            for (var p : e.getProblems()) {
                int at = p.getMessage().indexOf("raise Limits.");
                if (at >= 0) {
                    limit = p.getMessage().substring(at + "raise Limits.".length()).split("[^A-Za-z]", 2)[0];
                    if (limit.equals("maxFileBytes")) {
                        needed = Math.max(needed, sizeOf(p.getSource()));
                    }
                }
            }
            if (limit != null) {
                long raised = limit.equals("maxDepth") ? Math.min(1000, 2 * current(limit)) : 2 * current(limit);
                if (needed >= raised) { // enough for the file: its size rounded up to a whole KiB or MiB
                    long unit = needed >= 1024 * 1024 ? 1024 * 1024 : 1024;
                    raised = (needed / unit + 1) * unit;
                }
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
                case "maxObjectMembers" -> b.maxObjectMembers(i);
                case "maxProblems" -> b.maxProblems(i);
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
            "maxPhases", "maxListEntries", "maxObjectMembers", "maxProblems");

    /** The BANK that means standard input. */
    static final String STDIN = "-";

    /** The size of a regular file named in a problem, or 0. */
    private static long sizeOf(String source) {
        try {
            Path p = Path.of(source);
            return java.nio.file.Files.isRegularFile(p) ? java.nio.file.Files.size(p) : 0;
        } catch (java.io.IOException | java.nio.file.InvalidPathException e) {
            return 0;
        }
    }

    private long current(String name) {
        Limits l = limits();
        return switch (name) {
            case "maxFileBytes" -> l.getMaxFileBytes();
            case "maxDepth" -> l.getMaxDepth();
            case "maxStringLength" -> l.getMaxStringLength();
            case "maxMethods" -> l.getMaxMethods();
            case "maxPhases" -> l.getMaxPhases();
            case "maxObjectMembers" -> l.getMaxObjectMembers();
            case "maxProblems" -> l.getMaxProblems();
            default -> l.getMaxListEntries();
        };
    }

    String name() {
        return bank == null ? "the sample bank" : STDIN.equals(bank.toString()) ? "standard input" : bank.toString();
    }
}
