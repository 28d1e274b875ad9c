package io.github.methodbank.cli;

/** A command that exports with one format and takes that format's options ({@link FormatOptions}). */
interface FormatCommand {

    /** The id of the format, such as {@code pdf-cards}. */
    String formatId();

    /** Receives the format's options once they are added to the command. */
    void formatOptions(FormatOptions options);
}
