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
            // a plug-in's texts are printed with control characters escaped, like everything else
            out.printf("%-16s %s (.%s, %s)%n", Terminal.escape(p.getFormat().getId()),
                    Terminal.escape(p.getFormat().getDisplayName()), Terminal.escape(p.getFormat().getFileExtension()),
                    Terminal.escape(p.getFormat().getMediaType()));
            if (!verbosity.quiet) {
                for (ExportOption<?> o : p.getOptions()) {
                    out.printf("    -O %s=%s%n        %s%s%n", Terminal.escape(o.getName()), Terminal.escape(o.getValueLabel()),
                            Terminal.escape(o.getDescription()),
                            Terminal.escape(o.getDefaultText().map(d -> " (default: " + d + ")").orElse("")));
                }
            }
        }
        out.flush();
        return Main.OK;
    }
}
