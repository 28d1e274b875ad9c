package io.github.methodbank.cli;

import io.github.methodbank.core.export.ExportOption;
import io.github.methodbank.core.export.ExporterProvider;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** methodbank formats. */
@Command(name = "formats", mixinStandardHelpOptions = true,
        description = "List the export formats found on the class path, with their options.")
final class FormatsCommand implements Callable<Integer> {

    @Mixin
    Verbosity verbosity;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<ExporterProvider> providers = Exports.discover();
        if (providers.isEmpty()) {
            out.println("No export formats found.");
        }
        for (ExporterProvider p : providers) {
            out.printf("%-16s %s (.%s, %s)%n", p.format().getId(), p.format().getDisplayName(),
                    p.format().getFileExtension(), p.format().getMediaType());
            if (!verbosity.quiet) {
                for (ExportOption o : p.options()) {
                    out.printf("    %-14s %s%s%n", o.name(), o.description(),
                            o.defaultValue().isBlank() ? "" : " (default: " + o.defaultValue() + ")");
                }
            }
        }
        out.flush();
        return Main.OK;
    }
}
