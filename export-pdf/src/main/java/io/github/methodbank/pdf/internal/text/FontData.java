package io.github.methodbank.pdf.internal.text;

import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One TrueType font: its bytes (read once per process) and its advance widths, so that text is
 * measured without touching PDFBox per glyph. Thread-safe. Not API.
 */
public final class FontData {

    private final String name;
    private final byte[] bytes;
    /** Advance in 1/1000 em for each BMP code point; {@code -1} when the font has no glyph. */
    private final float[] bmp = new float[0x10000];
    private final ConcurrentHashMap<Integer, Float> supplementary = new ConcurrentHashMap<>();
    private final TrueTypeFont metrics;
    private final CmapLookup cmap;
    private final float scale;
    /** The combining marks (BMP) whose glyph is drawn to the right of its origin. */
    private final java.util.BitSet inkRight = new java.util.BitSet();

    private FontData(String name, byte[] bytes) throws IOException {
        this.name = name;
        this.bytes = bytes;
        this.metrics = parse(bytes);
        this.cmap = metrics.getUnicodeCmapLookup(false);
        if (cmap == null) {
            throw new IOException("font '" + name + "' has no Unicode character map");
        }
        this.scale = 1000f / metrics.getUnitsPerEm();
        Arrays.fill(bmp, -1f);
        for (int cp = 0; cp < 0x10000; cp++) {
            int gid = cmap.getGlyphId(cp);
            if (gid > 0) {
                bmp[cp] = metrics.getAdvanceWidth(gid) * scale;
                if (Glyphs.mark(cp) && bmp[cp] == 0) {
                    org.apache.fontbox.ttf.GlyphData g = metrics.getGlyph().getGlyph(gid);
                    if (g != null && g.getXMinimum() + g.getXMaximum() > 0) {
                        inkRight.set(cp);
                    }
                }
            }
        }
    }

    /**
     * Whether a combining mark of no width is drawn to the right of where it is placed. Fonts
     * draw Latin marks to the left, over the letter before them; right-to-left marks (Arabic,
     * Hebrew) to the right, so that in display order they go before their letter.
     */
    public boolean inkRight(int codePoint) {
        return codePoint < 0x10000 && inkRight.get(codePoint);
    }

    /**
     * Reads a TrueType font.
     *
     * @throws IOException when the bytes are not a usable TrueType font
     */
    public static FontData of(String name, byte[] bytes) throws IOException {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
        return new FontData(name, bytes.clone());
    }

    private static TrueTypeFont parse(byte[] bytes) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        // Latin, Greek and Cyrillic need no glyph substitution; with GSUB on, PDFBox sends every
        // showText through its (slow, allocation-heavy) GSUB worker.
        ttf.setEnableGsub(false);
        return ttf;
    }

    /** The font's name, for messages. */
    public String name() {
        return name;
    }

    /** The advance of a code point in 1/1000 em, or {@code -1} when the font has no glyph for it. */
    public float advance(int codePoint) {
        if (codePoint < 0x10000) {
            return bmp[codePoint];
        }
        return supplementary.computeIfAbsent(codePoint, this::lookUp);
    }

    private Float lookUp(int codePoint) {
        synchronized (metrics) {
            try {
                int gid = cmap.getGlyphId(codePoint);
                return gid > 0 ? metrics.getAdvanceWidth(gid) * scale : -1f;
            } catch (IOException e) {
                return -1f;
            }
        }
    }

    /** Whether the font can show the code point. */
    public boolean has(int codePoint) {
        return advance(codePoint) >= 0;
    }

    /** The width of text at a font size, in points; text must contain only code points the font has. */
    public float width(String text, float size) {
        float w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            float a = advance(cp);
            if (a > 0) {
                w += a;
            }
            i += Character.charCount(cp);
        }
        return w * size / 1000f;
    }

    /**
     * Loads the font into a document as an embedded subset, with glyph substitution off.
     *
     * @throws IOException when PDFBox cannot load it
     */
    public PDType0Font load(PDDocument doc) throws IOException {
        return PDType0Font.load(doc, parse(bytes), true);
    }
}
