package io.github.methodbank.pdf.internal.card;

import io.github.methodbank.core.Method;
import io.github.methodbank.core.MethodBank;
import io.github.methodbank.core.Pathway;
import io.github.methodbank.core.Phase;
import io.github.methodbank.core.PhaseRef;
import io.github.methodbank.core.export.ExportJob;
import io.github.methodbank.pdf.internal.Spec;
import io.github.methodbank.pdf.internal.text.FontData;
import io.github.methodbank.pdf.internal.text.Glyphs;
import io.github.methodbank.pdf.internal.text.TextFlow;
import io.github.methodbank.pdf.internal.write.SheetGeometry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Draws the path strips of a card front: per path, its name and a row of boxes, one per phase in
 * order, the fitting phases filled and checked. A path's strip has the same geometry on every card
 * (it is measured in the bold face, which fitting phases use), so it is laid out once per export
 * and only the marking changes from card to card.
 *
 * <p>Phase names are never broken inside a word while a smaller size or another arrangement can
 * avoid it: the size of the names shrinks, down to the floor (6 pt), until the longest word of every
 * phase fits boxes of equal width; failing that, the boxes take widths after their longest words;
 * failing that, the boxes go on two (or more) rows in reading order; only when a single word is
 * wider than the whole strip at the floor are words broken. One instance per export call. Not API.
 */
public final class PhaseStrips {

    /** The smallest size of phase names, in points: readable in print on every card size. */
    private final float floor;
    private final CardContent content;

    private static final float MM = (float) SheetGeometry.MM;
    private static final int WHITE = 0xFFFFFF;
    private static final int MUTED = 0x5A5A5A;

    private final ExportJob job;
    private final Spec spec;
    private final Glyphs glyphs;
    private final TextFlow flow;
    private final String heading;
    private final float left;
    private final float textWidth;
    private final float scale;
    private final float labelSize;
    private final float start;
    private final float gap;
    private final float pad;
    private final Map<String, Strip> strips = new HashMap<>();
    private List<TextFlow.Line> headingLines;

    /**
     * The layout of one path's strip.
     *
     * @param name the path's name, wrapped
     * @param size the size of phase names
     * @param x the left edge of each box, relative to the text area
     * @param w the width of each box
     * @param top the top of each box, downwards from the top of the row of boxes
     * @param h the height of each box
     * @param lines each phase's name, line by line
     * @param boldWidths the width of each line in bold, for centring
     * @param regularWidths the width of each line in the regular face
     * @param height the height of all rows of boxes
     */
    record Strip(List<TextFlow.Line> name, float size, float[] x, float[] w, float[] top, float[] h, String[][] lines,
            float[][] boldWidths, float[][] regularWidths, float height) {}

    PhaseStrips(ExportJob job, Spec spec, Glyphs glyphs, TextFlow flow, String heading, float left, float textWidth,
            float scale, float minSize, CardContent content) {
        this.floor = minSize;
        this.content = content;
        this.job = job;
        this.spec = spec;
        this.glyphs = glyphs;
        this.flow = flow;
        this.heading = heading;
        this.left = left;
        this.textWidth = textWidth;
        this.scale = scale;
        this.labelSize = Math.max(minSize, 6.4f * scale);
        this.start = Math.max(minSize, 6.4f * scale);
        this.gap = 1.2f * scale;
        this.pad = 1.6f * scale;
    }

