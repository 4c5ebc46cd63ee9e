package org.cronomapa.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Town names are placed greedily without overlaps; the grid of buckets must agree with checking every pair. */
class LabelGridTest {

    private static boolean overlap(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }

    @Property(tries = 300)
    void placedLabelsNeverOverlapAndEveryRefusalHadACause(@ForAll long seed) {
        Random rnd = new Random(seed);
        LabelGrid grid = new LabelGrid(800, 600);
        List<double[]> placed = new ArrayList<>();
        int n = 1 + rnd.nextInt(300);
        for (int i = 0; i < n; i++) {
            double w = 5 + rnd.nextDouble() * 150;
            double h = 5 + rnd.nextDouble() * 30;
            // Some boxes hang over the screen's edge: the grid clamps them to its border buckets.
            double x = rnd.nextDouble() * 860 - 30;
            double y = rnd.nextDouble() * 640 - 20;
            double[] box = {x, y, x + w, y + h};
            boolean clash = placed.stream().anyMatch(p -> overlap(p, box));
            boolean took = grid.tryPlace(box[0], box[1], box[2], box[3]);
            if (took) {
                assertFalse(clash, "placed over a label already there");
                placed.add(box);
            } else {
                assertTrue(clash, "refused a free place");
            }
        }
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                assertFalse(overlap(placed.get(i), placed.get(j)));
            }
        }
    }
}
