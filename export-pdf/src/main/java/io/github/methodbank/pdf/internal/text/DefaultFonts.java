package io.github.methodbank.pdf.internal.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans, bundled in this module (io/github/methodbank/pdf/fonts/, with its licence), read once per
 * process on first use. Not API.
 */
public final class DefaultFonts {

    private static final String DIR = "/io/github/methodbank/pdf/fonts/";

    private DefaultFonts() {}

    /** DejaVu Sans. */
    public static FontData regular() {
        return Regular.FONT;
    }

    /** DejaVu Sans Bold. */
    public static FontData bold() {
        return Bold.FONT;
    }

    /** DejaVu Sans Oblique. */
    public static FontData italic() {
        return Italic.FONT;
    }

    /** DejaVu Sans Bold Oblique. */
    public static FontData boldItalic() {
        return BoldItalic.FONT;
    }

    private static FontData read(String file, String name) {
        try (InputStream in = DefaultFonts.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + DIR + file
                        + " is missing from the class path; it is part of methodbank-export-pdf's jar");
            }
            return FontData.of(name, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + DIR + file, e);
        }
    }

    private static final class Regular {
        static final FontData FONT = read("DejaVuSans.ttf", "DejaVu Sans");
    }

    private static final class Bold {
        static final FontData FONT = read("DejaVuSans-Bold.ttf", "DejaVu Sans Bold");
    }

    private static final class Italic {
        static final FontData FONT = read("DejaVuSans-Oblique.ttf", "DejaVu Sans Oblique");
    }

    private static final class BoldItalic {
        static final FontData FONT = read("DejaVuSans-BoldOblique.ttf", "DejaVu Sans Bold Oblique");
    }
}
