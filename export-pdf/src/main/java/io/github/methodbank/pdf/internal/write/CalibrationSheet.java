package io.github.methodbank.pdf.internal.write;

import io.github.methodbank.pdf.Duplex;
import io.github.methodbank.pdf.internal.Spec;
import io.github.methodbank.pdf.internal.card.Face;
import io.github.methodbank.pdf.internal.card.Structure;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A duplex calibration sheet: crosses on the front, scales in millimetres on the back at the
 * places where the crosses land when the printer is exact. Held against the light, the front cross
 * shows on the back scales how far the printer shifts the back. The instructions are tagged text
 * (a heading and paragraphs per side); the crosses, scales and their numbers are artifacts. Not API.
 */
public final class CalibrationSheet {

    private static final float MM = (float) SheetGeometry.MM;
    private static final float LINE = 0.4f;
    private static final float FINE = 0.25f;

    private CalibrationSheet() {}

    /** The front and the back page, in page coordinates. */
    static List<Face> faces(SheetGeometry g, Spec spec) {
        float pw = (float) g.pageWidth();
        float ph = (float) g.pageHeight();
        float in = 40 * MM;
        float[][] points = {{pw / 2, ph / 2}, {in, in}, {pw - in, in}, {in, ph - in}, {pw - in, ph - in}};
        String duplex = spec.options().getDuplex() == Duplex.LONG_EDGE ? "long-edge" : "short-edge";
        Structure st = new Structure();

        List<Face.Op> front = new ArrayList<>();
        text(front, st.add("H1", 0), Spec.BOLD, 12, 15 * MM, ph - 15 * MM, "Duplex calibration: front");
        text(front, st.add("P", 0), Spec.REGULAR, 8, 15 * MM, ph - 21 * MM, "Print both sides with " + duplex
                + " flip at 100 % (no \"fit to page\"). Hold the sheet against the light.");
        text(front, st.add("P", 0), Spec.REGULAR, 8, 15 * MM, ph - 25.5f * MM,
                "On the back, read where each cross of this side shows on the scales.");
        for (float[] p : points) {
            cross(front, p[0], p[1], 6 * MM, LINE);
        }

        List<Face.Op> back = new ArrayList<>();
        text(back, st.add("H1", 0), Spec.BOLD, 12, 15 * MM, ph - 15 * MM, "Duplex calibration: back");
        text(back, st.add("P", 0), Spec.REGULAR, 8, 15 * MM, ph - 21 * MM, "Add the horizontal reading to offset-x and "
                + "the vertical reading to offset-y (mm; right and up are positive as seen on this side).");
        text(back, st.add("P", 0), Spec.REGULAR, 8, 15 * MM, ph - 25.5f * MM, String.format(Locale.ROOT,
                "Current offsets: x %+.1f, y %+.1f. Print again with the new offsets: the crosses should show at 0.",
                spec.options().getBackOffsetXMm(), spec.options().getBackOffsetYMm()));
        for (float[] p : points) {
            float x = (g.mirrorsColumns() ? pw - p[0] : p[0]) + (float) spec.options().getBackOffsetXMm() * MM;
            float y = (g.mirrorsColumns() ? p[1] : ph - p[1]) + (float) spec.options().getBackOffsetYMm() * MM;
            cross(back, x, y, 5 * MM, FINE);
            for (int t = -10; t <= 10; t++) {
                float len = (t % 2 == 0 ? 1.6f : 0.9f) * MM;
                back.add(box(x + t * 0.5f * MM - FINE / 2, y - len, FINE, len));
                back.add(box(x - len, y + t * 0.5f * MM - FINE / 2, len, FINE));
            }
            for (int t = -4; t <= 4; t += 2) {
                String s = t > 0 ? "+" + t : Integer.toString(t);
                back.add(new Face.Text(x + t * MM - 1.2f, y - 3.6f * MM, Spec.REGULAR, 4.5f, 0x000000, s,
                        Structure.ARTIFACT));
                back.add(new Face.Text(x - 5.2f * MM, y + t * MM - 1.5f, Spec.REGULAR, 4.5f, 0x000000, s,
                        Structure.ARTIFACT));
            }
        }
        return List.of(new Face(List.copyOf(front), st), new Face(List.copyOf(back), st));
    }

    private static void text(List<Face.Op> ops, int tag, int style, float size, float x, float y, String s) {
        ops.add(new Face.Text(x, y, style, size, 0x000000, s, tag));
    }

    private static void cross(List<Face.Op> ops, float x, float y, float arm, float width) {
        ops.add(box(x - arm, y - width / 2, 2 * arm, width));
        ops.add(box(x - width / 2, y - arm, width, 2 * arm));
    }

    private static Face.Box box(float x, float y, float w, float h) {
        return new Face.Box(x, y, w, h, 0x000000, -1, 0, Structure.ARTIFACT);
    }
}
