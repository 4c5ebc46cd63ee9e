package org.cronomapa.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import org.cronomapa.TestData;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

/**
 * The region grid is a shortcut: {@link RegionMap#regionAt}, {@link RegionMap#regionContains}
 * and {@link RegionMap#countryContains} read a 0.01° raster and fall back to the exact test
 * only in cells marked as border. These properties check the shortcut against JTS's exact
 * point-in-polygon test on the bundled map, where it matters most: anywhere in Peru's box, and
 * right next to the borders, where a raster is most likely to be wrong.
 *
 * <p>What is required on a border itself: JTS's {@code covers} counts the boundary as inside, so
 * a point exactly on a border shared by two regions is covered by both, and the outlines do not
 * say which one it belongs to. {@code regionAt} may return either, but it must return one of the
 * regions that cover the point, and -1 exactly when none does. Off the borders the regions are
 * meant to cover a point once at most, so there this is plain agreement with JTS.
 *
 * <p>{@code regionContains} also accepts points within about {@link RegionMap#TOLERANCE_DEG}
 * outside a region, measured on grid cells, so the edge of that band is only as sharp as a cell
 * (0.01°). It must say yes to every covered point and every point well inside the band
 * (TOLERANCE_DEG minus a cell), and no to every point clearly beyond it (twice TOLERANCE_DEG:
 * the search looks 3 cells out and a cell counts if any point of the region is in it, so a yes
 * can come from up to 4 cells, 0.04° per axis and under 0.06° across, away).
 */
class RegionGridPropertyTest {
    private static final GeometryFactory FACTORY = new GeometryFactory();
    private static final RegionMap MAP = TestData.regions();
    private static final double SURELY_IN = RegionMap.TOLERANCE_DEG - RegionGrid.CELL;
    private static final double SURELY_OUT = 2 * RegionMap.TOLERANCE_DEG;

    /** The oracle: JTS on the same outlines, built here, independently of RegionMap's own. */
    private static final PreparedGeometry[] EXACT = new PreparedGeometry[MAP.size()];
    /** Distance to each outline's boundary, for the tolerance band. */
    private static final IndexedFacetDistance[] EDGES = new IndexedFacetDistance[MAP.size()];
    /** Every boundary segment of every region (lon0, lat0, lon1, lat1), to sample near borders. */
    private static final List<double[]> SEGMENTS = new ArrayList<>();

    static {
        for (int i = 0; i < MAP.size(); i++) {
            Geometry outline = MAP.get(i).outline();
            EXACT[i] = PreparedGeometryFactory.prepare(outline);
            EDGES[i] = new IndexedFacetDistance(outline);
            for (int g = 0; g < outline.getNumGeometries(); g++) {
                Polygon p = (Polygon) outline.getGeometryN(g);
                for (int k = -1; k < p.getNumInteriorRing(); k++) {
                    Coordinate[] cs = (k < 0 ? p.getExteriorRing() : p.getInteriorRingN(k)).getCoordinates();
                    for (int j = 1; j < cs.length; j++) {
                        SEGMENTS.add(new double[] {cs[j - 1].x, cs[j - 1].y, cs[j].x, cs[j].y});
                    }
                }
            }
        }
    }

    /** A point to look up, with how it was made so a failure report says where it came from. */
    record Probe(double lon, double lat, String origin) {
        /**
         * Every digit of the doubles, so a reported point can be pasted back: jqwik shrinks towards
         * cell edges, and rounding would move the point into the neighbouring cell.
         */
        String at() {
            return "(" + lon + ", " + lat + ")";
        }

        @Override
        public String toString() {
            return at() + " " + origin;
        }
    }

    /** Anywhere in the map's bounds, widened so the points beyond the tolerance band are tried too. */
    @Provide
    Arbitrary<Probe> inPeruBox() {
        Envelope box = MAP.bounds();
        double margin = 3 * RegionMap.TOLERANCE_DEG;
        double x0 = box.getMinX() - margin;
        double y0 = box.getMinY() - margin;
        double w = box.getWidth() + 2 * margin;
        double h = box.getHeight() + 2 * margin;
        return Combinators.combine(unit(), unit())
                .as((fx, fy) -> new Probe(x0 + fx * w, y0 + fy * h, "random in the box"));
    }

    /**
     * A point on a boundary segment (t = 0 is its first vertex; jqwik tries 0 and 1 as edge cases)
     * moved by 1e-7 to 1e-3 degrees in any direction: the magnitude is drawn on a log scale so
     * every order of magnitude, down to centimetres, gets its share.
     */
    @Provide
    Arbitrary<Probe> nearBorder() {
        return Combinators.combine(
                segmentIndex(), unit(), unit(), unit())
                .as((segment, t, magnitude, direction) -> {
                    double[] s = SEGMENTS.get(segment);
                    double r = Math.pow(10, -7 + 4 * magnitude);
                    double angle = 2 * Math.PI * direction;
                    double lon = s[0] + t * (s[2] - s[0]) + r * Math.cos(angle);
                    double lat = s[1] + t * (s[3] - s[1]) + r * Math.sin(angle);
                    return new Probe(lon, lat, String.format(Locale.ROOT,
                            "segment %d at t=%.6f moved %.2e deg at %.3f rad", segment, t, r, angle));
                });
    }

