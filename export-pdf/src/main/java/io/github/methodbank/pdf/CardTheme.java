package io.github.methodbank.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The look of the cards: a colour per path, the fonts, an optional logo. Colours are
 * {@code 0xRRGGBB}. The default palette is dark enough for white text and keeps paths apart when
 * printed in black and white; fitting phases are also marked by a filled box and a check mark, so
 * nothing depends on colour alone. Immutable and thread-safe.
 */
public final class CardTheme {

    /** The default path colours, in path order. */
    public static final List<Integer> DEFAULT_PALETTE = List.of(0x1F4E79, 0x2E6B30, 0x8E3B12, 0x5B2C83, 0x006D6F, 0x444444);

    private static final CardTheme DEFAULTS = builder().build();

    private final Map<String, Integer> pathColors;
    private final List<Integer> palette;
    private final int accentColor;
    private final CardFont regular;
    private final CardFont bold;
    private final CardFont italic;
    private final CardFont boldItalic;
    private final byte[] logo;

    private CardTheme(Builder b) {
        this.pathColors = Map.copyOf(b.pathColors);
        this.palette = List.copyOf(b.palette);
        this.accentColor = b.accentColor;
        this.regular = b.regular != null ? b.regular : CardFont.dejaVuSans();
        this.bold = b.bold != null ? b.bold : b.regular != null ? b.regular : CardFont.dejaVuSansBold();
        this.italic = b.italic != null ? b.italic : b.regular != null ? b.regular : CardFont.dejaVuSansOblique();
        this.boldItalic = b.boldItalic != null ? b.boldItalic
                : b.regular != null ? this.bold : CardFont.dejaVuSansBoldOblique();
        this.logo = b.logo == null ? null : b.logo.clone();
    }

    /** The default theme: default palette, DejaVu Sans, no logo. */
    public static CardTheme defaults() {
        return DEFAULTS;
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Colours given for particular path ids. */
    public Map<String, Integer> getPathColors() {
        return pathColors;
    }

    /** Colours for paths without their own, by the path's position in the bank. */
    public List<Integer> getPalette() {
        return palette;
    }

    /** The colour of cards whose method is on no path. */
    public int getAccentColor() {
        return accentColor;
    }

    /** The colour of a path: its own, else the palette's by position. */
    public int colorOf(String pathId, int pathIndex) {
        Objects.requireNonNull(pathId, "pathId");
        Integer c = pathColors.get(pathId);
        return c != null ? c : palette.get(Math.floorMod(pathIndex, palette.size()));
    }

    /** The regular font. */
    public CardFont getRegularFont() {
        return regular;
    }

    /** The bold font. */
    public CardFont getBoldFont() {
        return bold;
    }

    /** The italic font. */
    public CardFont getItalicFont() {
        return italic;
    }

    /** The bold italic font. */
    public CardFont getBoldItalicFont() {
        return boldItalic;
    }

    /** The logo (PNG or JPEG bytes), if any; a copy. */
    public java.util.Optional<byte[]> logo() {
        return java.util.Optional.ofNullable(logo == null ? null : logo.clone());
    }

    byte[] logoBytes() {
        return logo;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CardTheme t && pathColors.equals(t.pathColors) && palette.equals(t.palette)
                && accentColor == t.accentColor && regular.equals(t.regular) && bold.equals(t.bold)
                && italic.equals(t.italic) && boldItalic.equals(t.boldItalic) && java.util.Arrays.equals(logo, t.logo);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(pathColors, palette, accentColor, regular, bold, italic, boldItalic,
                java.util.Arrays.hashCode(logo));
    }

    @Override
    public String toString() {
        return "CardTheme[pathColors=" + new java.util.TreeMap<>(pathColors) + ", palette=" + palette + ", accent="
                + accentColor + ", fonts=" + regular + "/" + bold + "/" + italic + "/" + boldItalic + ", logo="
                + (logo == null ? "none" : java.util.Arrays.hashCode(logo)) + "]";
    }

    /** Builds a {@link CardTheme}. */
    public static final class Builder {
        private final Map<String, Integer> pathColors = new LinkedHashMap<>();
        private final List<Integer> palette = new ArrayList<>(DEFAULT_PALETTE);
        private int accentColor = 0x333333;
        private CardFont regular;
        private CardFont bold;
        private CardFont italic;
        private CardFont boldItalic;
        private byte[] logo;

        private Builder() {}

        /** The colour ({@code 0xRRGGBB}) of one path. */
        public Builder pathColor(String pathId, int rgb) {
            Objects.requireNonNull(pathId, "pathId");
            pathColors.put(pathId, rgb(rgb));
            return this;
        }

        /** The colours for paths without their own, in path order; at least one. */
        public Builder palette(List<Integer> colors) {
            Objects.requireNonNull(colors, "colors");
            if (colors.isEmpty()) {
                throw new IllegalArgumentException("the palette needs at least one colour");
            }
            palette.clear();
            colors.forEach(c -> palette.add(rgb(c)));
            return this;
        }

        /** The colour of cards whose method is on no path. */
        public Builder accentColor(int rgb) {
            this.accentColor = rgb(rgb);
            return this;
        }

        /**
         * The regular font. When only this one is given, it also serves bold and italic text (set
         * those too for real bold and italic).
         */
        public Builder regularFont(CardFont font) {
            this.regular = Objects.requireNonNull(font, "font");
            return this;
        }

        /** The bold font. */
        public Builder boldFont(CardFont font) {
            this.bold = Objects.requireNonNull(font, "font");
            return this;
        }

        /** The italic font. */
        public Builder italicFont(CardFont font) {
            this.italic = Objects.requireNonNull(font, "font");
            return this;
        }

        /** The bold italic font. */
        public Builder boldItalicFont(CardFont font) {
            this.boldItalic = Objects.requireNonNull(font, "font");
            return this;
        }

        /** A logo shown in the card header: PNG or JPEG bytes. */
        public Builder logo(byte[] pngOrJpeg) {
            Objects.requireNonNull(pngOrJpeg, "pngOrJpeg");
            boolean png = pngOrJpeg.length > 8 && (pngOrJpeg[0] & 0xFF) == 0x89 && pngOrJpeg[1] == 'P';
            boolean jpeg = pngOrJpeg.length > 3 && (pngOrJpeg[0] & 0xFF) == 0xFF && (pngOrJpeg[1] & 0xFF) == 0xD8;
            if (!png && !jpeg) {
                throw new IllegalArgumentException("the logo must be a PNG or JPEG image");
            }
            this.logo = pngOrJpeg.clone();
            return this;
        }

        /** The theme. */
        public CardTheme build() {
            return new CardTheme(this);
        }

        private static int rgb(int c) {
            if (c < 0 || c > 0xFFFFFF) {
                throw new IllegalArgumentException("colour " + c + " is not 0xRRGGBB");
            }
            return c;
        }
    }
}
