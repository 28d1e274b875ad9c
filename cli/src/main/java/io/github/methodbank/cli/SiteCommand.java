package io.github.methodbank.cli;

import io.github.methodbank.core.Method;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.export.ExportJob;
import io.github.methodbank.core.export.Exporter;
import io.github.methodbank.html.HtmlSiteExporter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** methodbank site: a static website; the site options come from the html-site format. */
@Command(name = "site", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write a static website of the methods: a directory, or a .zip archive when --output ends in .zip.",
            "The directory is built aside and moved into place when complete."})
final class SiteCommand extends FormatCommand {

    @Mixin
    BankOptions bankOptions;

    @Mixin
    Selection selection;

    @Mixin
    Language language;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR|FILE.zip", required = true,
            description = "The directory to write the site to, or a .zip file; '-' writes the .zip to standard output.")
    String output;

    @Option(names = {"-f", "--force"}, description = "Replace DIR (a site written before) or FILE.zip if it exists.")
    boolean force;

    @Mixin
    Verbosity verbosity;



    @Override
    String formatId() {
        return HtmlSiteExporter.FORMAT.getId();
    }


    @Override
    public Integer call() throws Exception {
        Exporter exporter = exporter();
        MethodBank bank = bankOptions.load(spec.commandLine().getErr(), verbosity.quiet);
        List<Method> methods = selection.select(bank);
        Progress progress = new Progress(spec.commandLine().getErr(), verbosity.quiet);
        ExportJob job = ExportJob.builder().bank(bank).methods(methods).language(language.resolve(bank))
                .listener(progress).build();
        long start = System.nanoTime();
        Path written;
        try {
            if (output.equals("-")) {
                // the descriptor itself, not System.out, which swallows write errors
                var stdout = new java.io.FileOutputStream(java.io.FileDescriptor.out);
                exporter.export(job, stdout);
                stdout.flush();
                return Main.OK;
            } else if (output.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                written = SiteOutput.writeFile(output, force, out -> exporter.export(job, out));
            } else if (exporter instanceof HtmlSiteExporter site) {
                written = SiteOutput.writeDirectory(output, force, dir -> site.exportTo(job, dir));
            } else {
                written = SiteOutput.writeDirectory(output, force, dir -> SiteOutput.unzip(exporter, job, dir));
            }
        } catch (RuntimeException | LinkageError e) {
            if (e instanceof UserError u) {
                throw u;
            }
            throw new UserError("the exporter for format '" + exporter.getFormat().getId() + "' failed unexpectedly: " + e
                    + " (run with --verbose for details)", e);
        }
        if (!verbosity.quiet) {
            spec.commandLine().getOut().printf("Wrote %s (%d method%s, %s) in %d ms.%n", written, methods.size(),
                    methods.size() == 1 ? "" : "s", exporter.getFormat().getDisplayName(),
                    (System.nanoTime() - start) / 1_000_000);
        }
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