    /**
     * A fraction in [0, 1], 0 and 1 included, fine enough (1e-12, well under a millimetre of the
     * box) that the points are not on a lattice; jqwik's doubles default to two decimals. Uniform,
     * not jqwik's default bias towards the ends and zero, so the whole map gets probed evenly.
     */
    private static Arbitrary<Double> unit() {
        return Arbitraries.doubles().between(0, 1).ofScale(12).withDistribution(RandomDistribution.uniform());
    }

    /** Any boundary segment, each as likely as the others (not biased towards the first regions). */
    private static Arbitrary<Integer> segmentIndex() {
        return Arbitraries.integers().between(0, SEGMENTS.size() - 1).withDistribution(RandomDistribution.uniform());
    }

    /** Exactly a vertex of a boundary: representable, so on the border for JTS too. */
    @Provide
    Arbitrary<Probe> onBorderVertex() {
        return segmentIndex().map(segment -> {
            double[] s = SEGMENTS.get(segment);
            return new Probe(s[0], s[1], "first vertex of segment " + segment);
        });
    }

    @Property(tries = 10_000)
    void regionAtAgreesWithJtsInPeruBox(@ForAll("inPeruBox") Probe p) {
        checkRegionAt(p);
    }

    /*
     * Fails on today's grid (found within a few hundred tries): e.g. (-70.85755999999999,
     * -15.896838737656081), 7e-5 deg inside Arequipa, gives Puno. The Arequipa-Puno border clips the
     * corner of that 0.01 deg cell over a chord shorter than the spacing of the border samples, so
     * the cell is not marked as border and answers with its centre's region, without the exact
     * test. RegionGrid.mark accepts this for regionContains, whose tolerance absorbs it; regionAt
     * has no tolerance. Kept failing on purpose until the grid is fixed.
     */
    @Property(tries = 10_000)
    void regionAtAgreesWithJtsNearBorders(@ForAll("nearBorder") Probe p) {
        checkRegionAt(p);
    }

    @Property(tries = 2_000)
    void regionAtOnABorderReturnsACoveringRegion(@ForAll("onBorderVertex") Probe p) {
        assertTrue(covering(p).size() > 0, () -> "JTS should cover a boundary vertex " + p);
        checkRegionAt(p);
    }

    @Property(tries = 10_000)
    void regionContainsAgreesWithJtsWithinTheToleranceInPeruBox(@ForAll("inPeruBox") Probe p) {
        checkContains(p);
    }

    @Property(tries = 10_000)
    void regionContainsAgreesWithJtsNearBorders(@ForAll("nearBorder") Probe p) {
        checkContains(p);
    }

    private static void checkRegionAt(Probe p) {
        List<Integer> covering = covering(p);
        int got = MAP.regionAt(p.lon, p.lat);
        if (covering.isEmpty()) {
            assertEquals(-1, got, () -> "regionAt" + p.at() + " = " + name(got) + ", but JTS: no region covers it; "
                    + p.origin);
        } else if (!covering.contains(got)) {
            fail("regionAt" + p.at() + " = " + name(got) + ", but JTS: covered by " + names(covering) + "; " + p.origin);
        }
    }

    /** Per region, and for the whole country: yes when covered or surely in the band, no when surely out. */
    private static void checkContains(Probe p) {
        Point pt = point(p);
        boolean anyIn = false;
        boolean anyNear = false;
        for (int i = 0; i < MAP.size(); i++) {
            boolean covered = EXACT[i].covers(pt);
            boolean surelyIn = covered || EDGES[i].isWithinDistance(pt, SURELY_IN);
            boolean surelyOut = !covered && !EDGES[i].isWithinDistance(pt, SURELY_OUT);
            boolean got = MAP.regionContains(i, p.lon, p.lat);
            if (surelyIn && !got) {
                fail("regionContains(" + name(i) + ", " + p.at() + ") = false, but JTS: "
                        + (covered ? "covered" : "within " + SURELY_IN + " deg") + "; " + p.origin);
            }
            if (surelyOut && got) {
                fail("regionContains(" + name(i) + ", " + p.at() + ") = true, but JTS: "
                        + EDGES[i].distance(pt) + " deg away; " + p.origin);
            }
            anyIn |= surelyIn;
            anyNear |= !surelyOut;
        }
        boolean country = MAP.countryContains(p.lon, p.lat);
        if (anyIn && !country) {
            fail("countryContains" + p.at() + " = false, but JTS: in or surely near a region; " + p.origin);
        }
        if (!anyNear && country) {
            fail("countryContains" + p.at() + " = true, but JTS: more than " + SURELY_OUT
                    + " deg from every region; " + p.origin);
        }
    }

    private static List<Integer> covering(Probe p) {
        Point pt = point(p);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < EXACT.length; i++) {
            if (EXACT[i].covers(pt)) {
                out.add(i);
            }
        }
        return out;
    }

    private static Point point(Probe p) {
        return FACTORY.createPoint(new Coordinate(p.lon, p.lat));
    }

    private static String name(int index) {
        return index < 0 ? "-1 (none)" : index + " (" + MAP.get(index).code() + ")";
    }

    private static String names(List<Integer> indices) {
        return indices.stream().map(RegionGridPropertyTest::name).toList().toString();
    }
}
