package org.cronomapa.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import java.util.Map;

import org.cronomapa.FxThread;
import org.cronomapa.TestData;
import org.cronomapa.io.DatasetFiles;
import org.cronomapa.labels.FrameFactory;
import org.cronomapa.labels.Texts;
import org.cronomapa.model.EventType;
import org.cronomapa.state.ViewerState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled data on 9 January 2023: a town's events sit on one spot and a click there lists
 * them; with fan-out on, the raster and the SVG place them on a circle around it, each picked
 * alone at its own place, with a leader line drawn to the spot. The legend lists only the types
 * the filter lets through.
 */
class FanOutPickingTest {
    private static final Texts TEXTS = TestData.english();
    private static ViewerState state;

    @BeforeAll
    static void bundledData() {
        FxThread.start();
        state = new ViewerState();
        state.loadDataset(DatasetFiles.bundled(TestData.regions()));
        state.resize(1280, 800);
        state.seek((int) LocalDate.of(2023, 1, 9).toEpochDay());
        state.setWindowDays(7);
    }

    private static MapRenderer render(boolean fanOut) throws Exception {
        state.setFanOut(fanOut);
        MapRenderer r = new MapRenderer();
        FxThread.call(() -> r.render(new FrameFactory(TEXTS).frame(state)));
        return r;
    }

    /** The drawn indices of the largest group of markers on one spot. */
    private static List<Integer> largestStack(DrawnMarkers d) {
        Map<Long, List<Integer>> spots = new HashMap<>();
        for (int i = 0; i < d.size(); i++) {
            long key = Math.round(d.x(i)) * 100_000L + Math.round(d.y(i));
            spots.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        return spots.values().stream().max(java.util.Comparator.comparingInt(List::size)).orElseThrow();
    }

    @Test
    void fannedMarkersArePickedOneByOneInTheRasterAndTheSvgAlike() throws Exception {
        MapRenderer before = render(false);
        int[] stackedPixels = FxThread.call(() -> before.render(new FrameFactory(TEXTS).frame(state)).pixels().clone());
        DrawnMarkers stacked = before.drawn();
        List<Integer> stack = largestStack(stacked);
        assertTrue(stack.size() >= 3, "the bundled data stacks a town's events: " + stack.size());
        int first = stack.get(0);
        float spotX = stacked.x(first);
        float spotY = stacked.y(first);
        assertTrue(stacked.rowsAt(spotX, spotY).length >= stack.size(), "unfanned, the click lists the stack");

        MapRenderer fanned = render(true);
        DrawnMarkers d = fanned.drawn();
        Raster pixels = FxThread.call(() -> fanned.render(new FrameFactory(TEXTS).frame(state)));
        assertEquals(stacked.size(), d.size(), "the same markers, moved");
        for (int i : stack) {
            assertTrue(d.fanned(i));
            assertEquals(spotX, d.trueX(i), 0.01);
            assertEquals(stacked.row(i), d.row(i));
            assertArrayEquals(new int[] {d.row(i)}, d.rowsAt(d.x(i), d.y(i)), "one marker at each fanned place");
            // the marker is drawn where it is picked: the pixels there changed
            int px = Math.round(d.x(i));
            int py = Math.round(d.y(i));
            assertNotEquals(stackedPixels[py * 1280 + px], pixels.argb(px, py), "a marker drawn at its fanned place");
        }
        assertTrue(d.rowsAt(spotX, spotY).length < stack.size(), "the spot itself is no longer a stack");

        MapRenderer vector = new MapRenderer();
        String svg = FxThread.call(() -> {
            SvgTarget target = new SvgTarget(1280, 800);
            vector.renderVector(new FrameFactory(TEXTS).frame(state), target);
            return target.svg();
        });
        for (int i : stack) {
            assertEquals(Math.round(d.x(i)), Math.round(vector.drawn().x(i)), "the SVG places them as the raster does");
            assertEquals(Math.round(d.y(i)), Math.round(vector.drawn().y(i)));
        }
        assertTrue(svg.contains("<polyline") || svg.contains("<path"), "leader lines drawn as lines");
        state.setFanOut(false);
    }

    @Test
    void theLegendListsOnlyTheTypesTheFilterShows() throws Exception {
        try {
            state.setTypes(java.util.List.of(EventType.KILLING, EventType.ROADBLOCK));
            String svg = FxThread.call(() -> {
                SvgTarget target = new SvgTarget(1280, 800);
                new MapRenderer().renderVector(new FrameFactory(TEXTS).frame(state), target);
                return target.svg();
            });
            String legend = svg.substring(svg.indexOf("id=\"legend\""), svg.indexOf("</g>", svg.indexOf("id=\"legend\"")));
            List<String> names = TEXTS.typeNames();
            for (int t = 0; t < EventType.count(); t++) {
                EventType type = EventType.ofIndex(t);
                boolean shown = type == EventType.KILLING || type == EventType.ROADBLOCK;
                assertEquals(shown, legend.contains(">" + escape(names.get(t)) + "<"), names.get(t));
            }
        } finally {
            state.clearFilter();
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;");
    }
}
