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
                err.println(p); // one line, control characters escaped
            }
            if (mbe.getUnlistedCount() > 0) {
                err.println("\u2026 and " + mbe.getUnlistedCount() + " more (only the first " + mbe.getProblems().size()
                        + " found are listed).");
            }
            long errors = mbe.getErrorCount();
            err.println(errors == 1 ? "1 problem found." : errors + " problems found.");
        } else if (e instanceof UserError ue) {
            err.println("methodbank: " + Terminal.escape(ue.getMessage()));
            code = ue.exitCode;
        } else if (e instanceof ExportException) {
            err.println("methodbank: export failed: " + Terminal.escape(e.getMessage()));
        } else if (e instanceof IOException) {
            err.println("methodbank: " + Terminal.escape(e.getMessage()));
        } else if (e instanceof IllegalArgumentException) {
            err.println("methodbank: " + Terminal.escape(e.getMessage()));
            code = Main.USAGE;
        } else {
            err.println("methodbank: unexpected error: " + Terminal.escape(String.valueOf(e)) + (verbose ? "" : " (run with --verbose for details)"));
        }
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }
}
