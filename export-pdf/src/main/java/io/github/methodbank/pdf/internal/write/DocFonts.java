package io.github.methodbank.pdf.internal.write;

import io.github.methodbank.pdf.internal.Spec;
import io.github.methodbank.pdf.internal.card.Face;
import io.github.methodbank.pdf.internal.text.Arabic;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one document: each style's font is loaded (as an embedded subset, GSUB off) on first
 * use and added to the shared page resources; each code point is encoded by PDFBox once and added to
 * the subset once, so that writing text costs an array lookup per character. One instance per
 * export call. Not API.
 */
public final class DocFonts {

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
                if (f.presentationForms) {
                    toUnicode(f);
                }
            }
        }
    }

    /**
     * Replaces the font's character map for text extraction with one that gives the letter a
     * joined Arabic glyph stands for instead of the presentation-form character, as shaping engines
     * do: copying, searching and reading aloud then get the letters as written, whatever the viewer.
     * Every other glyph maps to the code point it was used for.
     */
    private void toUnicode(Face f) throws IOException {
        Map<Integer, String> byCode = new TreeMap<>();
        for (int cp = 0; cp < 0x10000; cp++) {
            if (f.bmp[cp] >= 0) {
                byCode.putIfAbsent(f.bmp[cp], letters(cp));
            }
        }
        new TreeMap<>(f.supplementary).forEach((cp, code) -> byCode.putIfAbsent(code, letters(cp)));
        StringBuilder cmap = new StringBuilder(64 + 20 * byCode.size());
        cmap.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        List<Map.Entry<Integer, String>> entries = new ArrayList<>(byCode.entrySet());
        for (int from = 0; from < entries.size(); from += 100) { // at most 100 entries per block
            List<Map.Entry<Integer, String>> block = entries.subList(from, Math.min(entries.size(), from + 100));
            cmap.append(block.size()).append(" beginbfchar\n");
            for (Map.Entry<Integer, String> e : block) {
                cmap.append(String.format(Locale.ROOT, "<%04X> <", e.getKey()));
                for (char c : e.getValue().toCharArray()) {
                    cmap.append(String.format(Locale.ROOT, "%04X", (int) c));
                }
                cmap.append(">\n");
            }
            cmap.append("endbfchar\n");
        }
        cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        COSStream stream = doc.getDocument().createCOSStream();
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(cmap.toString().getBytes(StandardCharsets.US_ASCII));
        }
        f.font.getCOSObject().setItem(COSName.TO_UNICODE, stream);
    }

    /**
     * The characters a glyph used for a code point stands for: the letter of a presentation form.
     * Ligatures (lam-alef, and any other form of several letters) keep their own character: mapped
     * to their letters, some extractors (poppler) reverse them with the line and give another word.
     */
    private static String letters(int cp) {
        String s = new String(Character.toChars(cp));
        if (!presentationForm(cp)) {
            return s;
        }
        String letters = Normalizer.normalize(s, Normalizer.Form.NFKC);
        return letters.codePointCount(0, letters.length()) == 1 ? letters : s;
    }

    private static boolean presentationForm(int cp) {
        return (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF);
    }

    /** One loaded font: its PDFBox object, its resource name and its glyph codes. */
    static final class Face {
        private final PDType0Font font;
        private final String name;
        /** The two-byte code of each BMP code point, {@code -1} until first used. */
        private final int[] bmp = new int[0x10000];
        private final Map<Integer, Integer> supplementary = new HashMap<>();
        private boolean used;
        /** Whether joined Arabic glyphs were used, whose text must be told to extractors. */
        private boolean presentationForms;

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
            presentationForms |= presentationForm(cp);
            return ((b[0] & 0xFF) << 8) | (b[1] & 0xFF);
        }
    }
}
