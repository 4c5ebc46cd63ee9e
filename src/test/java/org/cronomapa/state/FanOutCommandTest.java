package org.cronomapa.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The layers slice's fan-out switch: off at first, changed only by its commands, announced once per change. */
class FanOutCommandTest {
    @Test
    void fanOutIsOffUntilToggledAndAnnouncedOnce() {
        ViewerState state = new ViewerState();
        List<Boolean> seen = new ArrayList<>();
        state.layers().fanOutProperty().addListener((o, a, b) -> seen.add(b));
        assertFalse(state.layers().fanOut());
        state.toggleFanOut();
        assertTrue(state.layers().fanOut());
        state.setFanOut(true);
        state.toggleFanOut();
        assertFalse(state.layers().fanOut());
        assertEquals(List.of(true, false), seen);
    }
}
