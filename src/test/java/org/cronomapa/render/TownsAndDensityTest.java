package org.cronomapa.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;


import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cronomapa.FxThread;
import org.cronomapa.TestData;
import org.cronomapa.io.DatasetFiles;
import org.cronomapa.labels.FrameFactory;
import org.cronomapa.labels.Texts;
import org.cronomapa.map.DensityMode;
import org.cronomapa.map.Viewport;
import org.cronomapa.model.Event;
import org.cronomapa.model.EventType;
import org.cronomapa.model.RegionMap;
import org.cronomapa.model.Source;
import org.cronomapa.state.ViewerState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Towns appear when zoomed in and not at country zoom; density replaces markers when they crowd the screen. */
class TownsAndDensityTest {
    private static final LocalDate DAY = LocalDate.of(2023, 1, 9);
    private static final Texts TEXTS = TestData.english();
    private static final double AREQUIPA_LON = -71.535;
    private static final double AREQUIPA_LAT = -16.3989;
    private static RegionMap regions;

    @BeforeAll
    static void toolkit() {
        FxThread.start();
        regions = TestData.regions();
    }

    /** {@code n} events on one point in Loreto, far from Arequipa, on the day shown. */
    private static ViewerState state(int n, double lon, double lat) {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            events.add(new Event("e" + i, DAY, null, EventType.MARCH, "PE-LOR", "p", lat + (i % 50) * 0.002,
                    lon + (i / 50 % 50) * 0.002, 0, 0, 0, 0, null, "d", "d",
                    List.of(new Source("P", "T", "2023-01-10", "https://example.org")), List.of(), null));
        }
        ViewerState s = new ViewerState();
        s.loadDataset(DatasetFiles.fromEvents("test", events, regions));
        s.resize(1280, 800);
        s.seek((int) DAY.toEpochDay());
        s.setWindowDays(1);
        return s;
    }

    private static void zoomTo(ViewerState s, double zoom, double lon, double lat) {
        Viewport v = s.viewport().viewport();
        s.panBy(v.width() / 2.0 - v.screenX(lon), v.height() / 2.0 - v.screenY(lat));
        s.zoomAt(zoom, v.width() / 2.0, v.height() / 2.0);
    }

    private static String svg(ViewerState s) throws Exception {
        return FxThread.call(() -> {
            SvgTarget target = new SvgTarget(1280, 800);
            new MapRenderer().renderVector(new FrameFactory(TEXTS).frame(s), target);
            return target.svg();
        });
    }

    private static String layer(String svg, String id) {
        int start = svg.indexOf("<g id=\"" + id + "\"");
        assertTrue(start >= 0, "no layer " + id);
        return svg.substring(start, svg.indexOf("</g>", start));
    }

    private static List<String> texts(String layer) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(layer);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void noTownsAtCountryZoomSomeWhenZoomedIn() throws Exception {
        ViewerState s = state(1, -74, -4);
        assertTrue(texts(layer(svg(s), "towns")).isEmpty(), "the country view shows regions, not towns");
        zoomTo(s, 4, AREQUIPA_LON, AREQUIPA_LAT);
        List<String> names = texts(layer(svg(s), "towns"));
        assertTrue(names.contains("Arequipa"), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.startsWith("Towns: GeoNames")), "the licence's credit goes with them");
        zoomTo(s, 4, AREQUIPA_LON, AREQUIPA_LAT);
        List<String> closer = texts(layer(svg(s), "towns"));
        assertTrue(smallest(closer) < smallest(names), "smaller towns at zoom 16 " + closer + " than at 4 " + names);
    }

    private static int smallest(List<String> names) {
        return regions.towns().stream().filter(t -> names.contains(t.name())).mapToInt(org.cronomapa.model.Town::population)
                .min().orElseThrow();
    }

    @Test
    void aTownsDotIsInTheRasterWhenZoomedIn() throws Exception {
        ViewerState s = state(1, -74, -4);
        MapRenderer renderer = new MapRenderer();
        Viewport country = s.viewport().viewport();
        int cx = (int) Math.round(country.screenX(AREQUIPA_LON));
        int cy = (int) Math.round(country.screenY(AREQUIPA_LAT));
        int before = FxThread.call(() -> renderer.render(new FrameFactory(TEXTS).frame(s)).argb(cx, cy));
        zoomTo(s, 4, AREQUIPA_LON, AREQUIPA_LAT);
        int after = FxThread.call(() -> renderer.render(new FrameFactory(TEXTS).frame(s)).argb(640, 400));
        assertEquals(0xFF333333, after, "the town's dark dot at the centre of the zoomed view");
        assertTrue(before != 0xFF333333, "no dot at country zoom");
    }

    @Test
    void densityWhenMarkersCrowdTheScreenMarkersWhenForced() throws Exception {
        ViewerState s = state(6000, -74, -4);
        MapRenderer renderer = new MapRenderer();
        FrameFactory frames = new FrameFactory(TEXTS);
        FxThread.call(() -> renderer.render(frames.frame(s)));
        assertTrue(renderer.drawn().binned(), "6,000 markers on screen: density");
        assertEquals(6000, renderer.drawn().events(), "the same rows are counted");
        assertEquals(-1, renderer.drawn().rowAt(renderer.drawn().x(0), renderer.drawn().y(0)), "no marker to pick under a hexagon");
        String svg = svg(s);
        assertTrue(layer(svg, "density").contains("<path"));
        assertTrue(svg.contains(">Events per hexagon</text>"));
        s.setDensityMode(DensityMode.MARKERS);
        FxThread.call(() -> renderer.render(frames.frame(s)));
        assertFalse(renderer.drawn().binned());
        ViewerState few = state(10, -74, -4);
        FxThread.call(() -> renderer.render(frames.frame(few)));
        assertFalse(renderer.drawn().binned(), "10 markers: markers");
        few.setDensityMode(DensityMode.DENSITY);
        FxThread.call(() -> renderer.render(frames.frame(few)));
        assertTrue(renderer.drawn().binned(), "forced");
    }

    @Test
    void markersReturnWhenZoomedIn() throws Exception {
        // 6,000 events spread over 3° × 3°: crowded at country zoom, few on a screen zoomed far into one corner.
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 6000; i++) {
            events.add(new Event("e" + i, DAY, null, EventType.MARCH, "PE-LOR", "p", -4 - (i % 80) * 0.0375,
                    -74 + (i / 80) * 0.04, 0, 0, 0, 0, null, "d", "d",
                    List.of(new Source("P", "T", "2023-01-10", "https://example.org")), List.of(), null));
        }
        ViewerState s = new ViewerState();
        s.loadDataset(DatasetFiles.fromEvents("test", events, regions));
        s.resize(1280, 800);
        s.seek((int) DAY.toEpochDay());
        s.setWindowDays(1);
        MapRenderer renderer = new MapRenderer();
        FrameFactory frames = new FrameFactory(TEXTS);
        FxThread.call(() -> renderer.render(frames.frame(s)));
        assertTrue(renderer.drawn().binned());
        zoomTo(s, 30, -73.9, -4.1);
        FxThread.call(() -> renderer.render(frames.frame(s)));
        assertFalse(renderer.drawn().binned(), renderer.drawn().events() + " markers on screen");
    }
}
