package io.github.methodbank.pdf.internal.card;

import io.github.methodbank.pdf.internal.Spec;
import io.github.methodbank.pdf.internal.card.CardFlow.FaceItems;
import io.github.methodbank.pdf.internal.card.CardFlow.Gap;
import io.github.methodbank.pdf.internal.card.CardFlow.Item;
import io.github.methodbank.pdf.internal.card.CardFlow.Line;
import io.github.methodbank.pdf.internal.card.CardFlow.Pic;
import io.github.methodbank.pdf.internal.text.TextFlow;
import java.util.ArrayList;
import java.util.List;

/**
 * Paints laid-out faces as drawing operations: the name band, the lines of text with their markers
 * (a link's words in the link colour, each line's part of a link clickable), images, the footer with
 * the card's number, the QR code. Everything is tied to its structure element or marked as an
 * artifact. Not API.
 */
final class CardPainter {

    static final int WHITE = 0xFFFFFF;
    static final int FAINT = 0x8A8A8A;

    private final Spec spec;
    private final CardMeasures m;

    CardPainter(Spec spec, CardMeasures measures) {
        this.spec = spec;
        this.m = measures;
    }

    /** Paints the items of a face from {@code top} down. */
    void items(List<Face.Op> ops, FaceItems face, float top, Structure st) {
        float y = top;
        for (Item it : face.items()) {
            if (it instanceof Gap g) {
                y -= g.height() * face.gapScale();
            } else if (it instanceof Pic p) {
                ops.add(new Face.Picture(m.margin() + (m.textWidth() - p.width()) / 2, y - p.height(), p.width(),
                        p.height(), p.figure().path(), p.figure().tag()));
                y -= p.height();
            } else {
                Line l = (Line) it;
                float leading = l.leading() * face.leadScale();
                float baseline = y - l.leading() * 0.78f * (0.5f + 0.5f * face.leadScale());
                line(ops, l, baseline, st);
                y -= leading;
            }
        }
    }

    private void line(List<Face.Op> ops, Line l, float baseline, Structure st) {
        TextFlow.Line line = l.line();
        // a line of a right-to-left paragraph is aligned to the right
        float x = line.rightToLeft() ? m.width() - m.margin() - line.width() : m.margin() + l.indent();
        if (l.marker() != null) {
            ops.add(new Face.Text(m.margin() + l.markerX(), baseline, Spec.REGULAR, l.size(), l.rgb(), l.marker(),
                    l.markerTag()));
        }
        // the line in parts of one element each: a link's words are coloured and clickable
        List<TextFlow.Frag> part = new ArrayList<>();
        int partTag = Integer.MIN_VALUE;
        float partX = x;
        float at = x;
        for (TextFlow.Frag f : line.frags()) {
            int tag = f.tag() == TextFlow.INHERIT ? l.tag() : f.tag();
            if (tag != partTag && !part.isEmpty()) {
                part(ops, part, partX, at - partX, baseline, l, partTag, st);
                part = new ArrayList<>();
                partX = at;
            }
            partTag = tag;
            part.add(f);
            at += f.width();
        }
        if (!part.isEmpty()) {
            part(ops, part, partX, at - partX, baseline, l, partTag, st);
        }
    }

    private void part(List<Face.Op> ops, List<TextFlow.Frag> frags, float x, float width, float baseline, Line l,
            int tag, Structure st) {
        String uri = tag >= 0 ? st.get(tag).uri() : null;
        int rgb = uri != null && l.rgb() == CardContent.TEXT ? CardContent.LINK : l.rgb();
        ops.add(new Face.Line(x, baseline, l.size(), l.label() ? CardContent.MUTED : rgb, List.copyOf(frags), tag));
        if (uri != null) {
            float pad = l.size() * 0.15f;
            ops.add(new Face.Link(x - pad, baseline - l.size() * 0.3f, width + 2 * pad, l.size() * 1.25f, uri, tag));
        }
    }

    /** The band across the top: the path's colour, the name (on the first face its heading), the logo. */
    void band(List<Face.Op> ops, int rgb, float bandHeight, List<TextFlow.Line> nameLines, float logoWidth,
            float logoAspect, int nameTag, int logoTag) {
        float bottom = m.height() - bandHeight;
        ops.add(new Face.Box(-m.bleed(), bottom, m.width() + 2 * m.bleed(), bandHeight + m.bleed(), rgb, -1, 0,
                Structure.ARTIFACT));
        float y = m.height() - m.margin();
        float right = m.width() - m.margin() - (logoWidth > 0 ? logoWidth + 2 * CardMeasures.MM : 0);
        for (TextFlow.Line l : nameLines) {
            float baseline = y - m.title() * 0.92f;
            // a right-to-left name starts at the right, as its text below does
            float x = l.rightToLeft() ? right - l.width() : m.margin();
            ops.add(new Face.Line(x, baseline, m.title(), WHITE, l.frags(), nameTag));
            y -= m.title() * CardMeasures.TITLE_LEADING;
        }
        if (logoWidth > 0) {
            float h = logoWidth / logoAspect;
            float boxH = bandHeight - m.margin() * 0.9f;
            if (h > boxH) {
                h = boxH;
            }
            float w = h * logoAspect;
            ops.add(new Face.Logo(m.width() - m.margin() - w, bottom + (bandHeight - h) / 2, w, h, logoTag));
        }
    }

    /** The footer: the bank and the method's date or content hash, and "k/n" when the method takes several cards. */
    void footer(List<Face.Op> ops, String text, int card, int cards, int rgb) {
        float size = m.footer();
        float baseline = m.margin() + size * 0.3f;
        String count = cards > 1 ? (card + 1) + "/" + cards : "";
        float countWidth = count.isEmpty() ? 0 : spec.font(Spec.BOLD).width(count, size * 1.3f);
        float s = size;
        float avail = m.textWidth() - countWidth - 2 * CardMeasures.MM;
        while (spec.font(Spec.REGULAR).width(text, s) > avail && s > 3f) {
            s -= 0.25f;
        }
        ops.add(new Face.Text(m.margin(), baseline, Spec.REGULAR, s, FAINT, text, Structure.ARTIFACT));
        if (!count.isEmpty()) {
            ops.add(new Face.Text(m.width() - m.margin() - countWidth, baseline, Spec.BOLD, size * 1.3f, rgb, count,
                    Structure.ARTIFACT));
        }
    }

    /** A QR code of modules as filled boxes, in its Figure. */
    void qr(List<Face.Op> ops, boolean[][] modules, float x, float y, float size, int tag) {
        int n = modules.length;
        float cell = size / n;
        for (int r = 0; r < n; r++) {
            float cy = y + size - (r + 1) * cell;
            int c = 0;
            while (c < n) {
                if (!modules[r][c]) {
                    c++;
                    continue;
                }
                int start = c;
                while (c < n && modules[r][c]) {
                    c++;
                }
                // a hair wider than the module so that neighbours do not show seams
                ops.add(new Face.Box(x + start * cell, cy, (c - start) * cell + 0.01f, cell + 0.01f, 0x000000, -1, 0,
                        tag));
            }
        }
    }
}
