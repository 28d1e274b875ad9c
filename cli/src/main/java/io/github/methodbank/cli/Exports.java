package io.github.methodbank.cli;

import io.github.methodbank.core.Method;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.export.ExportJob;
import io.github.methodbank.core.export.Exporter;
import io.github.methodbank.core.export.ExporterProvider;
import io.github.methodbank.core.export.Exporters;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Runs an export the same way for every command. */
final class Exports {
    private Exports() {}

    /** The discovered providers; a broken plug-in on the class path is a one-line error. */
    static List<ExporterProvider> discover() {
        try {
            return Exporters.discover(Thread.currentThread().getContextClassLoader());
        } catch (java.util.ServiceConfigurationError | IllegalStateException e) {
            throw new UserError("an export format on the class path is broken: " + e.getMessage(), e);
        }
    }

    static ExporterProvider provider(String formatId) {
        List<ExporterProvider> all = discover();
        return all.stream().filter(p -> p.getFormat().getId().equals(formatId)).findFirst()
                .orElseThrow(() -> new UserError("no exporter for format '" + formatId + "'; available: "
                        + all.stream().map(p -> p.getFormat().getId()).collect(Collectors.joining(", ")), Main.USAGE));
    }

    static Exporter create(ExporterProvider provider, Map<String, String> options) {
        try {
            return provider.create(options);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), Main.USAGE);
        } catch (RuntimeException | LinkageError e) {
            throw new UserError("the exporter for format '" + provider.getFormat().getId() + "' ("
                    + provider.getClass().getName() + ") is broken: " + e, e);
        }
    }

    static int run(Exporter exporter, MethodBank bank, List<Method> methods, String language, Output output,
            Verbosity verbosity, PrintWriter out, PrintWriter err) throws Exception {
        Progress progress = new Progress(err, verbosity.quiet);
        ExportJob job = ExportJob.builder().bank(bank).methods(methods).language(language).listener(progress).build();
        long start = System.nanoTime();
        Path written = output.write(o -> {
            try {
                exporter.export(job, o);
            } catch (RuntimeException | LinkageError e) {
                throw new UserError("the exporter for format '" + exporter.getFormat().getId()
                        + "' failed unexpectedly: " + e + " (run with --verbose for details)", e);
            }
        });
        if (written != null && !verbosity.quiet) {
            out.printf("Wrote %s (%d method%s, %s) in %d ms.%n", Terminal.escape(written.toString()), methods.size(), methods.size() == 1 ? "" : "s",
                    Terminal.escape(exporter.getFormat().getDisplayName()), (System.nanoTime() - start) / 1_000_000);
        }
        out.flush();
        return Main.OK;
    }
}
