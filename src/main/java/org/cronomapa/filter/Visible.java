package org.cronomapa.filter;

import java.util.stream.IntStream;
import org.cronomapa.model.EventColumns;
import org.cronomapa.timeline.Metric;
import org.cronomapa.timeline.TimeWindow;

/**
 * What a frame shows on {@code day}: the rows of its window that pass the filter (the markers)
 * and the filtered counts up to that day (the choropleth, the legend's ramp, {@code --summary},
 * {@code frames.csv}). Cheap to make: the filter's work is done once, in {@link Filtered}.
 */
public record Visible(Filtered filtered, int day, int windowDays, TimeWindow window) {

    /** Whether the row is drawn: ongoing in the window and passing the filter. */
    public boolean includes(int row) {
        return includes(row, filtered.events().day(row));
    }

    /** As {@link #includes(int)}, given the row's start day already read (the marker loop needs it too). */
    public boolean includes(int row, int day) {
        return window.contains(filtered.events(), row, day) && filtered.shows(row);
    }

    /** The rows drawn, in the data's order. */
    public int[] rows() {
        return IntStream.range(window.lo(), window.hi()).filter(this::includes).toArray();
    }

    public EventColumns events() {
        return filtered.events();
    }

    /** The choropleth's values up to the day. */
    public double[] aggregate(Metric metric, double[] out) {
        return filtered.aggregate(day, metric, out);
    }

    public int cumulative(int region, int type) {
        return filtered.cumulative(day, region, type);
    }

    public int cumulativeEvents(int region) {
        return filtered.cumulativeEvents(day, region);
    }

    public long cumulativeFatalities(int region) {
        return filtered.cumulativeFatalities(day, region);
    }

    public long cumulativeInjured(int region) {
        return filtered.cumulativeInjured(day, region);
    }

    public int cumulativeTotal() {
        return filtered.cumulativeTotal(day);
    }
}
