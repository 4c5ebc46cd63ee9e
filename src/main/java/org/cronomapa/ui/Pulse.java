package org.cronomapa.ui;

import javafx.animation.AnimationTimer;
import org.cronomapa.state.ViewerState;

/** The window's one AnimationTimer: advances playback by elapsed time, then redraws the map if needed. */
final class Pulse extends AnimationTimer {
    private final ViewerState state;
    private final MapView map;
    private long last = -1;

    Pulse(ViewerState state, MapView map) {
        this.state = state;
        this.map = map;
    }

    @Override
    public void handle(long now) {
        if (last >= 0) {
            state.advance(now - last);
        }
        last = now;
        map.redrawIfNeeded();
    }

    @Override
    public void stop() {
        super.stop();
        last = -1; // started again, it must not advance by the time it was stopped
    }
}
