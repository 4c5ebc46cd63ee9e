package org.cronomapa.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The picking rule: the marker drawn last whose shape holds the point wins; a stack lists them all. */
class MarkerHitTest {
    private static int top(float[] xs, float[] ys, float[] rs, double px, double py) {
        return MarkerHit.top(xs, ys, rs, 0, xs.length, px, py, 2);
    }

    @Test
    void aLargeMarkerDrawnLaterHidesANearerCentreBelowIt() {
        // A small triangle at (10, 10), then a large circle at (12, 10) drawn over it.
        float[] xs = {10, 12};
        float[] ys = {10, 10};
        float[] rs = {6, 25};
        assertEquals(1, top(xs, ys, rs, 10, 10), "the small marker's centre is under the large one");
        assertArrayEquals(new int[] {1, 0}, MarkerHit.stack(xs, ys, rs, 0, 2, 10, 10, 2));
    }

    @Test
    void aSmallMarkerDrawnOnTopOfALargeOneWinsInsideItself() {
        float[] xs = {12, 10};
        float[] ys = {10, 10};
        float[] rs = {25, 6};
        assertEquals(1, top(xs, ys, rs, 10, 10));
        assertEquals(0, top(xs, ys, rs, 30, 10), "outside the small one, the large one shows");
        assertArrayEquals(new int[] {0}, MarkerHit.stack(xs, ys, rs, 0, 2, 30, 10, 2));
    }

    @Test
    void markersOnOneCoordinateAllStackNewestFirst() {
        float[] xs = {50, 50, 50};
        float[] ys = {40, 40, 40};
        float[] rs = {6, 6, 6};
        assertEquals(2, top(xs, ys, rs, 51, 41));
        assertArrayEquals(new int[] {2, 1, 0}, MarkerHit.stack(xs, ys, rs, 0, 3, 51, 41, 2));
    }

    @Test
    void theSlackCountsOnlyWhereNoShapeHoldsThePoint() {
        // A later marker's near edge must not beat the earlier marker actually under the point.
        float[] xs = {0, 9};
        float[] ys = {0, 0};
        float[] rs = {5, 5};
        assertEquals(0, top(xs, ys, rs, 3.5, 0), "inside marker 0, within slack of marker 1");
        assertArrayEquals(new int[] {0, 1}, MarkerHit.stack(xs, ys, rs, 0, 2, 3.5, 0, 2));
        assertEquals(1, top(xs, ys, rs, 4.5, 3.5), "near both edges only: the later one");
        assertEquals(-1, top(xs, ys, rs, 0, 20));
        assertEquals(0, MarkerHit.stack(xs, ys, rs, 0, 2, 0, 20, 2).length);
    }

    @Test
    void markersBeforeFromAreHidden() {
        float[] xs = {5, 5};
        float[] ys = {5, 5};
        float[] rs = {4, 4};
        assertEquals(-1, MarkerHit.top(xs, ys, rs, 2, 2, 5, 5, 2));
        assertEquals(1, MarkerHit.top(xs, ys, rs, 1, 2, 5, 5, 2));
    }

    /** Against the rule written plainly: the last drawn containing the point, else the last within slack. */
    @Test
    void agreesWithABruteForceOracle() {
        Random rnd = new Random(8);
        for (int trial = 0; trial < 500; trial++) {
            int n = 1 + rnd.nextInt(30);
            float[] xs = new float[n];
            float[] ys = new float[n];
            float[] rs = new float[n];
            for (int i = 0; i < n; i++) {
                xs[i] = rnd.nextInt(40);
                ys[i] = rnd.nextInt(40);
                rs[i] = 1.6f + rnd.nextInt(25);
            }
            double px = rnd.nextDouble() * 40;
            double py = rnd.nextDouble() * 40;
            int expected = -1;
            for (int i = 0; i < n; i++) {
                if (Math.hypot(xs[i] - px, ys[i] - py) <= rs[i]) {
                    expected = i;
                }
            }
            if (expected < 0) {
                for (int i = 0; i < n; i++) {
                    if (Math.hypot(xs[i] - px, ys[i] - py) <= rs[i] + 2) {
                        expected = i;
                    }
                }
            }
            assertEquals(expected, top(xs, ys, rs, px, py));
            int[] stack = MarkerHit.stack(xs, ys, rs, 0, n, px, py, 2);
            assertEquals(expected, stack.length == 0 ? -1 : stack[0]);
        }
    }
}
