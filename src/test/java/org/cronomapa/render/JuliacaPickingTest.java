package org.cronomapa.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;


import org.cronomapa.FxThread;
import org.cronomapa.TestData;
import org.cronomapa.io.DatasetFiles;
import org.cronomapa.labels.FrameFactory;
import org.cronomapa.labels.Texts;
import org.cronomapa.model.Event;
import org.cronomapa.model.EventType;
import org.cronomapa.state.ViewerState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 8's case with the bundled data: on 9 January 2023 (7-day window) Juliaca's large killing
 * circle is drawn over the town's other markers; hovering inside it must name what is seen on top,
 * never the "attack on property" triangle hidden under it.
 */
class JuliacaPickingTest {
    private static ViewerState state;
    private static DrawnMarkers drawn;

    @BeforeAll
    static void render() throws Exception {
        FxThread.start();
        state = new ViewerState();
        state.loadDataset(DatasetFiles.bundled(TestData.regions()));
        state.resize(1280, 800);
        state.seek((int) LocalDate.of(2023, 1, 9).toEpochDay());
        assertEquals(7, state.timeline().windowDays());
        Texts texts = TestData.english();
        MapRenderer renderer = new MapRenderer();
        FxThread.call(() -> renderer.render(new FrameFactory(texts).frame(state)));
        drawn = renderer.drawn();
    }

    private static Event event(int drawnIndex) {
        return state.data().dataset().event(drawn.row(drawnIndex));
    }

    /** The drawn index of Juliaca's largest marker: the killing circle of 9 January. */
    private static int largeCircle() {
        int best = -1;
        for (int i = 0; i < drawn.size(); i++) {
            Event e = event(i);
            if (e.type() == EventType.KILLING && e.place().contains("Juliaca") && (best < 0 || drawn.radius(i) > drawn.radius(best))) {
                best = i;
            }
        }
        assertTrue(best >= 0 && drawn.radius(best) > 20, "Juliaca's killing circle is large on 9 January 2023");
        return best;
    }

    @Test
    void theAttackOnPropertyUnderTheCircleIsNotPicked() {
        int circle = largeCircle();
        int attack = -1;
        for (int i = 0; i < circle; i++) {
            if (event(i).type() == EventType.ATTACK_ON_PROPERTY && event(i).place().contains("Juliaca")
                    && Math.hypot(drawn.x(i) - drawn.x(circle), drawn.y(i) - drawn.y(circle)) < drawn.radius(circle)) {
                attack = i;
            }
        }
        assertTrue(attack >= 0, "an attack on property in Juliaca is drawn before the circle, under it");
        // The old rule (the nearest centre) named the attack here; it is hidden by the circle.
        int picked = drawn.rowAt(drawn.x(attack), drawn.y(attack));
        Event shown = state.data().dataset().event(picked);
        assertEquals(EventType.KILLING, shown.type(), "hovering names the killing drawn on top: " + shown.place());
        // Yet the click lists it among the stack, to choose from.
        int[] stack = drawn.rowsAt(drawn.x(attack), drawn.y(attack));
        assertEquals(picked, stack[0]);
        int attackRow = drawn.row(attack);
        assertTrue(Arrays.stream(stack).anyMatch(r -> r == attackRow), Arrays.toString(stack));
        assertTrue(stack.length >= 4, "Juliaca's week of events share the point: " + stack.length);
    }

    @Test
    void everyPointOfTheCircleNamesAMarkerDrawnAtOrAfterIt() {
        int circle = largeCircle();
        float cx = drawn.x(circle);
        float cy = drawn.y(circle);
        float r = drawn.radius(circle);
        for (double dy = -r + 1; dy < r; dy += 1) {
            for (double dx = -r + 1; dx < r; dx += 1) {
                if (Math.hypot(dx, dy) >= r) {
                    continue;
                }
                int row = drawn.rowAt(cx + dx, cy + dy);
                int[] at = drawn.indicesOf(row);
                assertTrue(at[at.length - 1] >= circle, "a marker hidden under the circle was picked at " + dx + "," + dy);
            }
        }
    }
}
