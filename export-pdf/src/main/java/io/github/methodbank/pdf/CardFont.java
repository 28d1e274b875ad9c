package io.github.methodbank.pdf;

import io.github.methodbank.pdf.internal.text.DefaultFonts;
import io.github.methodbank.pdf.internal.text.FontData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A TrueType font for cards, embedded as a subset. The bytes are read and measured once; one
 * instance can serve any number of exports. Immutable and thread-safe.
 */
public final class CardFont {

    private final FontData data;

    private CardFont(FontData data) {
        this.data = data;
    }

    /** DejaVu Sans, bundled with this library. */
    public static CardFont dejaVuSans() {
        return Defaults.REGULAR;
    }

    /** DejaVu Sans Bold. */
    public static CardFont dejaVuSansBold() {
        return Defaults.BOLD;
    }

    /** DejaVu Sans Oblique. */
    public static CardFont dejaVuSansOblique() {
        return Defaults.ITALIC;
    }

    /** DejaVu Sans Bold Oblique. */
    public static CardFont dejaVuSansBoldOblique() {
        return Defaults.BOLD_ITALIC;
    }

    /**
     * A font from TrueType ({@code .ttf}) bytes.
     *
     * @throws IllegalArgumentException when the bytes are not a usable TrueType font
     */
    public static CardFont of(String name, byte[] ttf) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ttf, "ttf");
        try {
            return new CardFont(FontData.of(name, ttf));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("font '" + name + "' is not a usable TrueType font: " + e.getMessage(), e);
        }
    }

    /**
     * A font from a TrueType file.
     *
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException when it is not a usable TrueType font
     */
    public static CardFont of(Path ttf) throws IOException {
        Objects.requireNonNull(ttf, "ttf");
        return of(String.valueOf(ttf.getFileName()), Files.readAllBytes(ttf));
    }

    /** The font's name as given. */
    public String getName() {
        return data.name();
    }

    FontData data() {
        return data;
    }

    @Override
    public String toString() {
        return "CardFont[" + data.name() + "]";
    }

    private static final class Defaults {
        static final CardFont REGULAR = new CardFont(DefaultFonts.regular());
        static final CardFont BOLD = new CardFont(DefaultFonts.bold());
        static final CardFont ITALIC = new CardFont(DefaultFonts.italic());
        static final CardFont BOLD_ITALIC = new CardFont(DefaultFonts.boldItalic());
    }
}
