package org.cronomapa.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.cronomapa.map.HexGrid;
import org.junit.jupiter.api.Test;

/** The hexagons' runs hold exactly the pixels the per-pixel test gives them, at every size a frame uses. */
class DensitySpansTest {
    @Test
    void runsAreThePixelsOfTheTest() {
        double[] radii = {9 * 0.75, 9, 9 * 1.1, 9 * 1.5, 18, 7.3, 13.37};
        int[][] sizes = {{1280, 800}, {641, 481}, {97, 53}, {1920, 1080}};
        for (double radius : radii) {
            for (int[] size : sizes) {
                HexGrid g = new HexGrid(radius, size[0], size[1], 0);
                int[] expected = new int[size[0] * size[1]];
                for (int y = 0; y < size[1]; y++) {
                    for (int x = 0; x < size[0]; x++) {
                        int c = g.cellAt(x + 0.5, y + 0.5);
                        expected[y * size[0] + x] = c >= 0 && g.edgeDistance(x + 0.5, y + 0.5, c) <= DensityLayer.FILL ? c : -1;
                    }
                }
                int[] fromRuns = new int[expected.length];
                java.util.Arrays.fill(fromRuns, -1);
                DensityLayer.Spans spans = new DensityLayer.Spans(g);
                for (int c = 0; c < g.cells(); c++) {
                    for (int k = spans.first[c]; k < spans.first[c + 1]; k++) {
                        for (int x = spans.x[k]; x < spans.x[k] + spans.length[k]; x++) {
                            int at = spans.row[k] * size[0] + x;
                            // A pixel in two runs would be blended twice.
                            fromRuns[at] = fromRuns[at] == -1 ? c : -2;
                        }
                    }
                }
                assertArrayEquals(expected, fromRuns, "radius " + radius + ", " + size[0] + "x" + size[1]);
            }
        }
    }
}
