package io.github.methodbank.cli;

import io.github.methodbank.core.Method;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.PhaseRef;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** methodbank list [BANK] [--phase p/f] [--tag t] [--lang l]. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List methods, one per line: id, name and phases (path/phase), separated by tabs.")
final class ListCommand implements Callable<Integer> {

    @Mixin
    BankOptions bankOptions;

    @Mixin
    Selection selection;

    @Mixin
    Verbosity verbosity;

    @Mixin
    Language language;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        MethodBank bank = bankOptions.load(spec.commandLine().getErr(), verbosity.quiet);
        String lang = language.resolve(bank);
        PrintWriter out = spec.commandLine().getOut();
        for (Method m : selection.select(bank)) {
            // a tab or line break in a name is escaped, so every line has exactly three columns
            out.println(m.getId() + "\t" + Terminal.escape(bank.text(m.getName(), lang)) + "\t"
                    + bank.phasesOf(m).stream().map(PhaseRef::asString).collect(Collectors.joining(" ")));
        }
        out.flush();
        return Main.OK;
    }
}
