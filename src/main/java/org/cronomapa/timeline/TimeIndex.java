package org.cronomapa.timeline;

import java.util.function.IntPredicate;
import org.cronomapa.model.EventColumns;
import org.cronomapa.model.EventType;

/**
 * Answers "how many, up to this day" in O(regions × types) and "which rows now" by binary
 * search, from per-day prefix sums built once in O(events + days × regions × types).
 * Days are counted from {@link #firstDay()}; region slot {@code regions} holds national rows.
 * Every sum is kept per type, deaths and injured too, so a filter on types and regions reads
 * the same prefix sums without a row scan (docs/decisions/0012).
 */
public final class TimeIndex {
    /** A window length meaning "everything up to the current day". */
    public static final int ALL_SO_FAR = Integer.MAX_VALUE;

    private final EventColumns events;
    private final int firstDay;
    private final int days;
    private final int regions;
    private final int slots;
    private final int types = EventType.count();
    private final int[] cumEvents;
    private final long[] cumFatalities;
    private final long[] cumInjured;

    public TimeIndex(EventColumns events, int regionCount) {
        this(events, regionCount, null);
    }

    /**
     * The index of only the rows {@code include} accepts (all rows when null), over the same days
     * and windows as the whole data's: a filter's counts for what prefix sums by type and region
     * cannot answer (minimum deaths, text).
     */
    public TimeIndex(EventColumns events, int regionCount, IntPredicate include) {
        this.events = events;
        this.regions = regionCount;
        this.slots = regionCount + 1;
        this.firstDay = events.firstDay();
        this.days = events.size() == 0 ? 1 : events.lastDay() - firstDay + 1;
        cumEvents = new int[days * slots * types];
        cumFatalities = new long[days * slots * types];
        cumInjured = new long[days * slots * types];
        for (int i = 0; i < events.size(); i++) {
            if (include != null && !include.test(i)) {
                continue;
            }
            int d = events.day(i) - firstDay;
            int k = (d * slots + slot(events.region(i))) * types + events.type(i);
            cumEvents[k]++;
            cumFatalities[k] += events.fatalities(i);
            cumInjured[k] += events.injured(i);
        }
        for (int d = 1; d < days; d++) {
            for (int k = 0; k < slots * types; k++) {
                cumEvents[d * slots * types + k] += cumEvents[(d - 1) * slots * types + k];
                cumFatalities[d * slots * types + k] += cumFatalities[(d - 1) * slots * types + k];
                cumInjured[d * slots * types + k] += cumInjured[(d - 1) * slots * types + k];
            }
        }
    }

    public EventColumns events() { return events; }
    public int firstDay() { return firstDay; }
    public int lastDay() { return firstDay + days - 1; }
    public int days() { return days; }
    public int regionCount() { return regions; }

    private int slot(int region) {
        return region < 0 ? regions : region;
    }

    private int clampDay(int day) {
        return Math.min(day, lastDay()) - firstDay;
    }

    /** Events of this region and type that started on or before {@code day}; region -1 is national. */
    public int cumulative(int day, int region, int type) {
        if (day < firstDay) {
            return 0;
        }
        return cumEvents[(clampDay(day) * slots + slot(region)) * types + type];
    }

    public int cumulativeEvents(int day, int region) {
        int sum = 0;
        for (int t = 0; t < types; t++) {
            sum += cumulative(day, region, t);
        }
        return sum;
    }

    public long cumulativeFatalities(int day, int region) {
        long sum = 0;
        for (int t = 0; t < types; t++) {
            sum += cumulativeFatalities(day, region, t);
        }
        return sum;
    }

    public long cumulativeInjured(int day, int region) {
        long sum = 0;
        for (int t = 0; t < types; t++) {
            sum += cumulativeInjured(day, region, t);
        }
        return sum;
    }

    /** Deaths in events of this region and type that started on or before {@code day}. */
    public long cumulativeFatalities(int day, int region, int type) {
        return day < firstDay ? 0 : cumFatalities[(clampDay(day) * slots + slot(region)) * types + type];
    }

    /** Injured in events of this region and type that started on or before {@code day}. */
    public long cumulativeInjured(int day, int region, int type) {
        return day < firstDay ? 0 : cumInjured[(clampDay(day) * slots + slot(region)) * types + type];
    }

    /** Events of every region (and national rows) up to {@code day}. */
    public int cumulativeTotal(int day) {
        int sum = 0;
        for (int r = -1; r < regions; r++) {
            sum += cumulativeEvents(day, r);
        }
        return sum;
    }

    /** Fills {@code out[region]} with the metric up to {@code day}; returns {@code out}. */
    public double[] aggregate(int day, Metric metric, double[] out) {
        for (int r = 0; r < regions; r++) {
            out[r] = metric == Metric.EVENTS ? cumulativeEvents(day, r) : cumulativeFatalities(day, r);
        }
        return out;
    }

    /** Events that started on exactly {@code day}, by type. */
    public int onDay(int day, int type) {
        int sum = 0;
        for (int r = -1; r < regions; r++) {
            sum += cumulative(day, r, type) - cumulative(day - 1, r, type);
        }
        return sum;
    }

    /** The rows drawn on {@code day} for a window of {@code windowDays} days ending on it. */
    public TimeWindow window(int day, int windowDays) {
        int from = windowDays == ALL_SO_FAR ? Integer.MIN_VALUE / 2 : day - windowDays + 1;
        int lo = lowerBound((int) Math.max(Integer.MIN_VALUE / 2, (long) from - events.maxDuration()));
        int hi = lowerBound(day + 1);
        return new TimeWindow(lo, hi, from, day);
    }

    /** The first row whose day is at least {@code day}. */
    int lowerBound(int day) {
        int lo = 0;
        int hi = events.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (events.day(mid) < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The largest value the metric reaches on any region, for a colour ramp that holds still. */
    public double maxOverTime(Metric metric) {
        double[] v = aggregate(lastDay(), metric, new double[regions]);
        double max = 0;
        for (double x : v) {
            max = Math.max(max, x);
        }
        return max;
    }
}
