package org.cronomapa.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.cronomapa.state.ViewerState;

/**
 * The window's key table (README, "Keyboard"): Space, the arrows, Home/End, zoom, speed, markers,
 * frame times; presentation mode's own keys first; Enter works the focused control. Typing in a
 * text field or a spinner is typing, not a shortcut.
 */
final class WindowKeys {
    private final ViewerState state;
    private final TimelineBar timeline;
    private final PresentationMode presentation;
    private final Runnable toggleFrameTimes;

    WindowKeys(ViewerState state, TimelineBar timeline, PresentationMode presentation, Runnable toggleFrameTimes) {
        this.state = state;
        this.timeline = timeline;
        this.presentation = presentation;
        this.toggleFrameTimes = toggleFrameTimes;
    }

    /** The window's keys (a filter on the scene: they work wherever the focus is, but in a text field). */
    void onKey(KeyEvent e) {
        Scene scene = e.getSource() instanceof Scene s ? s : null;
        KeyCode k = e.getCode();
        // Typing in a field (the filter's search, a spinner) is typing, not a shortcut.
        Node focused = scene == null ? null : scene.getFocusOwner();
        if (focused instanceof TextInputControl || focused instanceof Spinner) {
            return;
        }
        if (k == KeyCode.ENTER && activate(focused)) {
            e.consume();
            return;
        }
        if (presentation.onKey(e)) {
            e.consume();
            return;
        }
        if (k == KeyCode.SPACE) {
            state.togglePlay();
        } else if (k == KeyCode.LEFT) {
            state.stepDays(-1);
        } else if (k == KeyCode.RIGHT) {
            state.stepDays(1);
        } else if (k == KeyCode.HOME) {
            state.goToStart();
        } else if (k == KeyCode.END) {
            state.goToEnd();
        } else if (k == KeyCode.PLUS || k == KeyCode.ADD || k == KeyCode.EQUALS) {
            zoomAtCentre(1.25);
        } else if (k == KeyCode.MINUS || k == KeyCode.SUBTRACT) {
            zoomAtCentre(0.8);
        } else if (k == KeyCode.DIGIT0 || k == KeyCode.NUMPAD0) {
            state.resetView();
        } else if (k == KeyCode.CLOSE_BRACKET || k == KeyCode.PERIOD || k == KeyCode.GREATER
                || (k == KeyCode.LESS && e.isShiftDown())) {
            timeline.stepSpeed(1); // ] or > (on a Spanish keyboard, Shift+<)
        } else if (k == KeyCode.OPEN_BRACKET || k == KeyCode.COMMA || k == KeyCode.LESS) {
            timeline.stepSpeed(-1); // [ or <
        } else if (k == KeyCode.D) {
            state.setDensityMode(state.layers().density().next());
        } else if (k == KeyCode.F) {
            state.toggleFanOut();
        } else if (k == KeyCode.F12) {
            toggleFrameTimes.run();
        } else {
            return;
        }
        e.consume();
    }

    /**
     * Enter works the focused control: Space and the arrows stay the timeline's wherever the focus is,
     * so a button reached with Tab is pressed, and a choice opened, with Enter.
     */
    private static boolean activate(Node focused) {
        if (focused instanceof ButtonBase b && !b.isDisabled()) {
            b.fire();
        } else if (focused instanceof ChoiceBox<?> c && !c.isDisabled()) {
            c.show();
        } else if (focused instanceof ComboBoxBase<?> c && !c.isDisabled()) {
            c.show();
        } else {
            return false;
        }
        return true;
    }

    private void zoomAtCentre(double factor) {
        var v = state.viewport().viewport();
        if (v != null) {
            state.zoomAt(factor, v.width() / 2.0, v.height() / 2.0);
        }
    }
}
