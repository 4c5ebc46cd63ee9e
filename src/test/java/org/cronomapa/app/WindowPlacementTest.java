package org.cronomapa.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** A remembered window always comes back whole on a screen there is. */
class WindowPlacementTest {
    private static final Rectangle2D PRIMARY = new Rectangle2D(0, 0, 1920, 1040);
    private static final Rectangle2D LEFT = new Rectangle2D(-1280, 0, 1280, 1024);

    @Test
    void aWindowOnAScreenStaysWhereItWas() {
        Rectangle2D r = new Rectangle2D(100, 50, 1400, 900);
        assertEquals(r, WindowPlacement.fit(r, List.of(PRIMARY, LEFT)));
        Rectangle2D onLeft = new Rectangle2D(-1200, 10, 1000, 700);
        assertEquals(onLeft, WindowPlacement.fit(onLeft, List.of(PRIMARY, LEFT)));
    }

    @Test
    void aWindowOnAScreenSinceUnpluggedComesToThePrimaryScreen() {
        assertEquals(new Rectangle2D(0, 10, 1000, 700),
                WindowPlacement.fit(new Rectangle2D(-1200, 10, 1000, 700), List.of(PRIMARY)));
        assertEquals(new Rectangle2D(920, 340, 1000, 700),
                WindowPlacement.fit(new Rectangle2D(5000, 4000, 1000, 700), List.of(PRIMARY)));
    }

    @Test
    void aWindowLargerThanItsScreenShrinksToItAndATinyOneGrows() {
        assertEquals(PRIMARY, WindowPlacement.fit(new Rectangle2D(-50, -50, 4000, 3000), List.of(PRIMARY)));
        assertEquals(new Rectangle2D(10, 10, 400, 300), WindowPlacement.fit(new Rectangle2D(10, 10, 5, 5), List.of(PRIMARY)));
        assertEquals(new Rectangle2D(1520, 740, 400, 300),
                WindowPlacement.fit(new Rectangle2D(1900, 1000, 400, 300), List.of(PRIMARY)), "half off the edge: pulled in");
    }
}
