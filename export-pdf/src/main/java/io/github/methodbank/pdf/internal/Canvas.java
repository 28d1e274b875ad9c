package io.github.methodbank.pdf.internal;

import java.io.IOException;
import java.util.List;

/**
 * Paints card faces into a page's content: one text object per run of text lines, lines placed by
 * relative moves, the fragments of a line shown one after the other (the font's advances carry the
 * position), and colour, font and line width set only when they change. Not API.
 */
final class Canvas {

    /** Resource names of images. */
    interface Images {
        /** The resource name of the logo. */
        String logo() throws IOException;

        /** The resource name of a method image. */
        String picture(String path) throws IOException;
    }

    private final PageContent out;
    private final DocFonts fonts;
    private final Images images;

    private boolean inText;
    private boolean placed; // whether the current text object has a line start yet
    private float lineX;
    private float lineY;
    private int font;
    private float size;
    private int fill;
    private int stroke;
    private float lineWidth;

    Canvas(PageContent out, DocFonts fonts, Images images) {
        this.out = out;
        this.fonts = fonts;
        this.images = images;
        forget();
    }

    /** Forgets the graphics state, as after {@code Q} or on a new page. */
    void forget() {
        inText = false;
        placed = false;
        font = -1;
        size = -1;
        fill = -2;
        stroke = -2;
        lineWidth = -1;
    }

    /** Paints a face in the current coordinate system. */
    void paint(Face face) throws IOException {
        for (Face.Op op : face.ops()) {
            if (op instanceof Face.Line l) {
                moveTo(l.x(), l.y());
                fill(l.rgb());
                List<TextFlow.Frag> frags = l.frags();
                for (int i = 0; i < frags.size(); i++) {
                    TextFlow.Frag f = frags.get(i);
                    show(f.style(), l.size(), f.text());
                }
            } else if (op instanceof Face.Text t) {
                moveTo(t.x(), t.y());
                fill(t.rgb());
                show(t.style(), t.size(), t.text());
            } else if (op instanceof Face.Box b) {
                endText();
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
                endText();
                image(images.logo(), l.x(), l.y(), l.width(), l.height());
            } else if (op instanceof Face.Picture p) {
                endText();
                image(images.picture(p.path()), p.x(), p.y(), p.width(), p.height());
            }
        }
        endText();
    }

    private void image(String name, float x, float y, float w, float h) {
        out.op("q").num(w).num(0).num(0).num(h).num(x).num(y).op("cm").name(name).op("Do").op("Q");
    }

    private void moveTo(float x, float y) {
        if (!inText) {
            out.op("BT");
            inText = true;
            placed = false;
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

    /** Ends an open text object. */
    void endText() {
        if (inText) {
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
