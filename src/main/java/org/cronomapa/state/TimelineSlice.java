package org.cronomapa.state;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.cronomapa.timeline.Metric;
import org.cronomapa.timeline.Playback;
import org.cronomapa.timeline.TimeIndex;

/** The current day and playback, the marker window and the choropleth metric. */
public final class TimelineSlice {
    /** Window lengths offered to the user, in days; {@link TimeIndex#ALL_SO_FAR} means all so far. */
    public static final int MIN_WINDOW = 1;
    public static final int MAX_WINDOW = 30;
    public static final int DEFAULT_WINDOW = 7;

    private final ReadOnlyObjectWrapper<Playback> playback = new ReadOnlyObjectWrapper<>(Playback.at(0, 0, 0));
    private final ReadOnlyIntegerWrapper windowDays = new ReadOnlyIntegerWrapper(DEFAULT_WINDOW);
    private final ReadOnlyObjectWrapper<Metric> metric = new ReadOnlyObjectWrapper<>(Metric.EVENTS);
    private final IntegerBinding day = Bindings.createIntegerBinding(() -> playback.get().day(), playback);

    public ReadOnlyObjectProperty<Playback> playbackProperty() { return playback.getReadOnlyProperty(); }
    public Playback playback() { return playback.get(); }
    public IntegerBinding dayBinding() { return day; }
    public int day() { return day.get(); }
    public ReadOnlyIntegerProperty windowDaysProperty() { return windowDays.getReadOnlyProperty(); }
    public int windowDays() { return windowDays.get(); }
    public ReadOnlyObjectProperty<Metric> metricProperty() { return metric.getReadOnlyProperty(); }
    public Metric metric() { return metric.get(); }

    void reset(int firstDay, int lastDay, int day) {
        playback.set(new Playback(day, false, playback.get().speed(), playback.get().loop(), firstDay, lastDay));
    }

    void update(Playback p) {
        playback.set(p);
    }

    void setWindowDays(int days) {
        windowDays.set(days == TimeIndex.ALL_SO_FAR ? days : Math.max(MIN_WINDOW, Math.min(MAX_WINDOW, days)));
    }

    void setMetric(Metric m) {
        metric.set(m);
    }
}
