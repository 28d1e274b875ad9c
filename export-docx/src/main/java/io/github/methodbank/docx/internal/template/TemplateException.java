package io.github.methodbank.docx.internal.template;

/**
 * A corporate template that cannot be used, found while the document is being written; its
 * message names the template and is shown as it is.
 */
public final class TemplateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * A template failure.
     *
     * @param template the template's name
     * @param problem what is wrong with it
     */
    public TemplateException(String template, String problem) {
        super("template " + template + " cannot be used: " + problem);
    }

    /**
     * A template failure with its cause.
     *
     * @param template the template's name
     * @param problem what is wrong with it
     * @param cause the cause
     */
    public TemplateException(String template, String problem, Throwable cause) {
        super("template " + template + " cannot be used: " + problem, cause);
    }
}
