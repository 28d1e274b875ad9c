package io.github.methodbank.html;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** The Nu HTML Checker (vnu), run in this JVM with its bundled HTML schema: the errors of a page. */
final class NuChecker {

    private final List<String> errors = new ArrayList<>();
    private final SimpleDocumentValidator validator;
    private String current;

    NuChecker() throws Exception {
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings are advice (such as "consider adding a lang attribute"), not errors
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(current + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
        validator.setUpValidatorAndParsers(handler, true, false);
    }

    /** Checks a page; its errors are added to {@link #errors()}. */
    void check(String name, byte[] html) throws Exception {
        current = name;
        InputSource in = new InputSource(new ByteArrayInputStream(html));
        in.setEncoding("UTF-8");
        in.setSystemId(name);
        validator.checkHtmlInputSource(in);
    }

    /** The errors so far, each with its page, line and column. */
    List<String> errors() {
        return errors;
    }
}
