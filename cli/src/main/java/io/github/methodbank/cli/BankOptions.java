package io.github.methodbank.cli;

import io.github.methodbank.core.BankReader;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.MethodBankException;
import io.github.methodbank.core.MethodBanks;
import java.io.PrintWriter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The BANK argument and how to read it, shared by the commands. */
final class BankOptions {

    @Parameters(index = "0", arity = "0..1", paramLabel = "BANK",
            description = "A bank file (.json) or bank directory (bank.json + methods/*.json). Default: the bundled sample bank.")
    java.nio.file.Path bank;

    @Option(names = "--lenient", description = "Report unknown fields as warnings instead of errors.")
    boolean lenient;

    /** Loads the bank; warnings go to {@code err} unless quiet. */
    MethodBank load(PrintWriter err, boolean quiet) throws MethodBankException {
        if (bank == null) {
            return MethodBanks.loadSample();
        }
        BankReader reader = BankReader.builder().lenient(lenient).onWarning(w -> {
            if (!quiet) {
                err.println(w);
            }
        }).build();
        return reader.read(bank);
    }

    String name() {
        return bank == null ? "the sample bank" : bank.toString();
    }
}
