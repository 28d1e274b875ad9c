package io.github.methodbank.cli;

import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.export.ExporterProvider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** methodbank export --format ID [-O key=value ...] [BANK] -o FILE. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export with any format found on the class path (see 'methodbank formats').",
            "Options of the format are given as -O key=value."})
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--format", required = true, paramLabel = "ID", description = "The format id, e.g. pdf-cards.")
    String format;

    @Option(names = {"-O", "--option"}, paramLabel = "KEY=VALUE", description = "An option of the format; repeat for several.")
    Map<String, String> options = new LinkedHashMap<>();

    @Mixin
    Language language;

    @Mixin
    BankOptions bankOptions;

    @Mixin
    Selection selection;

    @Mixin
    Output output;

    @Mixin
    Verbosity verbosity;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ExporterProvider provider = Exports.provider(format);
        var exporter = Exports.create(provider, options);
        MethodBank bank = bankOptions.load(spec.commandLine().getErr(), verbosity.quiet);
        return Exports.run(exporter, bank, selection.select(bank), language.resolve(bank), output, verbosity,
                spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
