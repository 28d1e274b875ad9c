package io.github.methodbank.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The colours of a site: one per path, the same defaults as the printable cards' theme (the
 * palette by path position, dark enough for white text and told apart in grey), and an accent for
 * methods on no path. A site never shows a path by colour alone: phases where a method fits are
 * also filled, checked and named as fitting. Immutable and thread-safe.
 *
 * <p>As an option value ({@code colors}) it is written as comma-separated entries
 * {@code palette=#1F4E79/#2E6B30}, {@code accent=#333333} and {@code path.ID=#8E3B12}, each optional:
 * {@code "path.kehittaminen=#8E3B12,accent=#222222"}.
 */
public final class SiteColors {

    /** The default path colours, in path order: the card theme's palette. */
    public static final List<Integer> DEFAULT_PALETTE = List.of(0x1F4E79, 0x2E6B30, 0x8E3B12, 0x5B2C83, 0x006D6F, 0x444444);

    /** The default colour of methods on no path. */
    public static final int DEFAULT_ACCENT = 0x333333;

    private static final SiteColors DEFAULTS = new SiteColors(DEFAULT_PALETTE, Map.of(), DEFAULT_ACCENT);

    private final List<Integer> palette;
    private final Map<String, Integer> pathColors;
    private final int accent;

    private SiteColors(List<Integer> palette, Map<String, Integer> pathColors, int accent) {
        if (palette.isEmpty()) {
            throw new IllegalArgumentException("the palette needs at least one colour");
        }
        palette.forEach(SiteColors::rgb);
        pathColors.values().forEach(SiteColors::rgb);
        this.palette = List.copyOf(palette);
        this.pathColors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(pathColors));
        this.accent = rgb(accent);
    }

    /** The default colours: the cards' palette and accent. */
    public static SiteColors defaults() {
        return DEFAULTS;
    }

    /**
     * Colours of one's own.
     *
     * @param palette colours ({@code 0xRRGGBB}) for paths without their own, by path position; at least one
     * @param pathColors colours of particular paths, by path id
     * @param accent the colour of methods on no path
     * @return the colours
     * @throws IllegalArgumentException for an empty palette or a value that is not {@code 0xRRGGBB}
     */
    public static SiteColors of(List<Integer> palette, Map<String, Integer> pathColors, int accent) {
        Objects.requireNonNull(palette, "palette");
        Objects.requireNonNull(pathColors, "pathColors");
        return new SiteColors(palette, pathColors, accent);
    }

    /**
     * Reads the option form: {@code palette=#A/#B,accent=#C,path.ID=#D}; entries not given keep the defaults.
     *
     * @param text the option value
     * @return the colours
     * @throws IllegalArgumentException saying which form is expected
     */
    public static SiteColors parse(String text) {
        Objects.requireNonNull(text, "text");
        List<Integer> palette = DEFAULT_PALETTE;
        Map<String, Integer> paths = new LinkedHashMap<>();
        int accent = DEFAULT_ACCENT;
        for (String entry : text.split(",")) {
            String e = entry.trim();
            if (e.isEmpty()) {
                continue;
            }
            int eq = e.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("write palette=#RRGGBB/#RRGGBB, accent=#RRGGBB or path.ID=#RRGGBB, was '"
                        + e + "'");
            }
            String key = e.substring(0, eq).trim();
            String value = e.substring(eq + 1).trim();
            if (key.equals("palette")) {
                List<Integer> p = new ArrayList<>();
                for (String c : value.split("/")) {
                    p.add(hex(c.trim()));
                }
                palette = p;
            } else if (key.equals("accent")) {
                accent = hex(value);
            } else if (key.startsWith("path.") && key.length() > 5) {
                paths.put(key.substring(5), hex(value));
            } else {
                throw new IllegalArgumentException("unknown colour entry '" + key + "'; use palette, accent or path.ID");
            }
        }
        return new SiteColors(palette, paths, accent);
    }

    /** Colours for paths without their own, by the path's position in the bank. */
    public List<Integer> getPalette() {
        return palette;
    }

    /** Colours given for particular path ids. */
    public Map<String, Integer> getPathColors() {
        return pathColors;
    }

    /** The colour of methods on no path. */
    public int getAccent() {
        return accent;
    }

    /**
     * The colour of a path: its own, else the palette's by position.
     *
     * @param pathId the path's id
     * @param pathIndex the path's 0-based position in the bank
     * @return {@code 0xRRGGBB}
     */
    public int colorOf(String pathId, int pathIndex) {
        Objects.requireNonNull(pathId, "pathId");
        Integer c = pathColors.get(pathId);
        return c != null ? c : palette.get(Math.floorMod(pathIndex, palette.size()));
    }

    /** A colour as CSS writes it: {@code #1F4E79}. */
    public static String css(int rgb) {
        return String.format(Locale.ROOT, "#%06X", rgb);
    }

    /** The option form, read back by {@link #parse(String)}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("palette=");
        for (int i = 0; i < palette.size(); i++) {
            sb.append(i == 0 ? "" : "/").append(css(palette.get(i)));
        }
        sb.append(",accent=").append(css(accent));
        pathColors.forEach((id, c) -> sb.append(",path.").append(id).append('=').append(css(c)));
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SiteColors c && palette.equals(c.palette) && pathColors.equals(c.pathColors)
                && accent == c.accent;
    }

    @Override
    public int hashCode() {
        return Objects.hash(palette, pathColors, accent);
    }

    private static int hex(String s) {
        String h = s.startsWith("#") ? s.substring(1) : s;
        if (!h.matches("[0-9A-Fa-f]{6}")) {
            throw new IllegalArgumentException("'" + s + "' is not a colour #RRGGBB");
        }
        return Integer.parseInt(h, 16);
    }

    private static int rgb(int c) {
        if (c < 0 || c > 0xFFFFFF) {
            throw new IllegalArgumentException("colour " + c + " is not 0xRRGGBB");
        }
        return c;
    }
}
