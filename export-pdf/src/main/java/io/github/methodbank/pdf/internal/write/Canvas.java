package io.github.methodbank.pdf.internal.write;

import io.github.methodbank.pdf.internal.card.Face;
import io.github.methodbank.pdf.internal.card.Structure;
import io.github.methodbank.pdf.internal.text.TextFlow;
import java.io.IOException;
import java.util.List;

/**
 * Paints card faces into a page's content: one text object per run of text lines, lines placed by
 * relative moves, the fragments of a line shown one after the other (the font's advances carry the
 * position), and colour, font and line width set only when they change. Content is marked for the
 * tagged PDF: each run of operations of one structure element is a marked-content sequence with
 * its id, everything else an artifact; sequences never straddle the start or end of a text object.
 * Not API.
 */
public final class Canvas {

    /** Resource names of images. */
    interface Images {
        /** The resource name of the logo. */
        String logo() throws IOException;

        /** The resource name of a method image. */
        String picture(String path) throws IOException;
    }

    /** Where link areas go, in page coordinates. */
    interface Links {
        /** A clickable area of element {@code tag} of {@code st} that opens {@code uri}. */
        void link(float x, float y, float width, float height, String uri, Structure st, int tag) throws IOException;
    }

    /** No marked-content sequence open. */
    private static final int NONE = -2;

    private final PageContent out;
    private final DocFonts fonts;
    private final Images images;
    private final Tagging tagging;
    private final Links links;
    private float offsetX;
    private float offsetY;
    private Structure structure;
    private int mark = NONE;
    private boolean markInText;

    private boolean inText;
    private boolean placed; // whether the current text object has a line start yet
    private float lineX;
    private float lineY;
    private int font;
    private float size;
    private int fill;
    private int stroke;
    private float lineWidth;

    /**
     * A canvas.
     *
     * @param tagging the document's structure, or null for untagged pages
     * @param links where link areas go, or null to drop them
     */
    Canvas(PageContent out, DocFonts fonts, Images images, Tagging tagging, Links links) {
        this.out = out;
        this.fonts = fonts;
        this.images = images;
        this.tagging = tagging;
        this.links = links;
        forget();
    }

    /** Where the card's origin lies on the page, for link areas. */
    void origin(float x, float y) {
        offsetX = x;
        offsetY = y;
    }

    /** Forgets the graphics state, as after {@code Q} or on a new page. */
    void forget() {
        inText = false;
        placed = false;
        mark = NONE;
        markInText = false;
        font = -1;
        size = -1;
        fill = -2;
        stroke = -2;
        lineWidth = -1;
    }

    /** Paints a face in the current coordinate system. */
    void paint(Face face) throws IOException {
        structure = face.structure();
        for (Face.Op op : face.ops()) {
            if (op instanceof Face.Line l) {
                textMark(l.tag());
                moveTo(l.x(), l.y());
                fill(l.rgb());
                List<TextFlow.Frag> frags = l.frags();
                for (int i = 0; i < frags.size(); i++) {
                    TextFlow.Frag f = frags.get(i);
                    show(f.style(), l.size(), f.text());
                }
            } else if (op instanceof Face.Text t) {
                textMark(t.tag());
                moveTo(t.x(), t.y());
                fill(t.rgb());
                show(t.style(), t.size(), t.text());
            } else if (op instanceof Face.Box b) {
                graphicsMark(b.tag());
                if (b.fill() >= 0) {
                    fill(b.fill());
                    out.num(b.x()).num(b.y()).num(b.width()).num(b.height()).op("re f");
                }
                if (b.stroke() >= 0) {
                    stroke(b.stroke());
                    width(b.lineWidth());
                    out.num(b.x()).num(b.y()).num(b.width()).num(b.height()).op("re S");
                }
            } else if (op instanceof Face.Logo l) {
                graphicsMark(l.tag());
                image(images.logo(), l.x(), l.y(), l.width(), l.height());
            } else if (op instanceof Face.Picture p) {
                graphicsMark(p.tag());
                image(images.picture(p.path()), p.x(), p.y(), p.width(), p.height());
            } else if (op instanceof Face.Link k && links != null) {
                links.link(k.x() + offsetX, k.y() + offsetY, k.width(), k.height(), k.uri(), structure, k.tag());
            }
        }
        endText();
        closeMark();
    }

