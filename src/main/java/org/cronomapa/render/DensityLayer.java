package org.cronomapa.render;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.cronomapa.map.DensityMode;
import org.cronomapa.map.HexGrid;

/**
 * The hexagon-bin density layer: when the screen holds more markers than can be told apart, the
 * markers {@link MarkerPlacement} placed are counted in hexagons of a fixed screen size and each
 * hexagon is coloured by its count (a yellow-to-red ramp, apart from the regions' purples), with
 * a small legend at the bottom right. The raster fills each occupied hexagon's pixels from a
 * per-size pixel→hexagon map; a vector target gets one path per hexagon. docs/decisions/0013.
 */
final class DensityLayer {
    /** Markers on a 1280×800 screen above which AUTO shows density (scaled with the screen's area). */
    static final int AUTO_THRESHOLD = 5000;
    /** Lower bounds of the count classes; the last is open-ended. */
    static final int[] CLASS_FROM = {1, 3, 10, 30, 100, 300, 1000};
    static final Color[] COLOURS = {
        Color.web("#ffeda0"), Color.web("#fed976"), Color.web("#feb24c"), Color.web("#fd8d3c"),
        Color.web("#fc4e2a"), Color.web("#e31a1c"), Color.web("#b10026")};
    private static final double OPACITY = 0.8;
    /** Hexagons are drawn slightly smaller than their cell, so neighbours read as separate. */
    static final double FILL = 0.9;

    private HexGrid grid;
    private Spans spans;
    private int[] counts = new int[0];
    private final int[] argb = new int[COLOURS.length];
    private String legendKey;
    private Sprite legend;

    DensityLayer() {
        for (int k = 0; k < COLOURS.length; k++) {
            Color c = COLOURS[k];
            int a = (int) Math.round(OPACITY * 255);
            argb[k] = a << 24 | (int) Math.round(c.getRed() * a) << 16 | (int) Math.round(c.getGreen() * a) << 8
                    | (int) Math.round(c.getBlue() * a);
        }
    }

    /** Whether the frame shows density rather than markers, given the markers it would draw on the main map. */
    static boolean chosen(DensityMode mode, int markers, int width, int height) {
        if (mode == DensityMode.DENSITY || mode == DensityMode.MARKERS) {
            return mode == DensityMode.DENSITY;
        }
        return markers > AUTO_THRESHOLD * Math.max(0.25, width * (double) height / (1280 * 800));
    }

    /** A hexagon's size (centre to corner) grows with the frame's text, so an export reads like the window. */
    static double radius(double ui) {
        return 9 * ui;
    }

    static int classOf(int count) {
        int k = 0;
        while (k + 1 < CLASS_FROM.length && count >= CLASS_FROM[k + 1]) {
            k++;
        }
        return k;
    }

