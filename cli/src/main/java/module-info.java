/** The {@code methodbank} command line. */
module io.github.methodbank.cli {
    requires io.github.methodbank.core;
    requires io.github.methodbank.pdf;
    requires io.github.methodbank.html;
    requires info.picocli;

    opens io.github.methodbank.cli to info.picocli;
}
