package org.cronomapa.render;

import java.util.Arrays;
import org.cronomapa.map.Viewport;
import org.cronomapa.model.RegionMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Which region covers each pixel of the view (or -1), found once per view by scanline filling
 * the projected outlines. A frame then colours the regions with one array pass, with no toolkit
 * call, so a region changing class costs about a millisecond instead of a full repaint.
 */
final class RegionRaster {
    private final int width;
    private final int height;
    private final byte[] ids;

    RegionRaster(RegionMap regions, Viewport v) {
        width = v.width();
        height = v.height();
        ids = new byte[width * height];
        Arrays.fill(ids, (byte) -1);
        double[] xs = new double[256];
        for (int r = 0; r < regions.size(); r++) {
            Geometry g = regions.get(r).outline();
            double[][] edges = edges(g, v);
            int yMin = Math.max(0, (int) Math.floor(minY(edges)));
            int yMax = Math.min(height - 1, (int) Math.ceil(maxY(edges)));
            for (int y = yMin; y <= yMax; y++) {
                double cy = y + 0.5;
                int n = 0;
                for (double[] e : edges) {
                    if ((e[1] > cy) != (e[3] > cy)) {
                        if (n == xs.length) {
                            xs = Arrays.copyOf(xs, n * 2);
                        }
                        xs[n++] = e[0] + (cy - e[1]) * (e[2] - e[0]) / (e[3] - e[1]);
                    }
                }
                Arrays.sort(xs, 0, n);
                for (int i = 0; i + 1 < n; i += 2) {
                    int from = Math.max(0, (int) Math.ceil(xs[i] - 0.5));
                    int to = Math.min(width - 1, (int) Math.floor(xs[i + 1] - 0.5));
                    if (from <= to) {
                        Arrays.fill(ids, y * width + from, y * width + to + 1, (byte) r);
                    }
                }
            }
        }
    }

    /** Fills {@code out}: each region pixel takes its region's colour, every other pixel the background. */
    void compose(int[] background, int[] regionArgb, int[] out) {
        for (int i = 0; i < out.length; i++) {
            int id = ids[i];
            out[i] = id < 0 ? background[i] : regionArgb[id];
        }
    }

    private static double[][] edges(Geometry g, Viewport v) {
        int count = 0;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Polygon p = (Polygon) g.getGeometryN(i);
            count += p.getExteriorRing().getNumPoints();
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                count += p.getInteriorRingN(h).getNumPoints();
            }
        }
        double[][] edges = new double[count][];
        int k = 0;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Polygon p = (Polygon) g.getGeometryN(i);
            k = ring(p.getExteriorRing().getCoordinates(), v, edges, k);
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                k = ring(p.getInteriorRingN(h).getCoordinates(), v, edges, k);
            }
        }
        return Arrays.copyOf(edges, k);
    }

    private static int ring(Coordinate[] cs, Viewport v, double[][] edges, int k) {
        for (int i = 1; i < cs.length; i++) {
            edges[k++] = new double[] {v.screenX(cs[i - 1].x), v.screenY(cs[i - 1].y), v.screenX(cs[i].x), v.screenY(cs[i].y)};
        }
        return k;
    }

    private static double minY(double[][] edges) {
        double m = Double.MAX_VALUE;
        for (double[] e : edges) {
            m = Math.min(m, Math.min(e[1], e[3]));
        }
        return m;
    }

    private static double maxY(double[][] edges) {
        double m = -Double.MAX_VALUE;
        for (double[] e : edges) {
            m = Math.max(m, Math.max(e[1], e[3]));
        }
        return m;
    }
}
