package org.cronomapa.app;

import java.util.Comparator;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Where a remembered window goes on the screens there are now: on the screen it overlaps most
 * (the first screen if it overlaps none, say a monitor since unplugged), no larger than that
 * screen's visible area and wholly inside it, so its title bar can always be reached; and the size
 * its scene starts with, so the window can be laid out before it is shown (decision 0028).
 */
final class WindowPlacement {
    static final double MIN_WIDTH = 400;
    static final double MIN_HEIGHT = 300;
    /** What a window manager's frame may add around the scene, at most (a title bar and borders). */
    private static final double FRAME = 48;

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

    /**
     * The scene's default size, fitted to the primary screen with room left for the window's frame
     * (title bar and borders, which the window manager adds around the scene).
     */
    static Rectangle2D defaultScene(double width, double height) {
        Rectangle2D primary = Screen.getPrimary().getVisualBounds();
        Rectangle2D r = fit(new Rectangle2D(primary.getMinX(), primary.getMinY(), width + FRAME, height + FRAME),
                List.of(primary));
        return new Rectangle2D(r.getMinX(), r.getMinY(), r.getWidth() - FRAME, r.getHeight() - FRAME);
    }

    /**
     * Where the window was last closed (its top-left corner) and its scene's size then, both fitted to
     * the screens there are now: the scene shrinks by as much as the window had to. Null when maximised
     * or when the scene's size was not saved.
     */
    static Rectangle2D restoredScene(Settings.Placement p) {
        if (p.maximized() || !p.sceneKnown()) {
            return null;
        }
        Rectangle2D r = fit(new Rectangle2D(p.x(), p.y(), p.width(), p.height()), screens());
        double w = Math.max(MIN_WIDTH / 2, p.sceneWidth() - Math.max(0, p.width() - r.getWidth()));
        double h = Math.max(MIN_HEIGHT / 2, p.sceneHeight() - Math.max(0, p.height() - r.getHeight()));
        return new Rectangle2D(r.getMinX(), r.getMinY(), w, h);
    }

    private static List<Rectangle2D> screens() {
        List<Rectangle2D> screens = new java.util.ArrayList<>();
        screens.add(Screen.getPrimary().getVisualBounds());
        Screen.getScreens().forEach(s -> screens.add(s.getVisualBounds()));
        return screens;
    }

    /** The window where it was last closed, fitted to the screens there are now. */
    static void place(Stage stage, Settings.Placement p) {
        Rectangle2D r = fit(new Rectangle2D(p.x(), p.y(), p.width(), p.height()), screens());
        stage.setWidth(r.getWidth());
        stage.setHeight(r.getHeight());
        stage.setX(r.getMinX());
        stage.setY(r.getMinY());
        stage.setMaximized(p.maximized());
    }
}
