package org.cronomapa.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Rectangles already taken on the screen, in a coarse grid of buckets so a check looks only at
 * its neighbours: labels are placed greedily, most important first, and one that would overlap
 * anything already taken is left out.
 */
final class LabelGrid {
    private static final double CELL = 64;
    private final int cols;
    private final int rows;
    private final List<List<double[]>> buckets;

    LabelGrid(double width, double height) {
        cols = Math.max(1, (int) Math.ceil(width / CELL));
        rows = Math.max(1, (int) Math.ceil(height / CELL));
        buckets = new ArrayList<>(cols * rows);
        for (int i = 0; i < cols * rows; i++) {
            buckets.add(new ArrayList<>());
        }
    }

    /** Marks the rectangle (x0, y0)–(x1, y1) as taken, whether or not it overlaps anything. */
    void reserve(double x0, double y0, double x1, double y1) {
        double[] box = {x0, y0, x1, y1};
        for (int r = row(y0); r <= row(y1); r++) {
            for (int c = col(x0); c <= col(x1); c++) {
                buckets.get(r * cols + c).add(box);
            }
        }
    }

    boolean free(double x0, double y0, double x1, double y1) {
        for (int r = row(y0); r <= row(y1); r++) {
            for (int c = col(x0); c <= col(x1); c++) {
                for (double[] b : buckets.get(r * cols + c)) {
                    if (x0 < b[2] && b[0] < x1 && y0 < b[3] && b[1] < y1) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Takes the rectangle if it is free; says whether it did. */
    boolean tryPlace(double x0, double y0, double x1, double y1) {
        if (!free(x0, y0, x1, y1)) {
            return false;
        }
        reserve(x0, y0, x1, y1);
        return true;
    }

    private int col(double x) {
        return Math.max(0, Math.min(cols - 1, (int) Math.floor(x / CELL)));
    }

    private int row(double y) {
        return Math.max(0, Math.min(rows - 1, (int) Math.floor(y / CELL)));
    }
}
