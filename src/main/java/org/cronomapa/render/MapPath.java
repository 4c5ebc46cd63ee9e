package org.cronomapa.render;

import org.cronomapa.map.Viewport;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * An outline already projected to the target's pixels: closed rings of x, y pairs (outer rings and
 * holes alike), filled with the even-odd rule. Projecting once here means a raster and a vector
 * target draw exactly the same coordinates.
 */
public final class MapPath {
    private final double[][] rings;

    private MapPath(double[][] rings) {
        this.rings = rings;
    }

    /** The polygons of {@code geometry} (a Polygon or MultiPolygon) through the viewport. */
    static MapPath of(Geometry geometry, Viewport v) {
        int n = 0;
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            n += 1 + ((Polygon) geometry.getGeometryN(i)).getNumInteriorRing();
        }
        double[][] rings = new double[n][];
        int k = 0;
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Polygon p = (Polygon) geometry.getGeometryN(i);
            rings[k++] = ring(p.getExteriorRing().getCoordinates(), v);
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                rings[k++] = ring(p.getInteriorRingN(h).getCoordinates(), v);
            }
        }
        return new MapPath(rings);
    }

    /** One ring already in pixels (x0, y0, x1, y1, …), such as a density hexagon. */
    static MapPath ofRing(double[] xy) {
        return new MapPath(new double[][] {xy.clone()});
    }

    private static double[] ring(Coordinate[] cs, Viewport v) {
        double[] xy = new double[cs.length * 2];
        for (int i = 0; i < cs.length; i++) {
            xy[2 * i] = v.screenX(cs[i].x);
            xy[2 * i + 1] = v.screenY(cs[i].y);
        }
        return xy;
    }

    public int rings() {
        return rings.length;
    }

    /** Ring {@code i} as x0, y0, x1, y1, …; the last point may repeat the first. */
    public double[] ring(int i) {
        return rings[i].clone();
    }

    /** The ring without a copy, for the targets in this package. */
    double[] ringView(int i) {
        return rings[i];
    }
}