    /**
     * Draws the strips of the method's paths below {@code top}; returns the y below them. In the
     * structure, the heading is an H2, each path a paragraph of its name and its phases (the fitting
     * ones marked with the check mark); the boxes are decoration.
     */
    float draw(Method method, List<Pathway> paths, float top, List<Face.Op> ops, Structure st) {
        if (paths.isEmpty()) {
            return top;
        }
        MethodBank bank = job.getBank();
        Set<PhaseRef> fitting = new HashSet<>(method.getPhases());
        if (headingLines == null) {
            String h = glyphs.clean(heading, Spec.BOLD, method.getId());
            headingLines = flow.lines(new int[] {Spec.BOLD}, new String[] {h}, labelSize, textWidth);
        }
        // boxes first, then all text in one text object
        List<Face.Op> texts = new ArrayList<>();
        float y = top;
        int headingTag = st.add("H2", 0);
        for (TextFlow.Line l : headingLines) {
            texts.add(new Face.Text(left, y - labelSize * 0.92f, Spec.BOLD, labelSize, MUTED, l.frags().get(0).text(),
                    headingTag));
            y -= labelSize * 1.35f;
        }
        for (Pathway path : paths) {
            int rgb = spec.pathColor(path.getId(), bank.getPaths().indexOf(path));
            Strip s = strips.computeIfAbsent(path.getId(), k -> layout(path, method.getId()));
            // the path's name, then its phases, in the language they are shown in
            int phasesTag = st.add("P", 0, null, content.lang(path.getName()), null);
            int nameTag = phasesTag;
            for (TextFlow.Line l : s.name()) {
                texts.add(new Face.Text(left, y - labelSize * 0.92f, Spec.BOLD, labelSize, rgb, l.frags().get(0).text(),
                        nameTag));
                y -= labelSize * 1.3f;
            }
            float size = s.size();
            float lead = size * 1.15f;
            float markRow = size * 1.1f;
            List<Phase> phases = path.getPhases();
            for (int i = 0; i < phases.size(); i++) {
                boolean fit = fitting.contains(path.ref(phases.get(i).getId()));
                float x = left + s.x()[i];
                float w = s.w()[i];
                float boxTop = y - s.top()[i];
                float boxBottom = boxTop - s.h()[i];
                if (fit) {
                    ops.add(new Face.Box(x, boxBottom, w, s.h()[i], rgb, -1, 0, Structure.ARTIFACT));
                    texts.add(new Face.Text(x + pad, boxTop - pad - size * 0.85f, Spec.BOLD, size, WHITE, check(),
                            phasesTag));
                } else {
                    ops.add(new Face.Box(x + 0.3f, boxBottom + 0.3f, w - 0.6f, s.h()[i] - 0.6f, -1, rgb, 0.6f,
                            Structure.ARTIFACT));
                }
                float ly = boxTop - pad - markRow;
                String[] lines = s.lines()[i];
                for (int j = 0; j < lines.length; j++) {
                    float lw = fit ? s.boldWidths()[i][j] : s.regularWidths()[i][j];
                    texts.add(new Face.Text(x + (w - lw) / 2, ly - size * 0.9f, fit ? Spec.BOLD : Spec.REGULAR, size,
                            fit ? WHITE : MUTED, lines[j], phasesTag));
                    ly -= lead;
                }
            }
            float bottom = y - s.height();
            y = bottom - 1.6f * MM * scale;
        }
        ops.addAll(texts);
        return y;
    }

    private String check;

    private String check() {
        if (check == null) {
            check = glyphs.clean("✓", Spec.BOLD, "");
        }
        return check;
    }

