package org.cronomapa.ui;

import org.cronomapa.labels.Texts;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.cronomapa.state.ViewerState;

/**
 * The timeline bar: play/pause, day steps, a day slider over the data's range with a histogram
 * of events per day stacked by type, speed and loop. Rules (clamping, pausing while dragging)
 * live here and in the state; drawing lives in {@link TimelineBarSkin}; looks in timeline-bar.css.
 */
public final class TimelineBar extends Control {
    private final ViewerState state;
    private final Texts texts;

    public TimelineBar(ViewerState state, Texts texts) {
        this.state = state;
        this.texts = texts;
        setAccessibleText(texts.get("a11y.timeline"));
        getStyleClass().add("timeline-bar");
    }

    ViewerState state() {
        return state;
    }

    Texts texts() {
        return texts;
    }

    /** The user moved the slider: pause and follow the drag, day by day. */
    void userSeek(double sliderValue) {
        int day = (int) Math.round(sliderValue);
        if (day != state.timeline().day() || state.timeline().playback().playing()) {
            state.seek(day);
        }
    }

    /** The speeds a teacher picks with one click or key, in days per second. */
    static final double[] SPEEDS = {0.5, 1, 2, 4, 8};

    /** The next preset faster ({@code direction} 1) or slower (-1) than the speed now; the speed stays at either end. */
    static double nextSpeed(double now, int direction) {
        double next = now;
        for (double s : SPEEDS) {
            if (direction > 0 && s > now && (next == now || s < next)) {
                next = s;
            } else if (direction < 0 && s < now && (next == now || s > next)) {
                next = s;
            }
        }
        return next;
    }

    /** One preset faster or slower, as the speed keys do. */
    public void stepSpeed(int direction) {
        state.setSpeed(nextSpeed(state.timeline().playback().speed(), direction));
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineBarSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return TimelineBar.class.getResource("timeline-bar.css").toExternalForm();
    }
}
