package org.cronomapa.charts;

import java.util.BitSet;
import java.util.List;
import org.cronomapa.filter.Filtered;
import org.cronomapa.model.EventColumns;
import org.cronomapa.model.EventType;
import org.cronomapa.timeline.TimeIndex;

/**
 * What a chart shows, one value a day over the data's range: events starting that day by type,
 * deaths so far (lower figure), and how many regions had an event going on. Computed once from
 * the filter's result (every view reads that one result, docs/decisions/0012); the national chart
 * and a region's chart are the same series over different rows.
 *
 * @param region the region index the series covers, or {@link #NATIONAL} for the whole country
 * @param published published running totals to draw as points (the Defensoría's, for the bundled data)
 */
public record DailySeries(int firstDay, int region, int[][] eventsByType, long[] deathsSoFar, int[] activeRegions,
        List<PublishedTotal> published) {
    public static final int NATIONAL = Integer.MIN_VALUE;

    /** A running total someone published on a day, drawn beside the data's own. */
    public record PublishedTotal(int day, long deaths, String by) {
    }

    public int days() {
        return deathsSoFar.length;
    }

    public int lastDay() {
        return firstDay + days() - 1;
    }

    /** The whole country: every row, national figures ({@code PE}) included. */
    public static DailySeries national(TimeIndex index, List<PublishedTotal> published) {
        return national(Filtered.all(index), published);
    }

    /** One region's rows only. */
    public static DailySeries region(TimeIndex index, int region) {
        return region(Filtered.all(index), region);
    }

    /**
     * The whole country through the filter: only rows that pass are counted, the active regions
     * included. The days stay the data's, so the chart holds still while the filter changes.
     */
    public static DailySeries national(Filtered shown, List<PublishedTotal> published) {
        return of(shown, NATIONAL, published);
    }

    /** One region's rows that pass the filter. */
    public static DailySeries region(Filtered shown, int region) {
        return of(shown, region, List.of());
    }

    private static DailySeries of(Filtered shown, int region, List<PublishedTotal> published) {
        TimeIndex index = shown.index();
        int days = index.days();
        int types = EventType.count();
        int[][] byType = new int[days][types];
        long[] deaths = new long[days];
        for (int d = 0; d < days; d++) {
            int day = index.firstDay() + d;
            for (int t = 0; t < types; t++) {
                byType[d][t] = region == NATIONAL ? shown.onDay(day, t)
                        : shown.cumulative(day, region, t) - shown.cumulative(day - 1, region, t);
            }
            if (region == NATIONAL) {
                for (int r = -1; r < index.regionCount(); r++) {
                    deaths[d] += shown.cumulativeFatalities(day, r);
                }
            } else {
                deaths[d] = shown.cumulativeFatalities(day, region);
            }
        }
        return new DailySeries(index.firstDay(), region, byType, deaths, activeRegions(shown), published);
    }

    /** Regions with at least one event going on each day (an event with an end date counts every day it lasts). */
    static int[] activeRegions(TimeIndex index) {
        return activeRegions(Filtered.all(index));
    }

    /** As {@link #activeRegions(TimeIndex)}, counting only the rows that pass the filter. */
    static int[] activeRegions(Filtered shown) {
        TimeIndex index = shown.index();
        int days = index.days();
        BitSet[] active = new BitSet[days];
        for (int d = 0; d < days; d++) {
            active[d] = new BitSet();
        }
        EventColumns e = index.events();
        for (int i = 0; i < e.size(); i++) {
            int r = e.region(i);
            if (r < 0 || !shown.shows(i)) {
                continue;
            }
            int from = Math.max(0, e.day(i) - index.firstDay());
            int to = Math.min(days - 1, e.endDay(i) - index.firstDay());
            for (int d = from; d <= to; d++) {
                active[d].set(r);
            }
        }
        int[] out = new int[days];
        for (int d = 0; d < days; d++) {
            out[d] = active[d].cardinality();
        }
        return out;
    }

    /** Events that started on day index {@code d} (0 = first day), every type together. */
    public int eventsOn(int d) {
        int n = 0;
        for (int v : eventsByType[d]) {
            n += v;
        }
        return n;
    }
}
