package io.github.methodbank.core.export;

/**
 * An export failed. The message says what went wrong in words a user understands and, when
 * a method or section is to blame, names it.
 */
public class ExportException extends Exception {

    private static final long serialVersionUID = 1L;

    /** An export failure. */
    public ExportException(String message) {
        super(message);
    }

    /** An export failure with its cause. */
    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