    /** Marks the content of a text operation: the sequence goes inside the text object. */
    private void textMark(int tag) {
        if (tagging == null) {
            return;
        }
        if (tag == mark) {
            if (!inText) {
                beginText(); // the open sequence (outside) takes the text object in
            }
            return;
        }
        closeMark();
        if (!inText) {
            beginText();
        }
        openMark(tag, true);
    }

    /** Marks the content of a graphics operation: ends text first. */
    private void graphicsMark(int tag) {
        endText();
        if (tagging != null && tag != mark) {
            closeMark();
            openMark(tag, false);
        }
    }

    private void openMark(int tag, boolean inTextObject) {
        if (tag == Structure.ARTIFACT) {
            out.name("Artifact").op("BMC");
        } else {
            int id = tagging.mcid(structure, tag);
            out.name(Tagging.role(structure, tag)).token("<</MCID").num(id).op(">> BDC");
        }
        mark = tag;
        markInText = inTextObject;
    }

    private void closeMark() {
        if (mark != NONE) {
            out.op("EMC");
            mark = NONE;
            markInText = false;
        }
    }

    /** Starts painting artifacts, such as crop marks, outside any face. */
    void artifact() {
        endText();
        if (tagging != null && mark != Structure.ARTIFACT) {
            closeMark();
            openMark(Structure.ARTIFACT, false);
        }
    }

    /** Closes an open marked-content sequence; call before leaving the page or graphics state. */
    void finishMarks() {
        endText();
        closeMark();
    }

    private void image(String name, float x, float y, float w, float h) {
        out.op("q").num(w).num(0).num(0).num(h).num(x).num(y).op("cm").name(name).op("Do").op("Q");
    }

    private void beginText() {
        out.op("BT");
        inText = true;
        placed = false;
    }

    private void moveTo(float x, float y) {
        if (!inText) {
            beginText();
        }
        if (placed) {
            out.num(x - lineX).num(y - lineY).op("Td");
        } else {
            out.num(x).num(y).op("Td");
            placed = true;
        }
        lineX = x;
        lineY = y;
    }

    private void show(int style, float sz, String text) throws IOException {
        DocFonts.Face f = fonts.face(style);
        if (style != font || sz != size) {
            out.name(f.name()).num(sz).op("Tf");
            font = style;
            size = sz;
        }
        out.glyphs(f, text).op("Tj");
    }

    /** Ends an open text object, and first a marked-content sequence that began inside it. */
    void endText() {
        if (inText) {
            if (markInText) {
                closeMark();
            }
            out.op("ET");
            inText = false;
        }
    }

    /** Sets the fill colour unless it is set already. */
    void fill(int rgb) {
        if (rgb != fill) {
            out.num(r(rgb), 3).num(g(rgb), 3).num(b(rgb), 3).op("rg");
            fill = rgb;
        }
    }

    /** Sets the stroke colour unless it is set already. */
    void stroke(int rgb) {
        if (rgb != stroke) {
            out.num(r(rgb), 3).num(g(rgb), 3).num(b(rgb), 3).op("RG");
            stroke = rgb;
        }
    }

    /** Sets the line width unless it is set already. */
    void width(float w) {
        if (w != lineWidth) {
            out.num(w).op("w");
            lineWidth = w;
        }
    }

    private static float r(int rgb) {
        return ((rgb >> 16) & 0xFF) / 255f;
    }

    private static float g(int rgb) {
        return ((rgb >> 8) & 0xFF) / 255f;
    }

    private static float b(int rgb) {
        return (rgb & 0xFF) / 255f;
    }
}
