package io.github.methodbank.pdf.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one document: each style's font is loaded (as an embedded subset, GSUB off) on first
 * use and added to the shared page resources; each code point is encoded by PDFBox once and added to
 * the subset once, so that writing text costs an array lookup per character. One instance per
 * export call. Not API.
 */
final class DocFonts {

    private final Spec spec;
    private final PDDocument doc;
    private final PDResources resources;
    private final Face[] faces = new Face[4];

    DocFonts(Spec spec, PDDocument doc, PDResources resources) {
        this.spec = spec;
        this.doc = doc;
        this.resources = resources;
    }

    /** The font of a style, loaded on first use. */
    Face face(int style) throws IOException {
        Face f = faces[style];
        if (f == null) {
            PDType0Font font = spec.font(style).load(doc);
            f = new Face(font, resources.add(font).getName());
            faces[style] = f;
        }
        return f;
    }

    /**
     * Builds the embedded subsets of the fonts used for text written here. PDFBox does this itself
     * only for fonts set through its own content streams, so this must run once, before saving.
     */
    void subset() throws IOException {
        for (Face f : faces) {
            if (f != null && f.used) {
                f.font.subset();
            }
        }
    }

    /** One loaded font: its PDFBox object, its resource name and its glyph codes. */
    static final class Face {
        private final PDType0Font font;
        private final String name;
        /** The two-byte code of each BMP code point, {@code -1} until first used. */
        private final int[] bmp = new int[0x10000];
        private final Map<Integer, Integer> supplementary = new HashMap<>();
        private boolean used;

        Face(PDType0Font font, String name) {
            this.font = font;
            this.name = name;
            Arrays.fill(bmp, -1);
        }

        /** The PDFBox font. */
        PDType0Font font() {
            return font;
        }

        /** The name under which the page resources hold the font, such as {@code F1}. */
        String name() {
            return name;
        }

        /** The code of a code point in the content stream; adds the code point to the subset. */
        int code(int cp) throws IOException {
            if (cp < 0x10000) {
                int c = bmp[cp];
                if (c < 0) {
                    c = encode(cp);
                    bmp[cp] = c;
                }
                return c;
            }
            Integer c = supplementary.get(cp);
            if (c == null) {
                c = encode(cp);
                supplementary.put(cp, c);
            }
            return c;
        }

        private int encode(int cp) throws IOException {
            byte[] b = font.encode(new String(Character.toChars(cp)));
            if (b.length != 2) {
                throw new IOException("font " + font.getName() + " encodes U+" + Integer.toHexString(cp).toUpperCase()
                        + " in " + b.length + " bytes; only two-byte (Identity-H) codes are supported");
            }
            font.addToSubset(cp);
            used = true;
            return ((b[0] & 0xFF) << 8) | (b[1] & 0xFF);
        }
    }
}
