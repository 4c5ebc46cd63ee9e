package org.cronomapa.state;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.cronomapa.timeline.Metric;
import org.cronomapa.timeline.Playback;
import org.cronomapa.timeline.TimeIndex;

/** The current day and playback, the marker window and the choropleth metric. */
public final class TimelineSlice {
    /** Window lengths offered to the user, in days; {@link TimeIndex#ALL_SO_FAR} means all so far. */
    public static final int MIN_WINDOW = 1;
    public static final int MAX_WINDOW = 30;
    public static final int DEFAULT_WINDOW = 7;

    private final Staged.Value<Playback> playback = new Staged.Value<>(this, "playback", Playback.at(0, 0, 0));
    // Staged with playback rather than bound to it: a binding would answer from its cache until
    // playback is published, so another slice's listener could read the old day.
    private final Staged.Int day = new Staged.Int(this, "day", 0);
    private final Staged.Int windowDays = new Staged.Int(this, "windowDays", DEFAULT_WINDOW);
    private final Staged.Value<Metric> metric = new Staged.Value<>(this, "metric", Metric.EVENTS);

    public ReadOnlyObjectProperty<Playback> playbackProperty() { return playback; }
    public Playback playback() { return playback.get(); }
    /** The whole day shown; changes once a day while playback moves every pulse. */
    public ReadOnlyIntegerProperty dayProperty() { return day; }
    public int day() { return day.get(); }
    public ReadOnlyIntegerProperty windowDaysProperty() { return windowDays; }
    public int windowDays() { return windowDays.get(); }
    public ReadOnlyObjectProperty<Metric> metricProperty() { return metric; }
    public Metric metric() { return metric.get(); }

    void reset(int firstDay, int lastDay, int day) {
        update(new Playback(day, false, playback.get().speed(), playback.get().loop(), firstDay, lastDay));
    }

    void update(Playback p) {
        playback.stage(p);
        day.stage(p.day());
    }

    void setWindowDays(int days) {
        windowDays.stage(days == TimeIndex.ALL_SO_FAR ? days : Math.max(MIN_WINDOW, Math.min(MAX_WINDOW, days)));
    }

    void setMetric(Metric m) {
        metric.stage(m);
    }

    void publish() {
        playback.publish();
        day.publish();
        windowDays.publish();
        metric.publish();
    }
}
