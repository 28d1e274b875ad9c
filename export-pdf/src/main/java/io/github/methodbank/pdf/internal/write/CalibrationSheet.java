package io.github.methodbank.pdf.internal.write;

import io.github.methodbank.pdf.internal.Spec;
import java.io.IOException;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A duplex calibration sheet: crosses on the front, scales in millimetres on the back at the
 * places where the crosses land when the printer is exact. Held against the light, the front cross
 * shows on the back scales how far the printer shifts the back. Not API.
 */
public final class CalibrationSheet {

    private static final double MM = SheetGeometry.MM;

    private CalibrationSheet() {}

    static void draw(DeckWriter w, SheetGeometry g, Spec spec) throws IOException {
        double pw = g.pageWidth();
        double ph = g.pageHeight();
        double in = 40 * MM;
        double[][] points = {{pw / 2, ph / 2}, {in, in}, {pw - in, in}, {in, ph - in}, {pw - in, ph - in}};
        PDType0Font font = w.font(Spec.REGULAR);
        PDType0Font bold = w.font(Spec.BOLD);
        String duplex = spec.options().getDuplex() == io.github.methodbank.pdf.Duplex.LONG_EDGE ? "long-edge" : "short-edge";
        try (PDPageContentStream cs = w.newSheetPage(g)) {
            text(cs, bold, 12, 15 * MM, ph - 15 * MM, "Duplex calibration: front");
            text(cs, font, 8, 15 * MM, ph - 21 * MM, "Print both sides with " + duplex
                    + " flip at 100 % (no \"fit to page\"). Hold the sheet against the light.");
            text(cs, font, 8, 15 * MM, ph - 25.5 * MM, "On the back, read where each cross of this side shows on the scales.");
            cs.setLineWidth(0.4f);
            cs.setStrokingColor(0f, 0f, 0f);
            for (double[] p : points) {
                line(cs, p[0] - 6 * MM, p[1], p[0] + 6 * MM, p[1]);
                line(cs, p[0], p[1] - 6 * MM, p[0], p[1] + 6 * MM);
            }
            cs.stroke();
        }
        try (PDPageContentStream cs = w.newSheetPage(g)) {
            text(cs, bold, 12, 15 * MM, ph - 15 * MM, "Duplex calibration: back");
            text(cs, font, 8, 15 * MM, ph - 21 * MM, "Add the horizontal reading to offset-x and the vertical reading "
                    + "to offset-y (mm; right and up are positive as seen on this side).");
            text(cs, font, 8, 15 * MM, ph - 25.5 * MM, String.format(Locale.ROOT,
                    "Current offsets: x %+.1f, y %+.1f. Print again with the new offsets: the crosses should show at 0.",
                    spec.options().getBackOffsetXMm(), spec.options().getBackOffsetYMm()));
            cs.setStrokingColor(0f, 0f, 0f);
            for (double[] p : points) {
                double x = (g.mirrorsColumns() ? pw - p[0] : p[0]) + spec.options().getBackOffsetXMm() * MM;
                double y = (g.mirrorsColumns() ? p[1] : ph - p[1]) + spec.options().getBackOffsetYMm() * MM;
                cs.setLineWidth(0.25f);
                line(cs, x - 5 * MM, y, x + 5 * MM, y);
                line(cs, x, y - 5 * MM, x, y + 5 * MM);
                for (int t = -10; t <= 10; t++) {
                    double len = (t % 2 == 0 ? 1.6 : 0.9) * MM;
                    line(cs, x + t * 0.5 * MM, y, x + t * 0.5 * MM, y - len);
                    line(cs, x, y + t * 0.5 * MM, x - len, y + t * 0.5 * MM);
                }
                cs.stroke();
                for (int t = -4; t <= 4; t += 2) {
                    String s = t > 0 ? "+" + t : Integer.toString(t);
                    text(cs, font, 4.5f, x + t * MM - 1.2, y - 3.6 * MM, s);
                    text(cs, font, 4.5f, x - 5.2 * MM, y + t * MM - 1.5, s);
                }
            }
        }
    }

    private static void line(PDPageContentStream cs, double x1, double y1, double x2, double y2) throws IOException {
        cs.moveTo((float) x1, (float) y1);
        cs.lineTo((float) x2, (float) y2);
    }

    private static void text(PDPageContentStream cs, PDType0Font font, float size, double x, double y, String s)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset((float) x, (float) y);
        cs.showText(s);
        cs.endText();
    }
}