    /** Lays out a path's strip: the size of the names, the boxes' widths, the lines. */
    private Strip layout(Pathway path, String methodId) {
        String pathName = glyphs.clean(job.text(path.getName()), Spec.BOLD, methodId);
        List<TextFlow.Line> name = flow.lines(new int[] {Spec.BOLD}, new String[] {pathName}, labelSize, textWidth);
        List<Phase> phases = path.getPhases();
        int n = phases.size();
        String[] names = new String[n];
        float[] longest = new float[n]; // the longest word of each name, bold, in 1/1000 em
        float[] whole = new float[n]; // each whole name
        float sum = 0;
        float max = 0;
        FontData bold = spec.font(Spec.BOLD);
        for (int i = 0; i < n; i++) {
            // shown in bold when fitting and regular otherwise: clean for both faces
            String t = glyphs.clean(job.text(phases.get(i).getName()), Spec.BOLD, methodId);
            names[i] = glyphs.clean(t, Spec.REGULAR, methodId);
            whole[i] = bold.width(names[i], 1000f);
            for (String word : names[i].split(" ")) {
                longest[i] = Math.max(longest[i], bold.width(word, 1000f));
            }
            sum += longest[i];
            max = Math.max(max, longest[i]);
        }
        float[] inner = new float[n];
        int columns = n;
        float size = -1;
        float room = textWidth - (n - 1) * gap - 2 * pad * n; // for the names themselves, in one row
        float equal = max > 0 ? room / n * 1000f / max : start;
        float proportional = sum > 0 ? room * 1000f / sum : start;
        if (equal >= floor || equal >= start) {
            // one row of equal boxes: shrink until the longest word of all fits
            size = Math.min(start, equal);
            Arrays.fill(inner, room / n);
        } else if (proportional >= floor) {
            // one row, boxes as wide as their longest words, the rest of the room shared after the
            // amount of text besides the longest word, so that no box gets many more lines than others
            size = Math.min(start, proportional);
            float slack = room - sum * size / 1000f;
            float extra = 0;
            for (int i = 0; i < n; i++) {
                extra += whole[i] - longest[i];
            }
            for (int i = 0; i < n; i++) {
                inner[i] = longest[i] * size / 1000f
                        + (extra > 0 ? slack * (whole[i] - longest[i]) / extra : slack / n);
            }
        } else {
            // more rows of equal boxes, in reading order
            for (int rows = 2; rows <= n && size < 0; rows++) {
                int c = (n + rows - 1) / rows;
                float r = textWidth - (c - 1) * gap - 2 * pad * c;
                if (r / c * 1000f / max >= floor) {
                    columns = c;
                    size = Math.min(start, r / c * 1000f / max);
                    Arrays.fill(inner, r / c);
                }
            }
            if (size < 0) {
                // even one name per row is wider than the strip at the floor: one row, short names get
                // what they need, long ones share the rest and their words are broken
                size = floor;
                share(longest, size, room, inner);
            }
        }
        float[] x = new float[n];
        float[] w = new float[n];
        float[] top = new float[n];
        float[] h = new float[n];
        String[][] lines = new String[n][];
        float[][] boldWidths = new float[n][];
        float[][] regularWidths = new float[n][];
        float rowTop = 0;
        for (int first = 0; first < n; first += columns) {
            int last = Math.min(n, first + columns);
            int maxLines = 1;
            float at = 0;
            for (int i = first; i < last; i++) {
                x[i] = at;
                w[i] = inner[i] + 2 * pad;
                at += w[i] + gap;
                List<TextFlow.Line> ls = flow.lines(new int[] {Spec.BOLD}, new String[] {names[i]}, size, inner[i]);
                lines[i] = new String[ls.size()];
                boldWidths[i] = new float[ls.size()];
                regularWidths[i] = new float[ls.size()];
                for (int j = 0; j < ls.size(); j++) {
                    // a space after each name keeps the names apart in extracted text (it is not drawn visibly)
                    lines[i][j] = ls.get(j).frags().get(0).text() + (j == ls.size() - 1 ? " " : "");
                    boldWidths[i][j] = ls.get(j).width();
                    regularWidths[i][j] = spec.font(Spec.REGULAR).width(lines[i][j].stripTrailing(), size);
                }
                maxLines = Math.max(maxLines, ls.size());
            }
            float rowHeight = pad + size * 1.1f + maxLines * size * 1.15f + pad * 0.6f;
            for (int i = first; i < last; i++) {
                top[i] = rowTop;
                h[i] = rowHeight;
            }
            rowTop += rowHeight + gap;
        }
        return new Strip(name, size, x, w, top, h, lines, boldWidths, regularWidths, rowTop - gap);
    }

    /** Water-filling: each box gets what its longest word needs, up to an equal share of what is left. */
    private static void share(float[] longest, float size, float room, float[] inner) {
        int n = longest.length;
        boolean[] done = new boolean[n];
        float left = room;
        int open = n;
        boolean changed = true;
        while (changed && open > 0) {
            changed = false;
            float fair = left / open;
            for (int i = 0; i < n; i++) {
                float need = longest[i] * size / 1000f;
                if (!done[i] && need <= fair) {
                    inner[i] = need;
                    done[i] = true;
                    left -= need;
                    open--;
                    changed = true;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (!done[i]) {
                inner[i] = left / open;
            }
        }
    }
}
