package org.cronomapa.timeline;

import org.cronomapa.model.EventColumns;

/**
 * The rows that may be visible on a day: rows {@code lo..hi-1} of the sorted columns. Rows that
 * started before {@code fromDay} are in only while they last, which {@link #contains} checks.
 */
public record TimeWindow(int lo, int hi, int fromDay, int toDay) {

    public boolean contains(EventColumns events, int row) {
        return contains(events, row, events.day(row));
    }

    /** As {@link #contains(EventColumns, int)}, given the row's start day already read. */
    public boolean contains(EventColumns events, int row, int day) {
        return day >= fromDay || day + events.extraDays(row) >= fromDay;
    }

    /** How many days before {@code toDay} a row that started on {@code day} began: 0 for today, used to fade older markers. */
    public int age(int day) {
        return toDay - Math.max(day, fromDay);
    }
}
