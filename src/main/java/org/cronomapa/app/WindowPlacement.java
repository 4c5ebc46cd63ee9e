package org.cronomapa.app;

import java.util.Comparator;
import java.util.List;
import javafx.geometry.Rectangle2D;

/**
 * Where a remembered window goes on the screens there are now: on the screen it overlaps most
 * (the first screen if it overlaps none, say a monitor since unplugged), no larger than that
 * screen's visible area and wholly inside it, so its title bar can always be reached.
 */
final class WindowPlacement {
    static final double MIN_WIDTH = 400;
    static final double MIN_HEIGHT = 300;

    private WindowPlacement() {
    }

    /** {@code screens} are the screens' visible bounds, the primary screen first. */
    static Rectangle2D fit(Rectangle2D saved, List<Rectangle2D> screens) {
        Rectangle2D screen = screens.stream()
                .max(Comparator.comparingDouble(s -> overlap(s, saved)))
                .filter(s -> overlap(s, saved) > 0)
                .orElse(screens.get(0));
        double w = Math.min(Math.max(saved.getWidth(), MIN_WIDTH), screen.getWidth());
        double h = Math.min(Math.max(saved.getHeight(), MIN_HEIGHT), screen.getHeight());
        double x = Math.max(screen.getMinX(), Math.min(saved.getMinX(), screen.getMaxX() - w));
        double y = Math.max(screen.getMinY(), Math.min(saved.getMinY(), screen.getMaxY() - h));
        return new Rectangle2D(x, y, w, h);
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w > 0 && h > 0 ? w * h : 0;
    }
}
