package io.github.methodbank.cli;

import picocli.CommandLine.Option;

/** --quiet and --verbose, on every command. */
final class Verbosity {
    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Print more, and a stack trace on unexpected errors.")
    boolean verbose;
}
