package io.github.methodbank.cli;

import io.github.methodbank.core.MethodBank;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** methodbank validate [BANK]. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check a bank and print every problem as file:line:column: pointer: message.",
            "Exits 0 when the bank is valid, 1 when it has problems."})
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    BankOptions bankOptions;

    @Mixin
    Verbosity verbosity;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        MethodBank bank = bankOptions.load(spec.commandLine().getErr(), verbosity.quiet);
        if (!verbosity.quiet) {
            spec.commandLine().getOut().printf("%s is valid: %d path%s, %d phase%s, %d method%s.%n", Terminal.escape(bankOptions.name()),
                    bank.getPaths().size(), bank.getPaths().size() == 1 ? "" : "s",
                    bank.getPaths().stream().mapToInt(p -> p.getPhases().size()).sum(),
                    bank.getPaths().stream().mapToInt(p -> p.getPhases().size()).sum() == 1 ? "" : "s",
                    bank.getMethods().size(), bank.getMethods().size() == 1 ? "" : "s");
        }
        return Main.OK;
    }
}
