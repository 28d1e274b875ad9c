package io.github.methodbank.cli;

import io.github.methodbank.core.MethodBank;
import io.github.methodbank.pdf.PdfCardExporter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** methodbank cards: printable PDF cards. */
@Command(name = "cards", mixinStandardHelpOptions = true,
        description = "Write methods as printable two-sided PDF cards.")
final class CardsCommand implements Callable<Integer> {

    @Mixin
    BankOptions bankOptions;

    @Mixin
    Selection selection;

    @Mixin
    Language language;

    @Option(names = "--size", paramLabel = "SIZE", description = "a6 (default), a7, a5, poker, tarot, index-5x3 or WxH in mm, e.g. 63x88.")
    String size;

    @Option(names = "--orientation", paramLabel = "O", description = "portrait (default) or landscape.")
    String orientation;

    @Option(names = "--layout", paramLabel = "L", description = "single: one card face per page (default); sheet: several cards per sheet with crop marks.")
    String layout;

    @Option(names = "--sheet", paramLabel = "S", description = "Sheet for --layout sheet: a4 (default) or letter.")
    String sheet;

    @Option(names = "--duplex", paramLabel = "D", description = "How your printer flips sheets: long-edge (default) or short-edge.")
    String duplex;

    @Option(names = "--bleed", paramLabel = "MM", description = "Bleed around each card in mm (default 3).")
    String bleed;

    @Option(names = "--offset-x", paramLabel = "MM", description = "Shift back sheets right by this many mm (from the calibration sheet).")
    String offsetX;

    @Option(names = "--offset-y", paramLabel = "MM", description = "Shift back sheets up by this many mm (from the calibration sheet).")
    String offsetY;

    @Option(names = "--pdfa", description = "Write PDF/A-2b for archiving.")
    boolean pdfa;

    @Option(names = "--qr", description = "Print a QR code of the method's first link on the back.")
    boolean qr;

    @Option(names = "--no-crop-marks", description = "Leave crop marks off sheets.")
    boolean noCropMarks;

    @Option(names = "--calibration", description = {"Write a duplex calibration sheet instead of cards: print it two-sided,",
        "read how far the back is off, and pass that as --offset-x/--offset-y."})
    boolean calibration;

    @Option(names = "--fail-on-overflow", description = "Fail instead of continuing text on extra cards (1/2, 2/2).")
    boolean failOnOverflow;

    @Mixin
    Output output;

    @Mixin
    Verbosity verbosity;

    @Spec
    CommandSpec spec;

    Map<String, String> options() {
        Map<String, String> o = new LinkedHashMap<>();
        put(o, "size", size);
        put(o, "orientation", orientation);
        put(o, "layout", layout);
        put(o, "sheet", sheet);
        put(o, "duplex", duplex);
        put(o, "bleed", bleed);
        put(o, "offset-x", offsetX);
        put(o, "offset-y", offsetY);
        if (pdfa) {
            o.put("pdfa", "true");
        }
        if (qr) {
            o.put("qr", "true");
        }
        if (noCropMarks) {
            o.put("crop-marks", "false");
        }
        if (failOnOverflow) {
            o.put("overflow", "fail");
        }
        return o;
    }

    private static void put(Map<String, String> o, String key, String value) {
        if (value != null) {
            o.put(key, value);
        }
    }

    @Override
    public Integer call() throws Exception {
        var exporter = Exports.create(Exports.provider("pdf-cards"), options());
        if (calibration) {
            if (bankOptions.bank != null || !selection.methods.isEmpty() || selection.phase != null
                    || selection.tag != null || selection.search != null || language.lang != null) {
                throw new UserError("--calibration writes a calibration sheet only: leave out BANK, --method, --phase,"
                        + " --tag, --search and --lang", Main.USAGE);
            }
            if (!(exporter instanceof PdfCardExporter cards)) {
                throw new UserError("the pdf-cards exporter on the class path cannot write calibration sheets");
            }
            java.nio.file.Path written = output.write(cards::exportCalibrationSheet);
            if (written != null && !verbosity.quiet) {
                spec.commandLine().getOut().println("Wrote calibration sheet " + written + ".");
            }
            return Main.OK;
        }
        MethodBank bank = bankOptions.load(spec.commandLine().getErr(), verbosity.quiet);
        return Exports.run(exporter, bank, selection.select(bank), language.resolve(bank), output, verbosity,
                spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
