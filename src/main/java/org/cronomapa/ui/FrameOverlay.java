package org.cronomapa.ui;

import javafx.scene.control.Label;
import org.cronomapa.labels.Texts;

/**
 * The frame-time overlay (F12, View → Frame times; off by default): the last map frame's time and
 * the frame rate, at the bottom centre of the map (clear of the date, the inset and the legends).
 * It reads {@link FrameTimes}; it does not time anything.
 */
final class FrameOverlay {
    private final Texts texts;
    private final Label label = new Label();

    FrameOverlay(Texts texts) {
        this.texts = texts;
        label.setId("frame-overlay");
        label.getStyleClass().add("frame-overlay");
        label.setMouseTransparent(true);
        label.setManaged(false);
        label.setVisible(false);
    }

    Label node() {
        return label;
    }

    boolean isOn() {
        return label.isVisible();
    }

    void set(boolean on) {
        label.setVisible(on);
    }

    /** New words once a pulse, only while shown. */
    void show(FrameTimes times, long now) {
        if (!label.isVisible()) {
            return;
        }
        long last = times.lastFrameNanos();
        String ms = last < 0 ? "–" : String.format(texts.locale(), "%.1f", last / 1e6);
        label.setText(texts.get("overlay.frames", ms, String.valueOf(times.pulsesInLastSecond(now)),
                String.valueOf(times.framesInLastSecond(now))));
        label.autosize();
        var parent = label.getParent();
        double width = parent == null ? 0 : parent.getLayoutBounds().getWidth();
        double height = parent == null ? 0 : parent.getLayoutBounds().getHeight();
        // Top centre (the story caption and legend are below), but never over the date at the top left.
        double clearOfDate = width < 1 || height < 1 ? 0
                : org.cronomapa.render.MapRenderer.badgeBlock((int) width, (int) height)[1] + 8;
        label.relocate(Math.max(clearOfDate, (width - label.getWidth()) / 2), 8);
    }
}
