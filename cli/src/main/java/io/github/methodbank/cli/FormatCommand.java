package io.github.methodbank.cli;

import io.github.methodbank.core.export.Exporter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that exports with one format and takes that format's options ({@link FormatOptions}),
 * which {@link Main} adds to it from the format's declared options.
 */
abstract class FormatCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private FormatOptions format;

    /** The id of the format, such as {@code pdf-cards}. */
    abstract String formatId();

    /** Receives the format's options once they are added to the command. */
    final void formatOptions(FormatOptions options) {
        this.format = options;
    }

    /** The format's exporter, made from the options given on the command line. */
    final Exporter exporter() {
        if (format == null) {
            return Exports.create(Exports.provider(formatId()), Map.of());
        }
        return Exports.create(format.provider(), format.values(spec.commandLine().getParseResult()));
    }
}
