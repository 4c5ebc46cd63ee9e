package org.cronomapa.ui;

import javafx.animation.PauseTransition;
import javafx.event.EventHandler;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

/**
 * Hides the mouse pointer over a scene once it has been still for {@link #STILL} (a projected
 * map with an arrow parked on it reads worse), and shows it again as soon as the mouse moves.
 * Presentation mode turns it on and off.
 */
final class IdlePointer {
    static final Duration STILL = Duration.seconds(2);
    private final PauseTransition timer = new PauseTransition(STILL);
    private final EventHandler<MouseEvent> moved = e -> wake();
    private Scene scene;

    IdlePointer() {
        timer.setOnFinished(e -> {
            if (scene != null) {
                scene.setCursor(Cursor.NONE);
                // The map's hover tooltip would otherwise stay where the hidden pointer left it.
                scene.getRoot().lookupAll(".map-tooltip").forEach(n -> n.setVisible(false));
            }
        });
    }

    void start(Scene s) {
        stop();
        if (s == null) {
            return;
        }
        scene = s;
        scene.addEventFilter(MouseEvent.MOUSE_MOVED, moved);
        scene.addEventFilter(MouseEvent.MOUSE_DRAGGED, moved);
        timer.playFromStart();
    }

    void stop() {
        timer.stop();
        if (scene != null) {
            scene.removeEventFilter(MouseEvent.MOUSE_MOVED, moved);
            scene.removeEventFilter(MouseEvent.MOUSE_DRAGGED, moved);
            scene.setCursor(null);
            scene = null;
        }
    }

    private void wake() {
        if (scene != null) {
            scene.setCursor(null);
            timer.playFromStart();
        }
    }
}
