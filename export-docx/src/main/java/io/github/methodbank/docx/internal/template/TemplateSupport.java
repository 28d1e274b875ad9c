package io.github.methodbank.docx.internal.template;

/**
 * Whether corporate templates can be read: Apache POI is an optional dependency of this module,
 * needed only for templates. Not API.
 */
public final class TemplateSupport {

    /** The dependency that adds template support. */
    public static final String DEPENDENCY = "org.apache.poi:poi-ooxml:5.5.1";

    private static final boolean AVAILABLE = probe();

    private TemplateSupport() {}

    /** Whether POI's Word classes can be loaded. */
    public static boolean available() {
        return AVAILABLE;
    }

    private static boolean probe() {
        try {
            Class.forName("org.apache.poi.xwpf.usermodel.XWPFDocument", false, TemplateSupport.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
