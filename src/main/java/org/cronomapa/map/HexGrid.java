package org.cronomapa.map;

/**
 * Pointy-top hexagons of a fixed screen size tiling a {@code width × height} screen (plus a margin),
 * numbered row by row: the density layer counts the markers of each. A point belongs to the
 * hexagon whose centre is nearest, which for a hexagonal lattice is the cube-rounded axial
 * coordinate (checked against that brute-force definition in the tests). Immutable.
 */
public final class HexGrid {
    private static final double SQRT3 = Math.sqrt(3);

    private final double radius;
    private final int width;
    private final int height;
    private final int rowMin;
    private final int colMin;
    private final int rows;
    private final int cols;

    /** Hexagons of {@code radius} (centre to corner, pixels) over the screen and {@code margin} pixels round it. */
    public HexGrid(double radius, int width, int height, int margin) {
        if (!(radius > 0)) {
            throw new IllegalArgumentException("radius must be positive");
        }
        this.radius = radius;
        this.width = width;
        this.height = height;
        this.rowMin = (int) Math.floor(-margin / (1.5 * radius)) - 1;
        int rowMax = (int) Math.ceil((height + margin) / (1.5 * radius)) + 1;
        this.colMin = (int) Math.floor(-margin / (SQRT3 * radius)) - 1;
        int colMax = (int) Math.ceil((width + margin) / (SQRT3 * radius)) + 1;
        this.rows = rowMax - rowMin + 1;
        this.cols = colMax - colMin + 1;
    }

    public double radius() { return radius; }
    public int width() { return width; }
    public int height() { return height; }

    /** How many hexagons the grid numbers. */
    public int cells() {
        return rows * cols;
    }

    /** The hexagon holding the screen point, or -1 when it is beyond the grid's margin. */
    public int cellAt(double x, double y) {
        double q = (SQRT3 / 3 * x - y / 3) / radius;
        double r = (2.0 / 3 * y) / radius;
        double s = -q - r;
        long rq = round(q);
        long rr = round(r);
        long rs = round(s);
        double dq = Math.abs(rq - q);
        double dr = Math.abs(rr - r);
        double ds = Math.abs(rs - s);
        if (dq > dr && dq > ds) {
            rq = -rr - rs;
        } else if (dr > ds) {
            rr = -rq - rs;
        }
        long col = rq + (rr >> 1) - colMin; // odd-r offset coordinates (rr >> 1 is floorDiv(rr, 2), and no call)
        long row = rr - rowMin;
        if (row < 0 || row >= rows || col < 0 || col >= cols) {
            return -1;
        }
        return (int) (row * cols + col);
    }

    /**
     * {@code Math.round} for the grid's small coordinates: floor(v + 0.5) with a cast, as a C1-compiled
     * JVM (the cold export) calls {@code Math.round} out of line, three times a point. It differs from
     * {@code Math.round} only where v + 0.5 is inexact (v = ±0.49999999999999994, or |v| ≥ 2^52).
     */
    private static long round(double v) {
        double f = v + 0.5;
        long l = (long) f;
        return l > f ? l - 1 : l;
    }

    public double centreX(int cell) {
        int r = cell / cols + rowMin;
        int c = cell % cols + colMin;
        return radius * SQRT3 * (c + (Math.floorMod(r, 2)) / 2.0);
    }

    public double centreY(int cell) {
        return radius * 1.5 * (cell / cols + rowMin);
    }

    /** How many of the first {@code n} points fall in each hexagon (points beyond the margin are not counted). */
    public int[] count(float[] xs, float[] ys, int n) {
        int[] counts = new int[cells()];
        for (int i = 0; i < n; i++) {
            int c = cellAt(xs[i], ys[i]);
            if (c >= 0) {
                counts[c]++;
            }
        }
        return counts;
    }

    /**
     * How far a point is from its hexagon's centre, 0 at the centre and 1 on its edge (the largest
     * of its distances along the three edge normals over the inner radius); the layer leaves a
     * thin gap where this is near 1.
     */
    public double edgeDistance(double x, double y, int cell) {
        double dx = x - centreX(cell);
        double dy = y - centreY(cell);
        double a = radius * SQRT3 / 2;
        double h = SQRT3 / 2 * dy;
        return Math.max(Math.abs(dx), Math.max(Math.abs(dx / 2 + h), Math.abs(dx / 2 - h))) / a;
    }
}
