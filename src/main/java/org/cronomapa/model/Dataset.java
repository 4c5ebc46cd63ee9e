package org.cronomapa.model;

import java.time.LocalDate;

/**
 * What the viewer shows: the region map, the events in columns and a way to their full
 * records, and a name for the window title and messages.
 */
public record Dataset(String name, RegionMap regions, EventColumns events, EventDetails details) {

    /**
     * The row's full record. Should the details be unreadable (a CSV moved or changed since it
     * was opened), the record is rebuilt from the columns held in memory and says why its
     * description is missing, rather than failing in the middle of a click.
     */
    public Event event(int row) {
        try {
            return details.event(events.detailKey(row));
        } catch (RuntimeException e) {
            return fromColumns(row, "details unavailable: " + e.getMessage());
        }
    }

    /** Rows whose records {@link #scanRecords} reads at once: one file pass each, bounded memory. */
    private static final int SCAN_CHUNK = 20_000;

    /**
     * Reads the full records of every row, in row order and in chunks, handing each to {@code visit}
     * until it returns false. Returns false when the records are unreadable (a file moved since it was
     * opened); what was visited until then stands.
     */
    public boolean scanRecords(java.util.function.Predicate<Event> visit) {
        int n = events.size();
        for (int from = 0; from < n; from += SCAN_CHUNK) {
            int[] keys = new int[Math.min(n, from + SCAN_CHUNK) - from];
            for (int k = 0; k < keys.length; k++) {
                keys[k] = events.detailKey(from + k);
            }
            java.util.List<Event> records;
            try {
                records = details.events(keys);
            } catch (RuntimeException unreadable) {
                return false;
            }
            for (Event e : records) {
                if (e != null && !visit.test(e)) {
                    return true;
                }
            }
        }
        return true;
    }

    private Event fromColumns(int row, String why) {
        EventColumns c = events;
        int r = c.region(row);
        LocalDate end = c.endDay(row) == c.day(row) ? null : LocalDate.ofEpochDay(c.endDay(row));
        return new Event("#" + row, LocalDate.ofEpochDay(c.day(row)), end, EventType.ofIndex(c.type(row)),
                r == RegionMap.NATIONAL_INDEX ? RegionMap.NATIONAL : regions.get(r).code(), null, c.lat(row), c.lon(row),
                c.fatalities(row), c.fatalities(row), c.injured(row), c.count(row), null, why, why, null, null, null);
    }
}