    /**
     * Counts markers {@code from}..{@code to} of {@code drawn}, offset by (x0, y0), in a grid of
     * {@code width × height} and fills the occupied hexagons into the raster at (x0, y0), rows
     * {@code yMin}..{@code yMax} only.
     */
    void paint(Raster r, DrawnMarkers drawn, int from, int to, int x0, int y0, int width, int height, double ui,
            int yMin, int yMax, double[]... panels) {
        double radius = radius(ui);
        if (grid == null || grid.width() != width || grid.height() != height || grid.radius() != radius) {
            grid = new HexGrid(radius, width, height, 0);
            spans = new Spans(grid);
            counts = new int[grid.cells()];
        }
        java.util.Arrays.fill(counts, 0);
        for (int k = from; k < to; k++) {
            int c = grid.cellAt(drawn.x(k) - x0, drawn.y(k) - y0);
            if (c >= 0) {
                counts[c]++;
            }
        }
        int occupied = 0;
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] > 0 && underPanel(grid, c, x0, y0, panels)) {
                counts[c] = 0; // left out: the legend must stay readable
            }
            occupied += counts[c] > 0 ? 1 : 0;
        }
        if (occupied > 200 && yMax - yMin > 100) {
            // Two bands of rows on two threads, as the markers are stamped: each fills every hexagon, clipped to its rows.
            int half = yMin + (yMax - yMin) / 2;
            var top = java.util.concurrent.CompletableFuture.runAsync(() -> fill(r, x0, y0, yMin, half));
            fill(r, x0, y0, half, yMax);
            top.join();
        } else {
            fill(r, x0, y0, yMin, yMax);
        }
    }

    /** Blends each occupied hexagon's colour into its pixels on frame rows {@code yMin..yMax-1}. */
    private void fill(Raster r, int x0, int y0, int yMin, int yMax) {
        int[] px = r.pixels();
        int stride = r.width();
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] == 0) {
                continue;
            }
            int colour = argb[classOf(counts[c])];
            for (int k = spans.first[c]; k < spans.first[c + 1]; k++) {
                int y = spans.row[k] + y0;
                if (y < yMin || y >= yMax) {
                    continue;
                }
                int out = y * stride + x0 + spans.x[k];
                for (int end = out + spans.length[k]; out < end; out++) {
                    px[out] = Raster.blend(colour, px[out], 255);
                }
            }
        }
    }

    /**
     * Each hexagon's pixels as runs along rows, so a frame fills them without testing every pixel of
     * each hexagon's box. A pixel belongs to a hexagon when its centre lies within {@link #FILL} of it
     * ({@link HexGrid#edgeDistance}); on a row that is one run, symmetric about the centre, whose half
     * width is min(a, 2(a − |h|)) for a = FILL × inner radius and h = √3/2 × the row's height over the
     * centre. That width gives each run's ends, then the test itself settles the end pixels, so the runs
     * are exactly the pixels the test accepts, found without testing the rest.
     */
    static final class Spans {
        private static final double HALF_SQRT3 = Math.sqrt(3) / 2;
        final int[] first;
        final int[] row;
        final int[] x;
        final int[] length;

        Spans(HexGrid g) {
            int w = g.width();
            int h = g.height();
            double radius = g.radius();
            double a = FILL * radius * HALF_SQRT3;
            int rowsEach = (int) Math.ceil(2 * radius) + 2;
            int cells = g.cells();
            first = new int[cells + 1];
            int[] rows = new int[cells * rowsEach];
            int[] xs = new int[rows.length];
            int[] lengths = new int[rows.length];
            int n = 0;
            for (int c = 0; c < cells; c++) {
                first[c] = n;
                double cx = g.centreX(c);
                double cy = g.centreY(c);
                int yFrom = Math.max(0, (int) Math.floor(cy - radius - 0.5));
                int yTo = Math.min(h - 1, (int) Math.ceil(cy + radius - 0.5));
                for (int y = yFrom; y <= yTo; y++) {
                    double half = Math.min(a, 2 * (a - Math.abs(HALF_SQRT3 * (y + 0.5 - cy))));
                    if (half < -1) {
                        continue; // the row passes well clear of the hexagon
                    }
                    double reach = Math.max(half, 0);
                    int lo = Math.max(0, (int) Math.ceil(cx - reach - 0.5));
                    int hi = Math.min(w - 1, (int) Math.floor(cx + reach - 0.5));
                    while (lo > 0 && in(g, lo - 1, y, c)) {
                        lo--;
                    }
                    while (lo <= hi && !in(g, lo, y, c)) {
                        lo++;
                    }
                    while (hi < w - 1 && hi >= lo && in(g, hi + 1, y, c)) {
                        hi++;
                    }
                    while (hi >= lo && !in(g, hi, y, c)) {
                        hi--;
                    }
                    if (hi >= lo) {
                        rows[n] = y;
                        xs[n] = lo;
                        lengths[n] = hi - lo + 1;
                        n++;
                    }
                }
            }
            first[cells] = n;
            row = java.util.Arrays.copyOf(rows, n);
            x = java.util.Arrays.copyOf(xs, n);
            length = java.util.Arrays.copyOf(lengths, n);
        }

        /** The pixel's centre lies within the hexagon's drawn part. */
        private static boolean in(HexGrid g, int x, int y, int cell) {
            return g.edgeDistance(x + 0.5, y + 0.5, cell) <= FILL;
        }
    }

    /** Whether the hexagon would cover a legend panel (frame pixels): it is left out, as the legend must stay readable. */
    private static boolean underPanel(HexGrid g, int cell, int x0, int y0, double[][] panels) {
        double cx = x0 + g.centreX(cell);
        double cy = y0 + g.centreY(cell);
        double r = g.radius();
        for (double[] p : panels) {
            if (cx + r > p[0] && cx - r < p[2] && cy + r > p[1] && cy - r < p[3]) {
                return true;
            }
        }
        return false;
    }

    /** The same hexagons as paths, for a vector target. */
    static void draw(MapCanvas c, DrawnMarkers drawn, int from, int to, int x0, int y0, int width, int height,
            double ui, double[]... panels) {
        HexGrid g = new HexGrid(radius(ui), width, height, 0);
        int[] n = new int[g.cells()];
        for (int k = from; k < to; k++) {
            int cell = g.cellAt(drawn.x(k) - x0, drawn.y(k) - y0);
            if (cell >= 0) {
                n[cell]++;
            }
        }
        double r = g.radius() * FILL;
        for (int cell = 0; cell < n.length; cell++) {
            if (n[cell] > 0 && !underPanel(g, cell, x0, y0, panels)) {
                double[] xy = new double[14];
                for (int k = 0; k <= 6; k++) {
                    double a = Math.PI / 3 * k + Math.PI / 6;
                    xy[2 * k] = x0 + g.centreX(cell) + r * Math.cos(a);
                    xy[2 * k + 1] = y0 + g.centreY(cell) + r * Math.sin(a);
                }
                Color col = COLOURS[classOf(n[cell])];
                c.fill(MapPath.ofRing(xy), Color.color(col.getRed(), col.getGreen(), col.getBlue(), OPACITY));
            }
        }
    }

    /** Where the legend goes: bottom right, above the towns' credit line. */
    static double[] legendBox(int width, int height, double ui) {
        double w = 7 * 28 * ui + 20 * ui;
        double h = 56 * ui;
        double x = width - w - 12 * ui;
        double y = height - h - 26 * ui;
        return new double[] {x, y, x + w, y + h};
    }

    /** The legend and the towns' credit under it, down to the frame's corner: kept clear of hexagons. */
    static double[] cornerBox(int width, int height, double ui) {
        double[] b = legendBox(width, height, ui);
        return new double[] {b[0], b[1], width, height};
    }

    /** The legend: a title over a row of swatches with their lower bounds. */
    static void paintLegend(MapCanvas c, String title, double[] box, double ui) {
        double pad = 10 * ui;
        c.fillRoundRect(box[0], box[1], box[2] - box[0], box[3] - box[1], 8 * ui, MapStyle.PANEL);
        c.text(title, box[0] + pad, box[1] + pad + 6 * ui, TextStyle.plain(
                Font.font("DejaVu Sans", FontWeight.BOLD, 12 * ui), MapStyle.LABEL, TextAlignment.LEFT, VPos.CENTER));
        TextStyle label = TextStyle.plain(Font.font("DejaVu Sans", 10 * ui), MapStyle.LABEL, TextAlignment.CENTER,
                VPos.CENTER);
        double sw = 28 * ui;
        for (int k = 0; k < COLOURS.length; k++) {
            double x = box[0] + pad + k * sw;
            Color col = COLOURS[k];
            c.fillRect(x, box[1] + 24 * ui, sw, 12 * ui, Color.color(col.getRed(), col.getGreen(), col.getBlue(), OPACITY));
            c.text(k == COLOURS.length - 1 ? "1k+" : Integer.toString(CLASS_FROM[k]), x + sw / 2, box[1] + 45 * ui, label);
        }
    }

    /** The legend as a sprite, drawn once per title and size. */
    Sprite legendSprite(String title, double ui, double[] box) {
        String key = title + "@" + ui;
        if (!key.equals(legendKey)) {
            int w = (int) Math.ceil(box[2] - box[0]) + 2;
            int h = (int) Math.ceil(box[3] - box[1]) + 2;
            Canvas canvas = new Canvas(w, h);
            paintLegend(new FxCanvas(canvas.getGraphicsContext2D()), title, new double[] {0, 0, box[2] - box[0],
                    box[3] - box[1]}, ui);
            legend = Sprite.of(Snapshots.pixels(canvas, true), w, h);
            legendKey = key;
        }
        return legend;
    }
}
