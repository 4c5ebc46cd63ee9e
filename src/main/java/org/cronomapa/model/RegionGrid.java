package org.cronomapa.model;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * A raster over the map's bounds holding, per cell, a bit mask of the regions present there,
 * so that finding the region of a point costs one array read; only cells on a border need the
 * exact polygon test. Built by scanline filling, so a million-row file is checked in
 * milliseconds; the bundled map's grid is built once at build time and read back as runs of equal
 * cells ({@link #packed}, docs/decisions/0024-startup-first-map.md). Bit 31 marks a border cell.
 */
public final class RegionGrid {
    static final int BORDER = 1 << 31;
    static final double CELL = 0.01;

    private final double minX;
    private final double minY;
    private final int cols;
    private final int rows;
    private final int[] cells;
    /**
     * A coarse grid of blocks of {@link #BLOCK}×{@link #BLOCK} cells: a block's mask when all its cells
     * share it ({@code mixed} false), else its cells are read. The cells are 13 MB for Peru, so a
     * million scattered points each missed the processor's caches; the blocks are 0.2 MB and answer
     * for most points (all but those within a block of a border). The same answers, sooner.
     */
    private int[] blocks;
    private boolean[] mixed;
    private int blockCols;
    private static final int BLOCK_SHIFT = 3;
    static final int BLOCK = 1 << BLOCK_SHIFT;

    RegionGrid(List<Region> regions, Envelope bounds) {
        minX = bounds.getMinX() - CELL;
        minY = bounds.getMinY() - CELL;
        cols = (int) Math.ceil((bounds.getMaxX() - minX) / CELL) + 2;
        rows = (int) Math.ceil((bounds.getMaxY() - minY) / CELL) + 2;
        cells = new int[cols * rows];
        for (int r = 0; r < regions.size(); r++) {
            fill(regions.get(r).outline(), 1 << r);
        }
        for (int r = 0; r < regions.size(); r++) {
            markBorders(regions.get(r).outline(), 1 << r);
        }
        summarise();
    }

    private RegionGrid(double minX, double minY, int cols, int rows, int[] cells) {
        this.minX = minX;
        this.minY = minY;
        this.cols = cols;
        this.rows = rows;
        this.cells = cells;
        summarise();
    }

    /** Each block's shared mask, or mixed (a block the grid's edge cuts is mixed too); once the cells are final. */
    private void summarise() {
        blockCols = (cols + BLOCK - 1) >> BLOCK_SHIFT;
        blocks = new int[blockCols * ((rows + BLOCK - 1) >> BLOCK_SHIFT)];
        mixed = new boolean[blocks.length];
        for (int row = 0; row < rows; row++) {
            int base = (row >> BLOCK_SHIFT) * blockCols;
            boolean firstRow = (row & (BLOCK - 1)) == 0;
            for (int col = 0; col < cols; col++) {
                int b = base + (col >> BLOCK_SHIFT);
                int mask = cells[row * cols + col];
                if (firstRow && (col & (BLOCK - 1)) == 0) {
                    blocks[b] = mask;
                    mixed[b] = col + BLOCK > cols || row + BLOCK > rows;
                } else if (mask != blocks[b]) {
                    mixed[b] = true;
                }
            }
        }
    }

    /** The grid a region map would build, for writing it down (the bundled map's build step). */
    public static RegionGrid of(RegionMap map) {
        return new RegionGrid(map.regions(), map.bounds());
    }

    /**
     * A grid from its cells written down as runs: {@code runs} holds pairs (mask, length) filling the
     * cells row by row. The caller vouches that it was made by {@link #of} for the same regions.
     */
    public static RegionGrid packed(double minX, double minY, int cols, int rows, int[] runs) {
        int[] cells = new int[Math.multiplyExact(cols, rows)];
        int at = 0;
        for (int i = 0; i + 1 < runs.length; i += 2) {
            if (runs[i + 1] < 0 || runs[i + 1] > cells.length - at) {
                throw new IllegalArgumentException("run " + i / 2 + " overruns the " + cells.length + " cells");
            }
            java.util.Arrays.fill(cells, at, at + runs[i + 1], runs[i]);
            at += runs[i + 1];
        }
        if (at != cells.length) {
            throw new IllegalArgumentException("the runs fill " + at + " cells of " + cells.length);
        }
        return new RegionGrid(minX, minY, cols, rows, cells);
    }

    /** The cells as runs of equal masks, pairs (mask, length), the form {@link #packed} reads. */
    public int[] runs() {
        int[] out = new int[64];
        int n = 0;
        for (int i = 0; i < cells.length; ) {
            int j = i;
            while (j < cells.length && cells[j] == cells[i]) {
                j++;
            }
            if (n + 2 > out.length) {
                out = java.util.Arrays.copyOf(out, out.length * 2);
            }
            out[n++] = cells[i];
            out[n++] = j - i;
            i = j;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    public double minX() {
        return minX;
    }

    public double minY() {
        return minY;
    }

    public int cols() {
        return cols;
    }

    public int rows() {
        return rows;
    }

    /** Whether both grids lie at the same place with the same cells. */
    public boolean sameAs(RegionGrid other) {
        return minX == other.minX && minY == other.minY && cols == other.cols && rows == other.rows
                && java.util.Arrays.equals(cells, other.cells);
    }

    /** The cell's mask: one bit per region present, plus {@link #BORDER}; 0 outside every region. */
    int at(double lon, double lat) {
        double x = (lon - minX) / CELL;
        double y = (lat - minY) / CELL;
        // Off the grid (or NaN) first; then a cast floors, as Math.floor would, without the call that
        // is all but free once C2 compiles this and costly before (or in a C1-only JVM).
        if (!(x >= 0 && y >= 0 && x < cols && y < rows)) {
            return 0;
        }
        int col = (int) x;
        int row = (int) y;
        int b = (row >> BLOCK_SHIFT) * blockCols + (col >> BLOCK_SHIFT);
        return mixed[b] ? cells[row * cols + col] : blocks[b];
    }

    /** One cell's mask, read directly (the blocks' test). */
    int cell(int col, int row) {
        return cells[row * cols + col];
    }

    /** Whether any cell within {@code radius} degrees of the point holds the region's bit. */
    boolean near(int regionBit, double lon, double lat, double radius) {
        int c0 = (int) Math.floor((lon - minX) / CELL);
        int r0 = (int) Math.floor((lat - minY) / CELL);
        int k = (int) Math.ceil(radius / CELL);
        for (int r = Math.max(0, r0 - k); r <= Math.min(rows - 1, r0 + k); r++) {
            for (int c = Math.max(0, c0 - k); c <= Math.min(cols - 1, c0 + k); c++) {
                if ((cells[r * cols + c] & regionBit) != 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Scanline fill at each row's centre. Crossings are gathered edge by edge (each edge visits only
     * the rows it spans, not every row), then sorted per row: the same crossings, so the same cells,
     * as testing every edge on every row, at a fraction of the cost in a cold JVM.
     */
    private void fill(Geometry outline, int bit) {
        List<Coordinate[]> rings = rings(outline);
        int[] start = new int[rows + 1];
        crossings(rings, start, null);
        for (int r = 0; r < rows; r++) {
            start[r + 1] += start[r];
        }
        double[] xs = new double[start[rows]];
        crossings(rings, java.util.Arrays.copyOf(start, rows), xs);
        for (int r = 0; r < rows; r++) {
            java.util.Arrays.sort(xs, start[r], start[r + 1]);
            for (int i = start[r]; i + 1 < start[r + 1]; i += 2) {
                int from = (int) Math.ceil((xs[i] - minX) / CELL - 0.5);
                int to = (int) Math.floor((xs[i + 1] - minX) / CELL - 0.5);
                for (int c = Math.max(0, from); c <= Math.min(cols - 1, to); c++) {
                    cells[r * cols + c] |= bit;
                }
            }
        }
    }

    /**
     * Where the rings' edges cross each row's centre line: counted per row into {@code at[r + 1]}
     * when {@code xs} is null, else written at {@code at[r]} onwards.
     */
    private void crossings(List<Coordinate[]> rings, int[] at, double[] xs) {
        for (Coordinate[] cs : rings) {
            for (int i = 1; i < cs.length; i++) {
                Coordinate a = cs[i - 1];
                Coordinate b = cs[i];
                double lo = Math.min(a.y, b.y);
                double hi = Math.max(a.y, b.y);
                int r0 = Math.max(0, (int) Math.floor((lo - minY) / CELL - 0.5) - 1);
                int r1 = Math.min(rows - 1, (int) Math.ceil((hi - minY) / CELL - 0.5) + 1);
                for (int r = r0; r <= r1; r++) {
                    double y = minY + (r + 0.5) * CELL;
                    if ((a.y > y) != (b.y > y)) {
                        if (xs == null) {
                            at[r + 1]++;
                        } else {
                            xs[at[r]++] = a.x + (y - a.y) * (b.x - a.x) / (b.y - a.y);
                        }
                    }
                }
            }
        }
    }

    private void markBorders(Geometry outline, int bit) {
        for (Coordinate[] ring : rings(outline)) {
            for (int i = 1; i < ring.length; i++) {
                markSegment(ring[i - 1], ring[i], bit);
            }
        }
    }

    /** Slack, in cells, so a segment that grazes a cell edge or corner marks the cells on both sides. */
    private static final double GRAZE = 1e-9;

    /**
     * Marks every cell the segment passes through, however short its passage (a supercover): column
     * by column, the rows between the segment's heights at the column's two edges. A cell left
     * unmarked therefore lies wholly inside or outside each region, and its centre's answer is
     * exact for every point in it.
     */
    private void markSegment(Coordinate a, Coordinate b, int bit) {
        double x0 = (a.x - minX) / CELL;
        double y0 = (a.y - minY) / CELL;
        double x1 = (b.x - minX) / CELL;
        double y1 = (b.y - minY) / CELL;
        if (x0 > x1) {
            double t = x0;
            x0 = x1;
            x1 = t;
            t = y0;
            y0 = y1;
            y1 = t;
        }
        int firstCol = (int) Math.floor(x0 - GRAZE);
        int lastCol = (int) Math.floor(x1 + GRAZE);
        for (int c = firstCol; c <= lastCol; c++) {
            double xa = Math.min(Math.max(x0, c), x1);
            double xb = Math.max(Math.min(x1, c + 1), xa);
            double ya = x1 == x0 ? y0 : y0 + (xa - x0) * (y1 - y0) / (x1 - x0);
            double yb = x1 == x0 ? y1 : y0 + (xb - x0) * (y1 - y0) / (x1 - x0);
            int lowRow = (int) Math.floor(Math.min(ya, yb) - GRAZE);
            int highRow = (int) Math.floor(Math.max(ya, yb) + GRAZE);
            for (int r = lowRow; r <= highRow; r++) {
                if (r >= 0 && c >= 0 && r < rows && c < cols) {
                    cells[r * cols + c] |= BORDER | bit;
                }
            }
        }
    }

    private static List<Coordinate[]> rings(Geometry outline) {
        java.util.List<Coordinate[]> out = new java.util.ArrayList<>();
        for (int g = 0; g < outline.getNumGeometries(); g++) {
            Polygon p = (Polygon) outline.getGeometryN(g);
            out.add(p.getExteriorRing().getCoordinates());
            for (int k = 0; k < p.getNumInteriorRing(); k++) {
                out.add(p.getInteriorRingN(k).getCoordinates());
            }
        }
        return out;
    }
}
