package io.github.methodbank.cli;

/** A mistake the user can fix, reported as one line without a stack trace. */
final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int exitCode;

    UserError(String message) {
        this(message, Main.BAD_INPUT);
    }

    UserError(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    UserError(String message, Throwable cause) {
        super(message, cause);
        this.exitCode = Main.BAD_INPUT;
    }
}
