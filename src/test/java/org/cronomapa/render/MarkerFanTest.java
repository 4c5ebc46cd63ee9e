package org.cronomapa.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Fanning out markers that share a spot: no two of a group overlap, each group centred on its spot, each pickable. */
class MarkerFanTest {

    /** {@code n} markers on (x, y), within a pixel of it, of radii 4–12; rows from {@code row0}. */
    private static void stack(DrawnMarkers d, int n, float x, float y, int row0, Random rnd) {
        for (int k = 0; k < n; k++) {
            d.add(x + rnd.nextFloat() - 0.5f, y + rnd.nextFloat() - 0.5f, 4 + rnd.nextInt(9), row0 + k, 0, 0, 255);
        }
    }

    @Test
    void groupsOfAnySizeAreSpreadWithoutOverlapAroundTheirSpot() {
        for (int n = 2; n <= 80; n++) {
            Random rnd = new Random(n);
            DrawnMarkers d = new DrawnMarkers();
            stack(d, n, 400, 300, 0, rnd);
            stack(d, 3, 900, 300, 1000, rnd); // a second group far away
            d.add(100, 100, 6, 5000, 0, 0, 255); // alone: stays
            assertEquals(n + 3, MarkerFan.spread(d, 0, d.size()), "n=" + n);
            checkGroup(d, 0, n, 400, 300);
            checkGroup(d, n, n + 3, 900, 300);
            assertFalse(d.fanned(n + 3));
            assertEquals(100f, d.x(n + 3));
        }
    }

    private static void checkGroup(DrawnMarkers d, int from, int to, double x, double y) {
        double cx = 0;
        double cy = 0;
        for (int i = from; i < to; i++) {
            assertTrue(d.fanned(i));
            assertTrue(Math.hypot(d.trueX(i) - x, d.trueY(i) - y) < 1, "the true spot is kept");
            cx += d.x(i);
            cy += d.y(i);
            for (int j = i + 1; j < to; j++) {
                double gap = Math.hypot(d.x(i) - d.x(j), d.y(i) - d.y(j)) - d.radius(i) - d.radius(j);
                assertTrue(gap >= MarkerFan.GAP - 0.01, "markers " + i + " and " + j + " of " + (to - from) + " overlap");
            }
            assertEquals(d.row(i), d.rowAt(d.x(i), d.y(i)), "each fanned marker is picked at its centre");
            assertArrayEquals(new int[] {d.row(i)}, d.rowsAt(d.x(i), d.y(i)), "and alone");
        }
        int n = to - from;
        assertEquals(x, cx / n, 0.6, "centred on its spot");
        assertEquals(y, cy / n, 0.6, "centred on its spot");
    }

    @Test
    void ringsHoldSixThenMoreAndNeverEndOnOneAlone() {
        assertArrayEquals(new int[] {2}, MarkerFan.rings(2));
        assertArrayEquals(new int[] {6}, MarkerFan.rings(6));
        assertArrayEquals(new int[] {5, 2}, MarkerFan.rings(7));
        assertArrayEquals(new int[] {6, 2}, MarkerFan.rings(8));
        assertEquals(6, MarkerFan.capacity(1));
        assertEquals(12, MarkerFan.capacity(2));
        for (int n = 2; n < 500; n++) {
            int[] rings = MarkerFan.rings(n);
            assertEquals(n, java.util.Arrays.stream(rings).sum());
            for (int j = 0; j < rings.length; j++) {
                assertTrue(rings[j] >= 2 && rings[j] <= MarkerFan.capacity(j + 1), "n=" + n);
            }
        }
    }

    @Test
    void tooManyMarkersAreLeftAsDrawn() {
        DrawnMarkers d = new DrawnMarkers();
        for (int k = 0; k <= MarkerFan.MAX_MARKERS; k++) {
            d.add(10, 10, 3, k, 0, 0, 255);
        }
        assertEquals(0, MarkerFan.spread(d, 0, d.size()));
        assertFalse(d.fanned(0));
    }
}
