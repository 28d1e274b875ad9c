package io.github.methodbank.cli;

import io.github.methodbank.core.MethodBank;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** methodbank workshop: a Word document to run a workshop with; the options come from the docx-workshop format. */
@Command(name = "workshop", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Write a Word (.docx) workshop document for one method, or several in the order given.")
final class WorkshopCommand extends FormatCommand {

    @Mixin
    BankOptions bankOptions;

    @Mixin
    Selection selection;

    @Mixin
    Language language;

    @Mixin
    Output output;

    @Mixin
    Verbosity verbosity;



    @Override
    String formatId() {
        return "docx-workshop";
    }


    @Override
    public Integer call() throws Exception {
        if (selection.methods.isEmpty() && selection.phase == null && selection.tag == null && selection.search == null) {
            throw new UserError("say which method(s) the workshop is for: --method ID (repeat for several)", Main.USAGE);
        }
        var exporter = exporter();
        MethodBank bank = bankOptions.load(spec.commandLine().getErr(), verbosity.quiet);
        var methods = selection.select(bank);
        if (methods.isEmpty()) {
            throw new UserError("no method matches the selection");
        }
        return Exports.run(exporter, bank, methods, language.resolve(bank), output, verbosity,
                spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
