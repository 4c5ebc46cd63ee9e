package org.cronomapa.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import org.cronomapa.TestData;
import org.cronomapa.io.DatasetFiles;
import org.cronomapa.map.Viewport;
import org.cronomapa.model.RegionMap;
import org.cronomapa.state.ViewerState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/** A point inside the capital inset names the region the inset draws there; elsewhere, the main map's. */
class RegionPickTest {
    private static final RegionMap REGIONS = TestData.regions();
    private static Viewport main;
    private static CapitalInset inset;

    @BeforeAll
    static void place() {
        ViewerState state = new ViewerState();
        state.loadDataset(DatasetFiles.bundled(REGIONS));
        state.resize(1280, 800);
        main = state.viewport().viewport();
        inset = CapitalInset.place(REGIONS, main, MapRenderer.uiScale(main.width(), main.height()));
        assertNotNull(inset, "the country view shows the inset");
    }

    /** Where a lon/lat is drawn inside the inset, in the main map's screen coordinates. */
    private static double[] inInset(double lon, double lat) {
        return new double[] {inset.x0 + inset.view.screenX(lon), inset.y0 + inset.titleHeight() + inset.view.screenY(lat)};
    }

    private static int index(String code) {
        return REGIONS.indexOf(code).orElseThrow();
    }

    @Test
    void limaProvinceAndCallaoAreFoundWhereTheInsetDrawsThem() {
        for (String code : new String[] {"PE-LMA", "PE-CAL"}) {
            Point p = REGIONS.get(index(code)).outline().getInteriorPoint();
            double[] xy = inInset(p.getX(), p.getY());
            assertTrue(inset.covers(xy[0], xy[1]), code);
            assertEquals(index(code), RegionPick.regionAt(REGIONS, main, xy[0], xy[1]), code);
            // The main map's own lookup at that pixel is somewhere else entirely.
            assertTrue(REGIONS.regionAt(main.lon(xy[0]), main.lat(xy[1])) != index(code), code);
        }
    }

    @Test
    void everyPixelOfTheInsetsMapIsTheRegionThatContainsItsPlace() {
        GeometryFactory geometry = new GeometryFactory();
        Set<String> seen = new TreeSet<>();
        int top = inset.y0 + inset.titleHeight();
        for (int y = top + 2; y < inset.y0 + inset.height - 2; y += 6) {
            for (int x = inset.x0 + 2; x < inset.x0 + inset.width - 2; x += 6) {
                int r = RegionPick.regionAt(REGIONS, main, x, y);
                Point place = geometry.createPoint(new Coordinate(inset.view.lon(x - inset.x0), inset.view.lat(y - top)));
                if (r >= 0) {
                    seen.add(REGIONS.get(r).code());
                    // Within a pixel of the region: the grid's answer on a border may be either side.
                    assertTrue(REGIONS.get(r).outline().isWithinDistance(place, 2 / inset.view.scale()),
                            REGIONS.get(r).code() + " at " + x + "," + y);
                }
            }
        }
        assertTrue(seen.containsAll(Set.of("PE-LMA", "PE-LIM", "PE-CAL")), seen.toString());
    }

    @Test
    void theTitleStripIsNoRegionAndOutsideTheInsetTheMainMapAnswers() {
        assertEquals(-1, RegionPick.regionAt(REGIONS, main, inset.x0 + inset.width / 2.0, inset.y0 + inset.titleHeight() / 2.0));
        Point puno = REGIONS.get(index("PE-PUN")).outline().getInteriorPoint();
        double x = main.screenX(puno.getX());
        double y = main.screenY(puno.getY());
        assertTrue(!inset.covers(x, y));
        assertEquals(index("PE-PUN"), RegionPick.regionAt(REGIONS, main, x, y));
    }

    @Test
    void zoomedInThereIsNoInsetAndTheCornerIsTheMainMap() {
        Viewport zoomed = main.zoomAt(3, 640, 400);
        assertNull(CapitalInset.place(REGIONS, zoomed, MapRenderer.uiScale(zoomed.width(), zoomed.height())));
        double x = inset.x0 + inset.width / 2.0;
        double y = inset.y0 + inset.height / 2.0;
        assertEquals(REGIONS.regionAt(zoomed.lon(x), zoomed.lat(y)), RegionPick.regionAt(REGIONS, zoomed, x, y));
    }
}
