package io.github.methodbank.cli;

import io.github.methodbank.core.MethodBankException;
import io.github.methodbank.core.Problem;
import io.github.methodbank.core.export.ExportException;
import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns failures into one line per problem and an exit code; a stack trace only with --verbose. */
final class Failures implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, ParseResult parseResult) {
        PrintWriter err = cl.getErr();
        boolean verbose = parseResult.subcommand() != null
                ? parseResult.subcommand().hasMatchedOption("--verbose") : parseResult.hasMatchedOption("--verbose");
        int code = Main.BAD_INPUT;
        if (e instanceof MethodBankException mbe) {
            for (Problem p : mbe.getProblems()) {
                err.println(p);
            }
            long errors = mbe.getProblems().stream().filter(p -> p.getSeverity() == Problem.Severity.ERROR).count();
            err.println(errors == 1 ? "1 problem found." : errors + " problems found.");
        } else if (e instanceof UserError ue) {
            err.println("methodbank: " + ue.getMessage());
            code = ue.exitCode;
        } else if (e instanceof ExportException) {
            err.println("methodbank: export failed: " + e.getMessage());
        } else if (e instanceof IOException) {
            err.println("methodbank: " + e.getMessage());
        } else if (e instanceof IllegalArgumentException) {
            err.println("methodbank: " + e.getMessage());
            code = Main.USAGE;
        } else {
            err.println("methodbank: unexpected error: " + e + (verbose ? "" : " (run with --verbose for details)"));
        }
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }
}
