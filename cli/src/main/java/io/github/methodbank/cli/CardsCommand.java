package io.github.methodbank.cli;

import io.github.methodbank.core.MethodBank;
import io.github.methodbank.pdf.PdfCardExporter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** methodbank cards: printable PDF cards; the card options come from the pdf-cards format. */
@Command(name = "cards", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Write methods as printable two-sided PDF cards.")
final class CardsCommand extends FormatCommand {

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

    @Option(names = "--calibration", description = {"Write a duplex calibration sheet instead of cards: print it two-sided,",
        "read how far the back is off, and pass that as --offset-x/--offset-y."})
    boolean calibration;



    @Override
    String formatId() {
        return PdfCardExporter.FORMAT.getId();
    }


    @Override
    public Integer call() throws Exception {
        var exporter = exporter();
        if (calibration) {
            if (bankOptions.bank != null || !selection.methods.isEmpty() || selection.phase != null
                    || selection.tag != null || selection.search != null || language.lang != null) {
                throw new UserError("--calibration writes a calibration sheet only: leave out BANK, --method, --phase,"
                        + " --tag, --search and --lang", Main.USAGE);
            }
            if (!(exporter instanceof PdfCardExporter cards)) {
                throw new UserError("the pdf-cards exporter on the class path cannot write calibration sheets");
            }
            Path written = output.write(cards::exportCalibrationSheet);
            if (written != null && !verbosity.quiet) {
                spec.commandLine().getOut().println("Wrote calibration sheet " + Terminal.escape(written.toString()) + ".");
            }
            return Main.OK;
        }
        MethodBank bank = bankOptions.load(spec.commandLine().getErr(), verbosity.quiet);
        return Exports.run(exporter, bank, selection.select(bank), language.resolve(bank), output, verbosity,
                spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
