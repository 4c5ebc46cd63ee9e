package org.cronomapa.filter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cronomapa.model.Dataset;
import org.cronomapa.model.Event;
import org.cronomapa.model.EventColumns;
import org.cronomapa.model.EventType;

/**
 * One region's figures up to a day, through the filter: events by type, deaths (lower figure), deaths
 * by kind (lower and higher figure) and injured. The region panel and {@code --summary}'s per-region
 * block both print this one value, so they agree by construction.
 *
 * @param eventsByType by {@link EventType#ordinal()}
 * @param deathsByKind by {@code death_kind} ({@link #UNSPECIFIED} when the record has none), in code order
 */
public record RegionTotals(int region, int day, List<Integer> eventsByType, long deaths, Map<String, Deaths> deathsByKind,
        long injured) {
    /** The kind of death of a record with deaths but no {@code death_kind}. */
    public static final String UNSPECIFIED = "unspecified";

    /** Deaths of one kind: the lower and the higher published figure. */
    public record Deaths(long fatalities, long fatalitiesMax) {
    }

    public RegionTotals {
        eventsByType = List.copyOf(eventsByType);
        deathsByKind = Collections.unmodifiableMap(new TreeMap<>(deathsByKind));
    }

    public int events() {
        return eventsByType.stream().mapToInt(Integer::intValue).sum();
    }

    public int events(EventType type) {
        return eventsByType.get(type.ordinal());
    }

    /**
     * The totals of {@code region} (its index in the map, -1 for the national figures) up to and
     * including {@code day}, counting only the rows {@code shown} passes. Counts come from the
     * filter's prefix sums; deaths by kind read the records of the rows with deaths.
     */
    public static RegionTotals of(Dataset data, Filtered shown, int day, int region) {
        List<Integer> byType = new ArrayList<>();
        for (int t = 0; t < EventType.count(); t++) {
            byType.add(shown.cumulative(day, region, t));
        }
        Map<String, long[]> kinds = new TreeMap<>();
        EventColumns columns = shown.events();
        // Rows are in start-day order, so the scan stops at the day.
        for (int i = 0; i < columns.size() && columns.day(i) <= day; i++) {
            if (columns.region(i) != region || columns.fatalities(i) <= 0 || !shown.shows(i)) {
                continue;
            }
            Event e = data.event(i);
            long[] sum = kinds.computeIfAbsent(e.deathKind() == null ? UNSPECIFIED : e.deathKind(), k -> new long[2]);
            sum[0] += e.fatalities();
            sum[1] += e.fatalitiesMax();
        }
        Map<String, Deaths> byKind = new LinkedHashMap<>();
        kinds.forEach((k, v) -> byKind.put(k, new Deaths(v[0], v[1])));
        return new RegionTotals(region, day, byType, shown.cumulativeFatalities(day, region), byKind,
                shown.cumulativeInjured(day, region));
    }
}
