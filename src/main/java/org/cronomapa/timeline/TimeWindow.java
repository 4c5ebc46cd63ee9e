package org.cronomapa.timeline;

import org.cronomapa.model.EventColumns;

/**
 * The rows that may be visible on a day: rows {@code lo..hi-1} of the sorted columns. Rows that
 * started before {@code fromDay} are in only while they last, which {@link #contains} checks.
 */
public record TimeWindow(int lo, int hi, int fromDay, int toDay) {

    public boolean contains(EventColumns events, int row) {
        return events.day(row) >= fromDay || events.endDay(row) >= fromDay;
    }

    /** How many days before {@code toDay} a row started: 0 for today, used to fade older markers. */
    public int age(EventColumns events, int row) {
        return toDay - Math.max(events.day(row), fromDay);
    }
}
