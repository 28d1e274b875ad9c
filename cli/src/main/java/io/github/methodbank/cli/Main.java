package io.github.methodbank.cli;

import io.github.methodbank.core.export.ExporterProvider;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code methodbank} command. Exit codes: 0 success, 1 bad input (the bank, a file, an
 * export failure), 2 usage error.
 */
@Command(name = "methodbank",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Validate method banks, list their methods and export them as printable cards and workshop documents.",
        subcommands = {ValidateCommand.class, ListCommand.class, CardsCommand.class, WorkshopCommand.class,
            SiteCommand.class, ExportCommand.class, FormatsCommand.class, CompletionCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:bad input: the bank has problems, a file cannot be read or written, an export failed",
            "2:usage error: unknown command or option, bad option value"},
        footerHeading = "%n",
        footer = "With no BANK, commands use the bundled sample bank. Run 'methodbank COMMAND --help' for a command's options.")
public final class Main implements Runnable {

    /** The root command; picocli creates it. */
    public Main() {
        // the subcommands do the work
    }

    /** Exit code for success. */
    public static final int OK = 0;
    /** Exit code for bad input. */
    public static final int BAD_INPUT = 1;
    /** Exit code for usage errors. */
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        quietLibraryLogging(args);
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given output streams and returns the exit code (for tests and embedding). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        quietLibraryLogging(args);
        CommandLine cl = commandLine(args);
        cl.setOut(out);
        cl.setErr(err);
        try {
            int code = cl.execute(args);
            // a PrintWriter swallows write errors: a full disk or a closed pipe on standard output
            // (list > /dev/full) would otherwise exit 0 with the output lost
            if (out.checkError()) {
                err.println("methodbank: cannot write to standard output");
                err.flush();
                return Math.max(code, BAD_INPUT);
            }
            return code;
        } catch (OutOfMemoryError e) {
            err.println("methodbank: out of memory (the Java heap is " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB); run java with a larger -Xmx, or export fewer methods at a time");
        } catch (StackOverflowError e) {
            err.println("methodbank: the export ran out of stack; run java with a larger -Xss (for example -Xss16m)");
        }
        err.flush();
        return BAD_INPUT;
    }

    /**
     * PDFBox logs through Commons Logging, which goes to the Log4j API when it is there (as in the
     * command's jar) and to java.util.logging otherwise; POI logs through the Log4j API, which
     * without a provider prints a complaint on every run. Without --verbose no library prints a
     * line: what matters reaches the user as a warning or an error of methodbank's own. With
     * --verbose the libraries' errors and warnings are shown on standard error. A user's own
     * logging configuration (these system properties) is left alone.
     */
    static void quietLibraryLogging(String[] args) {
        boolean verbose = false;
        for (String a : args) {
            if (a.equals("--")) {
                break;
            }
            verbose |= a.equals("--verbose") || a.matches("-[qfhV]*v[qfhvV]*"); // -v, also among other flags (-qv)
        }
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        if (System.getProperty(SIMPLE_LEVEL) == null || System.getProperty(SIMPLE_LEVEL).equals(ourLevel)) {
            ourLevel = verbose ? "WARN" : "OFF";
            System.setProperty(SIMPLE_LEVEL, ourLevel);
        }
        if (System.getProperty("java.util.logging.config.file") == null
                && System.getProperty("java.util.logging.config.class") == null) {
            for (java.util.logging.Logger l : QUIETED) {
                l.setLevel(verbose ? java.util.logging.Level.WARNING : java.util.logging.Level.OFF);
            }
        }
    }

    private static final String SIMPLE_LEVEL = "org.apache.logging.log4j.simplelog.level";
    /** The level this class set, so a later run in the same JVM (tests, embedding) may set it again. */
    private static String ourLevel;
    /** Held here: java.util.logging keeps loggers only weakly, and a collected one forgets its level. */
    private static final java.util.List<java.util.logging.Logger> QUIETED = java.util.List.of(
            java.util.logging.Logger.getLogger("org.apache.pdfbox"), java.util.logging.Logger.getLogger("org.apache.fontbox"),
            java.util.logging.Logger.getLogger("org.apache.poi"));

    /** The configured picocli command line with the options of every format command. */
    static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * The configured picocli command line for these arguments. A format command (cards, workshop)
     * gets its format's options only when it is the one being run, or for help and completion, so
     * that running one format loads no class of another.
     */
    static CommandLine commandLine(String[] args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new Failures());
        cl.setParameterExceptionHandler(new UsageErrors());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setUsageHelpAutoWidth(true);
        String invoked = null;
        for (String a : args) {
            if (!a.startsWith("-")) {
                invoked = a;
                break;
            }
        }
        boolean all = invoked == null || invoked.equals("help") || invoked.equals("completion");
        for (Map.Entry<String, CommandLine> e : cl.getSubcommands().entrySet()) {
            if (e.getValue().getCommand() instanceof FormatCommand fc && (all || e.getKey().equals(invoked))) {
                installFormatOptions(e.getValue(), fc);
            }
        }
        return cl;
    }

    private static void installFormatOptions(CommandLine command, FormatCommand fc) {
        ExporterProvider provider;
        try {
            provider = Exports.discover().stream().filter(p -> p.getFormat().getId().equals(fc.formatId())).findFirst()
                    .orElse(null);
        } catch (UserError e) {
            return; // the command reports the broken plug-in when it runs
        }
        if (provider != null) {
            fc.formatOptions(FormatOptions.install(command, provider));
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"methodbank " + (v == null ? "(development build)" : v),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
