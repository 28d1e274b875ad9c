package io.github.methodbank.cli;

import io.github.methodbank.core.MethodBank;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** methodbank workshop: a Word document to run a workshop with. */
@Command(name = "workshop", mixinStandardHelpOptions = true,
        description = "Write a Word (.docx) workshop document for one method, or several in the order given.")
final class WorkshopCommand implements Callable<Integer> {

    @Mixin
    BankOptions bankOptions;

    @Mixin
    Selection selection;

    @Mixin
    Language language;

    @Option(names = "--start", paramLabel = "HH:MM", description = "When the workshop starts, for the agenda's clock times (default 09:00).")
    String start;

    @Option(names = "--template", paramLabel = "FILE", description = "A .docx or .dotx whose styles (and header/footer) to use.")
    String template;

    @Option(names = "--title", paramLabel = "TEXT", description = "The workshop's title (default: the method's name).")
    String title;

    @Mixin
    Output output;

    @Mixin
    Verbosity verbosity;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (selection.methods.isEmpty() && selection.phase == null && selection.tag == null && selection.search == null) {
            throw new UserError("say which method(s) the workshop is for: --method ID (repeat for several)", Main.USAGE);
        }
        Map<String, String> o = new LinkedHashMap<>();
        if (start != null) {
            o.put("start", start);
        }
        if (template != null) {
            o.put("template", template);
        }
        if (title != null) {
            o.put("title", title);
        }
        var exporter = Exports.create(Exports.provider("docx-workshop"), o);
        MethodBank bank = bankOptions.load(spec.commandLine().getErr(), verbosity.quiet);
        var methods = selection.select(bank);
        if (methods.isEmpty()) {
            throw new UserError("no method matches the selection");
        }
        return Exports.run(exporter, bank, methods, language.resolve(bank), output, verbosity,
                spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
