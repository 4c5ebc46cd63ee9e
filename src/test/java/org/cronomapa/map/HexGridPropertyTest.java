package org.cronomapa.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The density layer's bins against the definition: each point counts for the hexagon centre nearest it. */
class HexGridPropertyTest {

    /** Brute force: for every point, scan every hexagon's centre for the nearest; -1 beyond the grid. */
    private static int[] bruteForce(HexGrid g, float[] xs, float[] ys, int n) {
        int[] counts = new int[g.cells()];
        for (int i = 0; i < n; i++) {
            int best = -1;
            double bestD = Double.MAX_VALUE;
            for (int c = 0; c < g.cells(); c++) {
                double dx = xs[i] - g.centreX(c);
                double dy = ys[i] - g.centreY(c);
                double d = dx * dx + dy * dy;
                if (d < bestD) {
                    bestD = d;
                    best = c;
                }
            }
            // A point nearer a centre outside the numbered grid than any inside it is not counted;
            // with centres covering the screen and its margin, that only happens far beyond it.
            if (bestD <= g.radius() * g.radius()) {
                counts[best]++;
            }
        }
        return counts;
    }

    @Property(tries = 200)
    void binsEqualTheNearestCentreCount(@ForAll("seeds") long seed, @ForAll @DoubleRange(min = 3, max = 40) double radius,
            @ForAll @IntRange(min = 0, max = 400) int n, @ForAll @IntRange(min = 20, max = 300) int width,
            @ForAll @IntRange(min = 20, max = 300) int height) {
        HexGrid g = new HexGrid(radius, width, height, 30);
        Random rnd = new Random(seed);
        float[] xs = new float[n];
        float[] ys = new float[n];
        for (int i = 0; i < n; i++) {
            // Points on and near the screen, some on exact centres and some on a coarse lattice (edges, corners).
            int kind = rnd.nextInt(4);
            if (kind == 0) {
                int c = rnd.nextInt(g.cells());
                xs[i] = (float) g.centreX(c);
                ys[i] = (float) g.centreY(c);
            } else {
                xs[i] = (float) (rnd.nextDouble() * (width + 40) - 20);
                ys[i] = (float) (rnd.nextDouble() * (height + 40) - 20);
            }
        }
        int[] counts = g.count(xs, ys, n);
        int[] expected = bruteForce(g, xs, ys, n);
        // Points exactly on an edge are equally near two centres: either may take them. Compare totals
        // and, point by point, that the chosen centre is as near as the nearest.
        assertEquals(java.util.Arrays.stream(expected).sum(), java.util.Arrays.stream(counts).sum());
        for (int i = 0; i < n; i++) {
            int c = g.cellAt(xs[i], ys[i]);
            assertTrue(c >= 0, "a point on or near the screen always has a hexagon");
            double d = Math.hypot(xs[i] - g.centreX(c), ys[i] - g.centreY(c));
            assertTrue(d <= g.radius() + 1e-3, "within its hexagon's circumradius");
            for (int k = 0; k < g.cells(); k++) {
                assertTrue(d <= Math.hypot(xs[i] - g.centreX(k), ys[i] - g.centreY(k)) + 1e-3,
                        "no centre is nearer than the chosen one");
            }
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Long> seeds() {
        return net.jqwik.api.Arbitraries.longs();
    }

    @Test
    void randomPointsMatchBruteForceExactly() {
        HexGrid g = new HexGrid(9, 1280, 800, 0);
        Random rnd = new Random(7);
        int n = 20_000;
        float[] xs = new float[n];
        float[] ys = new float[n];
        for (int i = 0; i < n; i++) {
            // Clustered, as events are in towns; random positions are never exactly on an edge, where
            // two centres tie (the property above covers ties).
            do {
                xs[i] = (float) (640 + rnd.nextGaussian() * 200);
                ys[i] = (float) (400 + rnd.nextGaussian() * 150);
            } while (xs[i] <= 0 || xs[i] >= 1280 || ys[i] <= 0 || ys[i] >= 800);
        }
        assertArrayEquals(bruteForce(g, xs, ys, n), g.count(xs, ys, n));
    }

    @Test
    void edgeDistanceIsZeroAtCentresAndOneOnEdges() {
        HexGrid g = new HexGrid(10, 200, 200, 0);
        int c = g.cellAt(100, 100);
        assertEquals(0, g.edgeDistance(g.centreX(c), g.centreY(c), c), 1e-9);
        // The flat sides of a pointy-top hexagon are left and right, at the inner radius.
        assertEquals(1, g.edgeDistance(g.centreX(c) + 10 * Math.sqrt(3) / 2, g.centreY(c), c), 1e-9);
        assertEquals(-1, g.cellAt(10_000, 10_000));
    }
}
