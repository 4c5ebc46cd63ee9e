package org.cronomapa.ui;

import javafx.animation.AnimationTimer;
import org.cronomapa.state.ViewerState;

/**
 * The window's one AnimationTimer: advances playback by elapsed time, then redraws the map if
 * needed, and times that work ({@link FrameTimes}) for the overlay and {@code --bench-window}.
 */
final class Pulse extends AnimationTimer {
    private final ViewerState state;
    private final MapView map;
    private final FrameTimes times = new FrameTimes(8192);
    private Runnable first = () -> { };
    private long last = -1;

    Pulse(ViewerState state, MapView map) {
        this.state = state;
        this.map = map;
    }

    @Override
    public void handle(long now) {
        first.run();
        if (last >= 0) {
            state.advance(now - last);
        }
        last = now;
        long frame = map.redrawIfNeeded();
        times.pulse(now);
        if (frame >= 0) {
            times.frame(now, frame);
        }
        map.frameOverlay().show(times, now);
    }

    FrameTimes times() {
        return times;
    }

    /** Work to run first in every pulse, before playback advances (a benchmark's scripted slider drag). */
    void setFirst(Runnable work) {
        this.first = work;
    }

    @Override
    public void stop() {
        super.stop();
        last = -1; // started again, it must not advance by the time it was stopped
    }
}
