package io.github.methodbank.pdf.internal.card;

import io.github.methodbank.pdf.internal.Spec;
import io.github.methodbank.pdf.internal.card.Content.Block;
import io.github.methodbank.pdf.internal.card.Content.Figure;
import io.github.methodbank.pdf.internal.card.Content.Label;
import io.github.methodbank.pdf.internal.card.Content.Para;
import io.github.methodbank.pdf.internal.text.TextFlow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays a method's content out in lines at the deck's one body size and flows it through the card's
 * faces in order (front, back, next front, next back …): the front's content starts on the first
 * face, the back's on the face after the front's last, and what does not fit continues on the next
 * face. The type size never changes from card to card.
 *
 * <p>Breaks keep text readable: a paragraph or list item is never split leaving a single line on
 * either side; a label or heading stays on its face with at least two lines of what follows; the
 * last face of a side moves onto the face before it when that face's spacing can be tightened
 * enough (gaps to {@value CardMeasures#MIN_GAP_SCALE} of their size, leading to
 * {@value CardMeasures#MIN_LEADING_SCALE}; the type size never changes), and is otherwise not left
 * holding one to three lines when lines from the face before can join them.
 * One instance per export call. Not API.
 */
public final class CardFlow {

    /** A laid-out piece of a side. */
    public sealed interface Item permits Line, Gap, Pic {
        /** Its height at full spacing. */
        float height();

        /** The section it belongs to, for messages. */
        String section();
    }

    /**
     * A line of text.
     *
     * @param line the line
     * @param size its type size
     * @param leading its height
     * @param indent its distance from the left margin
     * @param rgb its colour
     * @param marker a bullet or number hanging before it, or null
     * @param markerX the marker's left edge from the margin
     * @param markerTag the marker's element
     * @param tag the line's element
     * @param label whether it is a label's line (bold, muted)
     */
    public record Line(TextFlow.Line line, float size, float leading, float indent, int rgb, String marker,
            float markerX, int markerTag, int tag, boolean label, String section) implements Item {
        @Override
        public float height() {
            return leading;
        }
    }

    /** Space between blocks; dropped at the top of a face. */
    public record Gap(float height, String section) implements Item {}

    /** A method image. */
    public record Pic(Figure figure, float width, float height, String section) implements Item {}

    /**
     * The items of one face and how much its spacing is tightened.
     *
     * @param items the items, top to bottom
     * @param gapScale the factor of every gap
     * @param leadScale the factor of every line's height
     * @param from where the face begins among its side's items
     * @param to where the next face may begin
     */
    public record FaceItems(List<Item> items, float gapScale, float leadScale, int from, int to) {
        /** How many lines of text the face holds. */
        public int lines() {
            return (int) items.stream().filter(Line.class::isInstance).count();
        }
    }

    /**
     * The faces of a method, in order.
     *
     * @param faces every face's items
     * @param backStart the index of the face the back's content starts on
     */
    public record Flowed(List<FaceItems> faces, int backStart) {}

    /** The room on each face, in points. */
    public interface Room {
        /** The height for text on face {@code index}, when the back's content starts on {@code backStart}. */
        float of(int index, int backStart);
    }

    /** A run of items that would not fit, for a "fail on overflow" message. */
    public static final class Overflow extends Exception {
        private static final long serialVersionUID = 1L;
        final transient String section;

        Overflow(String section) {
            super(section, null, false, false);
            this.section = section;
        }

        /** The section that does not fit. */
        public String section() {
            return section;
        }
    }

    private final Spec spec;
    private final CardMeasures m;
    private final TextFlow flow;
    private final Map<LabelKey, List<TextFlow.Line>> labelLines = new HashMap<>();

    private record LabelKey(String text, float size) {}

    /** A flow for one export. */
    public CardFlow(Spec spec, CardMeasures measures, TextFlow flow) {
        this.spec = spec;
        this.m = measures;
        this.flow = flow;
    }

    /**
     * Flows a method's two sides through its faces.
     *
     * @param room the height for text of each face
     * @param oneCard whether everything must fit on one card (front and back)
     * @throws Overflow when {@code oneCard} is asked and a side does not fit its face
     */
    public Flowed flow(Content content, Room room, boolean oneCard) throws Overflow {
        Laid front = lay(content.front());
        Laid back = lay(content.back());
        List<FaceItems> faces = new ArrayList<>(paginate(front, 0, i -> room.of(i, Integer.MAX_VALUE)));
        if (oneCard && faces.size() > 1) {
            throw new Overflow(faces.get(1).items().get(0).section());
        }
        fixThinLast(faces, 0, front, i -> room.of(i, Integer.MAX_VALUE));
        int backStart = faces.size();
        if (!back.items.isEmpty()) {
            int start = backStart;
            List<FaceItems> backFaces = paginate(back, start, i -> room.of(i, start));
            if (oneCard && backFaces.size() > 1) {
                throw new Overflow(backFaces.get(1).items().get(0).section());
            }
            faces.addAll(backFaces);
            fixThinLast(faces, backStart, back, i -> room.of(i, start));
            // a back of a few lines joins the front's last face when it fits there
            if (faces.size() == backStart + 1 && faces.get(backStart).lines() <= 3 && backStart > 0
                    && noPicture(faces.get(backStart))) {
                FaceItems merged = squeezed(concat(faces.get(backStart - 1).items(), sectionGap(),
                        faces.get(backStart).items()), room.of(backStart - 1, backStart - 1), -1, -1);
                if (merged != null) {
                    faces.set(backStart - 1, merged);
                    faces.remove(backStart);
                    backStart--;
                }
            }
        }
        return new Flowed(faces, backStart);
    }

    private Gap sectionGap() {
        return new Gap(m.body() * CardMeasures.SECTION_GAP, "");
    }

    private static List<Item> concat(List<Item> a, Item gap, List<Item> b) {
        List<Item> out = new ArrayList<>(a.size() + b.size() + 1);
        out.addAll(a);
        out.add(gap);
        out.addAll(b);
        return out;
    }

    private static boolean noPicture(FaceItems f) {
        return f.items().stream().noneMatch(Pic.class::isInstance);
    }

    // ---------------------------------------------------------------- lines

    /** A side laid out: its items and where a face may begin. */
    private static final class Laid {
        final List<Item> items = new ArrayList<>();
        final List<Boolean> breakBefore = new ArrayList<>();

        void add(Item i, boolean canBreak) {
            items.add(i);
            breakBefore.add(canBreak);
        }
    }

    private float sizeOf(Content.Size s) {
        return switch (s) {
            case BODY -> m.body();
            case LEAD -> m.lead();
            case SMALL -> m.small();
        };
    }

    private float gapOf(Content.Space s, float size) {
        return switch (s) {
            case NONE -> 0;
            case SECTION -> m.body() * CardMeasures.SECTION_GAP;
            case PARAGRAPH -> size * CardMeasures.PARA_GAP;
            case ITEM -> size * CardMeasures.ITEM_GAP;
        };
    }

    /** Lays out the blocks of one side. */
    private Laid lay(List<Block> blocks) {
        Laid laid = new Laid();
        Map<String, float[]> columns = markerColumns(blocks);
        int keep = 0; // lines still to keep with a label or heading above them
        for (Block b : blocks) {
            if (b instanceof Label l) {
                float gap = gapOf(l.space(), m.label());
                if (gap > 0 && !laid.items.isEmpty()) {
                    laid.add(new Gap(gap, l.section()), keep == 0);
                }
                List<TextFlow.Line> lines = labelLines.computeIfAbsent(new LabelKey(l.text(), m.label()),
                        k -> flow.lines(new int[] {Spec.BOLD}, new String[] {k.text()}, k.size(), m.textWidth()));
                for (int i = 0; i < lines.size(); i++) {
                    laid.add(new Line(lines.get(i), m.label(), m.label() * CardMeasures.LABEL_LEADING, 0,
                            CardContent.MUTED, null, 0, Structure.ARTIFACT, l.tag(), true, l.section()),
                            i == 0 && keep == 0 && (gap > 0 || laid.items.isEmpty()));
                }
                keep = 2;
            } else if (b instanceof Figure f) {
                float gap = gapOf(f.space(), m.body());
                if (gap > 0 && !laid.items.isEmpty()) {
                    laid.add(new Gap(gap, f.section()), keep == 0);
                }
                float h = Math.min(m.textWidth() / f.aspect(), m.height() * CardMeasures.FIGURE_SHARE);
                laid.add(new Pic(f, h * f.aspect(), h, f.section()), keep == 0);
                keep = 0;
            } else {
                Para p = (Para) b;
                float size = sizeOf(p.size());
                float leading = size * CardMeasures.LEADING;
                float gap = gapOf(p.space(), size);
                if (gap > 0 && !laid.items.isEmpty()) {
                    laid.add(new Gap(gap, p.section()), keep == 0);
                }
                float[] column = columns.get(p.section());
                float indent = indent(column, p.level(), size);
                float markerX = p.level() == 0 ? 0 : indent(column, p.level() - 1, size);
                if (p.marker() != null && column != null) {
                    // a marker hangs right-aligned in its column, just before the text
                    markerX = indent - size * 0.45f - spec.font(Spec.REGULAR).width(p.marker(), size);
                }
                List<TextFlow.Line> lines = flow.lines(p.styles(), p.texts(), p.tags(), size, m.textWidth() - indent);
                if (lines.isEmpty()) {
                    lines = List.of(new TextFlow.Line(List.of(), 0, false)); // an item with a marker alone
                }
                int n = lines.size();
                for (int i = 0; i < n; i++) {
                    boolean canBreak = i == 0 ? keep == 0 && (gap > 0 || laid.items.isEmpty() || p.space() != Content.Space.NONE)
                            : n >= 4 && i >= 2 && i <= n - 2 && keep == 0;
                    laid.add(new Line(lines.get(i), size, leading, indent, p.rgb(), i == 0 ? p.marker() : null, markerX,
                            i == 0 ? p.markerTag() : Structure.ARTIFACT, p.tag(), false, p.section()), canBreak);
                    if (keep > 0) {
                        keep--;
                    }
                }
                if (p.heading()) {
                    keep = 2;
                }
            }
        }
        return laid;
    }

    /** Per section, the width of the widest marker of each list level. */
    private Map<String, float[]> markerColumns(List<Block> blocks) {
        Map<String, float[]> out = new HashMap<>();
        for (Block b : blocks) {
            if (b instanceof Para p && p.level() > 0) {
                float[] c = out.computeIfAbsent(p.section(), k -> new float[12]);
                int level = Math.min(p.level(), c.length) - 1;
                if (p.marker() != null) {
                    c[level] = Math.max(c[level], spec.font(Spec.REGULAR).width(p.marker(), sizeOf(p.size())));
                }
            }
        }
        return out;
    }

    /** The indent of text at a list level: each level's marker column and a space after it. */
    private static float indent(float[] column, int level, float size) {
        float x = 0;
        for (int l = 0; l < level && column != null && l < column.length; l++) {
            float c = Math.max(column[l], size * 0.6f);
            x += size * 0.2f + c + size * 0.45f;
        }
        return x;
    }

    // ---------------------------------------------------------------- faces

    /** The room of face {@code i}. */
    @FunctionalInterface
    private interface Capacity {
        float of(int i);
    }

    /** Fills faces from {@code first} on, breaking only where the rules allow (unless nothing else fits). */
    private static List<FaceItems> paginate(Laid laid, int first, Capacity cap) {
        List<FaceItems> faces = new ArrayList<>();
        List<Item> items = laid.items;
        int start = 0;
        int face = first;
        while (start < items.size()) {
            while (start < items.size() && items.get(start) instanceof Gap) {
                start++; // no space at the top of a face
            }
            if (start >= items.size()) {
                break;
            }
            float room = cap.of(face);
            float h = 0;
            int i = start;
            int lastBreak = -1;
            while (i < items.size() && h + items.get(i).height() <= room + 0.01f) {
                if (i > start && laid.breakBefore.get(i)) {
                    lastBreak = i;
                }
                h += items.get(i).height();
                i++;
            }
            int end;
            if (i >= items.size()) {
                end = items.size();
            } else if (i > start && laid.breakBefore.get(i)) {
                end = i;
            } else if (lastBreak > start) {
                end = lastBreak;
            } else {
                end = Math.max(i, start + 1); // nothing allowed fits: break where it must
            }
            List<Item> on = new ArrayList<>(items.subList(start, end));
            while (!on.isEmpty() && on.get(on.size() - 1) instanceof Gap) {
                on.remove(on.size() - 1);
            }
            faces.add(new FaceItems(on, 1, 1, start, end));
            start = end;
            face++;
        }
        if (faces.isEmpty()) {
            faces.add(new FaceItems(List.of(), 1, 1, 0, 0));
        }
        return faces;
    }

    /**
     * Keeps the last face of a side from holding only one to three lines: they move to the face
     * before it when its spacing can be tightened enough; else lines of the face before join them,
     * as many as the break rules allow.
     */
    private void fixThinLast(List<FaceItems> faces, int firstOfSide, Laid laid, Capacity cap) {
        int last = faces.size() - 1;
        if (last <= firstOfSide) {
            return;
        }
        FaceItems thin = faces.get(last);
        FaceItems prev = faces.get(last - 1);
        // whatever the last face holds moves to the face before when tightening makes room: a card saved
        FaceItems merged = squeezed(trimmed(laid.items, prev.from(), thin.to()), cap.of(last - 1), prev.from(), thin.to());
        if (merged != null) {
            faces.set(last - 1, merged);
            faces.remove(last);
            return;
        }
        if (thin.lines() > 3 || !noPicture(thin)) {
            return;
        }
        // pull lines forward: the latest allowed break of the face before that leaves the last face
        // four lines or more, and the face before it some text
        for (int b = prev.to() - 1; b > prev.from(); b--) {
            if (!laid.breakBefore.get(b)) {
                continue;
            }
            List<Item> kept = trimmed(laid.items, prev.from(), b);
            List<Item> moved = trimmed(laid.items, b, thin.to());
            if (kept.stream().noneMatch(Line.class::isInstance) || height(moved) > cap.of(last) + 0.01f) {
                break;
            }
            FaceItems movedFace = new FaceItems(moved, 1, 1, b, thin.to());
            if (movedFace.lines() >= 4) {
                faces.set(last - 1, new FaceItems(kept, 1, 1, prev.from(), b));
                faces.set(last, movedFace);
                return;
            }
        }
    }

    /** The items of [from, to) without gaps at either end. */
    private static List<Item> trimmed(List<Item> items, int from, int to) {
        int a = from;
        int b = to;
        while (a < b && items.get(a) instanceof Gap) {
            a++;
        }
        while (b > a && items.get(b - 1) instanceof Gap) {
            b--;
        }
        return new ArrayList<>(items.subList(a, b));
    }

    private static float height(List<Item> items) {
        float h = 0;
        for (Item i : items) {
            h += i.height();
        }
        return h;
    }

    /** The items on one face with the least tightening that makes them fit, or null when they cannot. */
    private static FaceItems squeezed(List<Item> items, float room, int from, int to) {
        float lines = 0;
        float gaps = 0;
        float fixed = 0;
        for (Item i : items) {
            if (i instanceof Line) {
                lines += i.height();
            } else if (i instanceof Gap) {
                gaps += i.height();
            } else {
                fixed += i.height();
            }
        }
        if (lines + gaps + fixed <= room + 0.01f) {
            return new FaceItems(items, 1, 1, from, to);
        }
        float gapScale = gaps > 0 ? Math.max(CardMeasures.MIN_GAP_SCALE, (room - lines - fixed) / gaps) : 1;
        if (lines + gaps * gapScale + fixed <= room + 0.01f) {
            return new FaceItems(items, gapScale, 1, from, to);
        }
        gapScale = CardMeasures.MIN_GAP_SCALE;
        float leadScale = lines > 0 ? (room - gaps * gapScale - fixed) / lines : 1;
        if (leadScale >= CardMeasures.MIN_LEADING_SCALE) {
            return new FaceItems(items, gapScale, leadScale, from, to);
        }
        return null;
    }
}
