package io.github.methodbank.pdf.internal.write;

import static io.github.methodbank.pdf.internal.write.SheetGeometry.MM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SheetGeometryTest {

    private static final double EPS = 1e-6;

    @Test
    void a7OnA4IsTwoByTwoPortraitCentred() {
        SheetGeometry g = SheetGeometry.of(210, 297, 74, 105, 3, true, true, 0, 0);
        assertThat(g.columns()).isEqualTo(2);
        assertThat(g.rows()).isEqualTo(2);
        assertThat(g.pageWidth()).isCloseTo(210 * MM, within(EPS));
        double left = g.front(0).x() - g.bleed();
        double right = g.pageWidth() - (g.front(1).right() + g.bleed());
        assertThat(left).isCloseTo(right, within(EPS));
        double top = g.pageHeight() - (g.front(0).top() + g.bleed());
        double bottom = g.front(2).y() - g.bleed();
        assertThat(top).isCloseTo(bottom, within(EPS));
        // neighbours are separated by twice the bleed
        assertThat(g.front(1).x() - g.front(0).right()).isCloseTo(6 * MM, within(EPS));
        assertThat(g.front(0).y() - g.front(2).top()).isCloseTo(6 * MM, within(EPS));
    }

    @Test
    void turnsTheSheetWhenMoreCardsFit() {
        SheetGeometry a6 = SheetGeometry.of(210, 297, 105, 148, 3, true, true, 0, 0);
        assertThat(a6.pageWidth()).isGreaterThan(a6.pageHeight());
        assertThat(a6.cardsPerSheet()).isEqualTo(2);
        SheetGeometry poker = SheetGeometry.of(210, 297, 63, 88, 3, true, true, 0, 0);
        assertThat(poker.cardsPerSheet()).isEqualTo(8);
        SheetGeometry pokerNoBleed = SheetGeometry.of(210, 297, 63, 88, 0, true, true, 0, 0);
        assertThat(pokerNoBleed.cardsPerSheet()).isEqualTo(9);
    }

    @Test
    void longEdgeOnPortraitMirrorsColumns() {
        SheetGeometry g = SheetGeometry.of(210, 297, 74, 105, 3, true, true, 0, 0);
        assertThat(g.mirrorsColumns()).isTrue();
        for (int i = 0; i < g.cardsPerSheet(); i++) {
            SheetGeometry.Rect f = g.front(i);
            SheetGeometry.Rect b = g.back(i);
            assertThat(b.x()).isCloseTo(g.pageWidth() - f.right(), within(EPS));
            assertThat(b.y()).isCloseTo(f.y(), within(EPS));
        }
    }

    @Test
    void shortEdgeOnPortraitMirrorsRows() {
        SheetGeometry g = SheetGeometry.of(215.9, 279.4, 74, 105, 3, true, false, 0, 0);
        assertThat(g.mirrorsColumns()).isFalse();
        for (int i = 0; i < g.cardsPerSheet(); i++) {
            SheetGeometry.Rect f = g.front(i);
            SheetGeometry.Rect b = g.back(i);
            assertThat(b.x()).isCloseTo(f.x(), within(EPS));
            assertThat(b.y()).isCloseTo(g.pageHeight() - f.top(), within(EPS));
        }
    }

    @Test
    void onALandscapeSheetTheLongEdgeIsHorizontal() {
        SheetGeometry longEdge = SheetGeometry.of(210, 297, 105, 148, 3, true, true, 0, 0);
        assertThat(longEdge.pageWidth()).isGreaterThan(longEdge.pageHeight());
        assertThat(longEdge.mirrorsColumns()).isFalse();
        SheetGeometry shortEdge = SheetGeometry.of(210, 297, 105, 148, 3, true, false, 0, 0);
        assertThat(shortEdge.mirrorsColumns()).isTrue();
        assertThat(shortEdge.back(0).x()).isCloseTo(shortEdge.pageWidth() - shortEdge.front(0).right(), within(EPS));
    }

    @Test
    void calibrationOffsetMovesOnlyBacks() {
        SheetGeometry plain = SheetGeometry.of(210, 297, 74, 105, 3, true, true, 0, 0);
        SheetGeometry shifted = SheetGeometry.of(210, 297, 74, 105, 3, true, true, 1.5, -2);
        for (int i = 0; i < 4; i++) {
            assertThat(shifted.front(i)).isEqualTo(plain.front(i));
            assertThat(shifted.back(i).x()).isCloseTo(plain.back(i).x() + 1.5 * MM, within(EPS));
            assertThat(shifted.back(i).y()).isCloseTo(plain.back(i).y() - 2 * MM, within(EPS));
        }
    }

    @Test
    void cropMarksLieOnTrimLinesOutsideTheBleedAndAwayFromTheEdge() {
        SheetGeometry g = SheetGeometry.of(210, 297, 74, 105, 3, true, true, 0, 0);
        // 2 columns x 2 edges x top/bottom + 2 rows x 2 edges x left/right
        assertThat(g.cropMarks()).hasSize(16);
        double gridLeft = g.front(0).x() - g.bleed();
        double gridRight = g.front(1).right() + g.bleed();
        double gridTop = g.front(0).top() + g.bleed();
        double gridBottom = g.front(2).y() - g.bleed();
        for (SheetGeometry.Mark m : g.cropMarks()) {
            for (double[] p : new double[][] {{m.x1(), m.y1()}, {m.x2(), m.y2()}}) {
                boolean outside = p[0] <= gridLeft - MM + EPS || p[0] >= gridRight + MM - EPS
                        || p[1] >= gridTop + MM - EPS || p[1] <= gridBottom - MM + EPS;
                assertThat(outside).as("mark %s lies outside the bleed", m).isTrue();
                assertThat(p[0]).isBetween(3 * MM - EPS, g.pageWidth() - 3 * MM + EPS);
                assertThat(p[1]).isBetween(3 * MM - EPS, g.pageHeight() - 3 * MM + EPS);
            }
            boolean vertical = Math.abs(m.x1() - m.x2()) < EPS;
            double along = vertical ? m.x1() : m.y1();
            boolean onTrim = false;
            for (int i = 0; i < 4; i++) {
                SheetGeometry.Rect r = g.front(i);
                onTrim |= vertical ? Math.abs(along - r.x()) < EPS || Math.abs(along - r.right()) < EPS
                        : Math.abs(along - r.y()) < EPS || Math.abs(along - r.top()) < EPS;
            }
            assertThat(onTrim).as("mark %s is on a trim line", m).isTrue();
        }
        assertThat(SheetGeometry.of(210, 297, 74, 105, 3, false, true, 0, 0).cropMarks()).isEmpty();
    }

    @Test
    void aCardTooLargeForTheSheetIsAClearError() {
        assertThatThrownBy(() -> SheetGeometry.of(210, 297, 200, 290, 3, true, true, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not fit");
    }
}
