package org.cronomapa.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;


import javafx.scene.paint.Color;
import org.cronomapa.FxThread;
import org.cronomapa.TestData;
import org.cronomapa.io.DatasetFiles;
import org.cronomapa.map.Viewport;
import org.cronomapa.model.Dataset;
import org.cronomapa.model.Event;
import org.cronomapa.model.EventType;
import org.cronomapa.model.RegionMap;
import org.cronomapa.model.Source;
import org.cronomapa.state.ViewerState;
import org.cronomapa.labels.FrameFactory;
import org.cronomapa.labels.Texts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;

/** Pixel checks on off-screen frames at projected points: no golden images. */
class SnapshotPixelTest {
    private static final LocalDate DAY = LocalDate.of(2023, 1, 9);
    private static RegionMap regions;

    @BeforeAll
    static void toolkit() {
        FxThread.start();
        regions = TestData.regions();
    }

    private static Event event(String id, EventType type, String region, double lon, double lat, int dead, LocalDate date) {
        return new Event(id, date, null, type, region, "p", lat, lon, dead, dead, 0, 0, null, "d", "d",
                List.of(new Source("P", "T", "2023-01-10", "https://example.org")), List.of(), null);
    }

    private static ViewerState state(List<Event> events, int windowDays) {
        Dataset d = DatasetFiles.fromEvents("test", events, regions);
        ViewerState s = new ViewerState();
        s.loadDataset(d);
        s.resize(1280, 800);
        s.seek((int) DAY.toEpochDay());
        s.setWindowDays(windowDays);
        return s;
    }

    private static Raster render(ViewerState s, MapRenderer renderer) throws Exception {
        Texts texts = TestData.english();
        return FxThread.call(() -> renderer.render(new FrameFactory(texts).frame(s)));
    }

    private static double luminance(int argb) {
        Color c = Color.rgb((argb >> 16) & 255, (argb >> 8) & 255, argb & 255);
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }

    private static int[] interiorPixel(ViewerState s, String code) {
        int r = regions.indexOf(code).orElseThrow();
        Point p = regions.get(r).labelPoint();
        Viewport v = s.viewport().viewport();
        // Just below the label, so the text does not cover the fill.
        return new int[] {(int) Math.round(v.screenX(p.getX())), (int) Math.round(v.screenY(p.getY())) + 14};
    }

    @Test
    void aRegionWithEventsIsDarkerThanOneWithout() throws Exception {
        List<Event> events = List.of(
                event("a", EventType.MARCH, "PE-LOR", -73.25, -3.75, 0, DAY.minusDays(40)),
                event("b", EventType.MARCH, "PE-LOR", -73.25, -3.75, 0, DAY.minusDays(39)),
                event("c", EventType.MARCH, "PE-ARE", -71.54, -16.4, 0, DAY.minusDays(40)));
        ViewerState s = state(events, 1);
        Raster frame = render(s, new MapRenderer());
        int[] loreto = interiorPixel(s, "PE-LOR");
        int[] ucayali = interiorPixel(s, "PE-UCA");
        double withEvents = luminance(frame.argb(loreto[0], loreto[1]));
        double without = luminance(frame.argb(ucayali[0], ucayali[1]));
        assertTrue(withEvents < without - 0.1, "Loreto " + withEvents + " should be darker than Ucayali " + without);
    }

    @Test
    void aMarkerAppearsAtItsProjectedPointInItsTypeColour() throws Exception {
        double lon = -74.0;
        double lat = -5.0; // inside Loreto, far from labels and legend
        ViewerState s = state(List.of(event("k", EventType.KILLING, "PE-LOR", lon, lat, 3, DAY)), 7);
        MapRenderer renderer = new MapRenderer();
        Raster frame = render(s, renderer);
        Viewport v = s.viewport().viewport();
        int x = (int) Math.round(v.screenX(lon));
        int y = (int) Math.round(v.screenY(lat));
        Color expected = MapStyle.colour(EventType.KILLING);
        int argb = frame.argb(x, y);
        assertEquals(expected.getRed() * 255, (argb >> 16) & 255, 12);
        assertEquals(expected.getGreen() * 255, (argb >> 8) & 255, 12);
        assertEquals(1, renderer.drawn().size());
        assertEquals(0, renderer.drawn().rowAt(x + 1, y - 1));
        int far = frame.argb(x + 60, y);
        assertTrue(Math.abs(luminance(far) - luminance(argb)) > 0.3, "no marker 60 px away");
    }

    @Test
    void markersOutsideTheWindowAreNotDrawn() throws Exception {
        ViewerState s = state(List.of(event("old", EventType.MARCH, "PE-LOR", -74.0, -5.0, 0, DAY.minusDays(10)),
                event("today", EventType.MARCH, "PE-ARE", -71.54, -16.4, 0, DAY)), 7);
        MapRenderer renderer = new MapRenderer();
        render(s, renderer);
        assertEquals(1, renderer.drawn().size());
        assertEquals(1, renderer.drawn().row(0), "only today's event");
        s.setWindowDays(org.cronomapa.timeline.TimeIndex.ALL_SO_FAR);
        render(s, renderer);
        assertEquals(2, renderer.drawn().size());
    }

    @Test
    void limaEventsAlsoAppearMagnifiedInTheCapitalInsetAtCountryZoom() throws Exception {
        ViewerState s = state(List.of(event("lima", EventType.MARCH, "PE-LMA", -77.03, -12.05, 0, DAY)), 7);
        MapRenderer renderer = new MapRenderer();
        Raster frame = render(s, renderer);
        assertEquals(2, renderer.drawn().size(), "once on the map, once in the inset");
        assertEquals(1, renderer.drawn().events(), "counted once");
        float insetX = Math.max(renderer.drawn().x(0), renderer.drawn().x(1));
        float insetY = renderer.drawn().x(0) > renderer.drawn().x(1) ? renderer.drawn().y(0) : renderer.drawn().y(1);
        assertTrue(insetX > 0.75 * 1280, "the inset sits at the top right");
        Color march = MapStyle.colour(EventType.MARCH);
        int argb = frame.argb(Math.round(insetX), Math.round(insetY) + 2);
        assertEquals(march.getGreen() * 255, (argb >> 8) & 255, 25);
        s.zoomAt(3, 640, 400);
        render(s, renderer);
        assertTrue(renderer.drawn().size() <= 1, "no inset once zoomed in");
    }

    @Test
    void newerMarkersAreBrighterThanOlderOnes() {
        assertTrue(MapStyle.fade(0, 7) > MapStyle.fade(6, 7));
        assertEquals(255, MapStyle.fade(0, 7));
    }
}
