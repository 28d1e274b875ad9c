/** The {@code methodbank} command line. */
module io.github.methodbank.cli {
    requires io.github.methodbank.core;
    requires io.github.methodbank.pdf;
    requires io.github.methodbank.html;
    requires info.picocli;
    // to keep the libraries' java.util.logging quiet without --verbose (Main.quietLibraryLogging)
    requires java.logging;

    opens io.github.methodbank.cli to info.picocli;
}
