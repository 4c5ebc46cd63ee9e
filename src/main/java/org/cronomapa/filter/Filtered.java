package org.cronomapa.filter;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.cronomapa.model.Dataset;
import org.cronomapa.model.Event;
import org.cronomapa.model.EventColumns;
import org.cronomapa.model.EventType;
import org.cronomapa.model.RegionMap;
import org.cronomapa.timeline.Metric;
import org.cronomapa.timeline.TimeIndex;

/**
 * A dataset seen through a filter: which rows pass, and the counts of those rows up to any day,
 * computed once per filter change and read by every view and export. Types, regions and dates
 * are answered from the time index's prefix sums (a sum over the chosen types and regions, a
 * difference at the range's ends: O(regions × types), no row scan). Minimum deaths and text need
 * the rows: they are checked once into a row mask, and a second index counts only those rows.
 * {@link #at} gives what one frame shows. Immutable; see docs/decisions/0012.
 */
public final class Filtered {
    private static final int TYPES = EventType.count();
    private static final int SEARCH_BATCH = 4096;

    private final Filter filter;
    private final Dataset dataset;
    private final TimeIndex index;
    private final TimeIndex counts;
    private final boolean[] typeOn = new boolean[TYPES];
    /** By region index, national figures last. */
    private final boolean[] regionOn;
    private final BitSet rowMask;
    private final BitSet searchMask;
    private final int fromDay;
    private final int toDay;
    /** No filter at all: every row passes, with no check (the window's markers ask for each row, every frame). */
    private final boolean everything;

    private Filtered(Dataset dataset, TimeIndex index, Filter filter, Filtered previous) {
        this.filter = filter;
        this.dataset = dataset;
        this.index = index;
        this.fromDay = filter.fromDay();
        this.toDay = filter.toDay();
        this.everything = filter.isAll();
        for (int t = 0; t < TYPES; t++) {
            typeOn[t] = filter.types().isEmpty() || filter.types().contains(EventType.ofIndex(t));
        }
        int regions = index.regionCount();
        regionOn = new boolean[regions + 1];
        if (filter.regions().isEmpty()) {
            Arrays.fill(regionOn, true);
        } else {
            RegionMap map = dataset == null ? null : dataset.regions();
            for (String code : filter.regions()) {
                // A code the map does not know matches nothing (the command line refuses it earlier).
                int r = map == null ? -2 : map.indexOf(code).orElse(-2);
                if (r == RegionMap.NATIONAL_INDEX) {
                    regionOn[regions] = true;
                } else if (r >= 0 && r < regions) {
                    regionOn[r] = true;
                }
            }
        }
        EventColumns events = index.events();
        if (filter.search().isEmpty()) {
            searchMask = null;
        } else if (previous != null && previous.dataset == dataset && previous.index == index
                && previous.filter.search().equals(filter.search())) {
            searchMask = previous.searchMask; // the costly part of a filter change, kept when only the rest changed
        } else {
            searchMask = search(dataset, Filter.fold(filter.search()));
        }
        if (filter.needsRowCheck()) {
            BitSet mask = searchMask == null ? new BitSet(events.size()) : (BitSet) searchMask.clone();
            if (searchMask == null) {
                mask.set(0, events.size());
            }
            if (filter.minDeaths() > 0) {
                for (int i = mask.nextSetBit(0); i >= 0; i = mask.nextSetBit(i + 1)) {
                    if (events.fatalities(i) < filter.minDeaths()) {
                        mask.clear(i);
                    }
                }
            }
            rowMask = mask;
            counts = new TimeIndex(events, regions, mask::get);
        } else {
            rowMask = null;
            counts = index;
        }
    }

    /** The dataset through the filter. Needs the dataset for region codes and text; the index is the dataset's. */
    public static Filtered of(Dataset dataset, TimeIndex index, Filter filter) {
        return of(dataset, index, filter, null);
    }

    /** As {@link #of(Dataset, TimeIndex, Filter)}, reusing {@code previous}'s text search when only the rest changed. */
    public static Filtered of(Dataset dataset, TimeIndex index, Filter filter, Filtered previous) {
        if (dataset == null && !(filter.regions().isEmpty() && filter.search().isEmpty())) {
            throw new IllegalArgumentException("a filter on regions or text needs the dataset");
        }
        return new Filtered(dataset, index, filter, previous);
    }

    /** Everything in the index: what a frame shows with no filter. */
    public static Filtered all(TimeIndex index) {
        return new Filtered(null, index, Filter.ALL, null);
    }

    private static BitSet search(Dataset d, String needle) {
        EventColumns events = d.events();
        BitSet found = new BitSet(events.size());
        for (int start = 0; start < events.size(); start += SEARCH_BATCH) {
            int end = Math.min(events.size(), start + SEARCH_BATCH);
            List<Event> batch = batch(d, start, end);
            for (int i = start; i < end; i++) {
                Event e = batch.get(i - start);
                if (Filter.fold(e.place()).contains(needle) || Filter.fold(e.descriptionEs()).contains(needle)
                        || Filter.fold(e.descriptionEn()).contains(needle)) {
                    found.set(i);
                }
            }
        }
        return found;
    }

    /** Rows' records, read together (a CSV is opened once per batch); row by row if the batch fails. */
    private static List<Event> batch(Dataset d, int start, int end) {
        int[] keys = new int[end - start];
        for (int i = start; i < end; i++) {
            keys[i - start] = d.events().detailKey(i);
        }
        try {
            return d.details().events(keys);
        } catch (RuntimeException unreadable) {
            return java.util.stream.IntStream.range(start, end).mapToObj(d::event).toList();
        }
    }

    public Filter filter() { return filter; }
    /** The whole data's index (days, windows, rows). */
    public TimeIndex index() { return index; }
    public EventColumns events() { return index.events(); }

    /** Whether the filter's dates hold at least one day of the data. */
    public boolean rangeHoldsData() {
        return Math.max(index.firstDay(), fromDay) <= Math.min(index.lastDay(), toDay);
    }

    /** The first day playback runs from: the data's, or the filter's when later (and within the data). */
    public int firstDay() {
        return rangeHoldsData() ? Math.max(index.firstDay(), fromDay) : index.firstDay();
    }

    /** The last day playback runs to: the data's, or the filter's when earlier (and within the data). */
    public int lastDay() {
        return rangeHoldsData() ? Math.min(index.lastDay(), toDay) : index.lastDay();
    }

    /** Whether the row passes the filter (on any day; {@link Visible#includes} adds the window). */
    public boolean shows(int row) {
        if (everything) {
            return true;
        }
        EventColumns e = index.events();
        int r = e.region(row);
        return typeOn[e.type(row)] && regionOn[r < 0 ? regionOn.length - 1 : r] && e.day(row) >= fromDay
                && e.day(row) <= toDay && (rowMask == null || rowMask.get(row));
    }

    /** Every row that passes, in the data's order (by start day): what an events export writes. */
    public int[] rows() {
        int n = index.events().size();
        if (filter.isAll()) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            return all;
        }
        return java.util.stream.IntStream.range(0, n).filter(this::shows).toArray();
    }

    private boolean on(int region, int type) {
        return typeOn[type] && regionOn[region < 0 ? regionOn.length - 1 : region];
    }

    /** Events of this region and type that pass and started on or before {@code day}; region -1 is national. */
    public int cumulative(int day, int region, int type) {
        if (!on(region, type) || day < fromDay) {
            return 0;
        }
        return counts.cumulative(Math.min(day, toDay), region, type) - counts.cumulative(fromDay - 1, region, type);
    }

    public long cumulativeFatalities(int day, int region, int type) {
        if (!on(region, type) || day < fromDay) {
            return 0;
        }
        return counts.cumulativeFatalities(Math.min(day, toDay), region, type)
                - counts.cumulativeFatalities(fromDay - 1, region, type);
    }

    public long cumulativeInjured(int day, int region, int type) {
        if (!on(region, type) || day < fromDay) {
            return 0;
        }
        return counts.cumulativeInjured(Math.min(day, toDay), region, type)
                - counts.cumulativeInjured(fromDay - 1, region, type);
    }

    public int cumulativeEvents(int day, int region) {
        int sum = 0;
        for (int t = 0; t < TYPES; t++) {
            sum += cumulative(day, region, t);
        }
        return sum;
    }

    public long cumulativeFatalities(int day, int region) {
        long sum = 0;
        for (int t = 0; t < TYPES; t++) {
            sum += cumulativeFatalities(day, region, t);
        }
        return sum;
    }

    public long cumulativeInjured(int day, int region) {
        long sum = 0;
        for (int t = 0; t < TYPES; t++) {
            sum += cumulativeInjured(day, region, t);
        }
        return sum;
    }

    /** Events that pass, of every region and the national figures, up to {@code day}. */
    public int cumulativeTotal(int day) {
        int sum = 0;
        for (int r = -1; r < index.regionCount(); r++) {
            sum += cumulativeEvents(day, r);
        }
        return sum;
    }

    /** Events that pass and started on exactly {@code day}, by type: the histogram's bars. */
    public int onDay(int day, int type) {
        int sum = 0;
        for (int r = -1; r < index.regionCount(); r++) {
            sum += cumulative(day, r, type) - cumulative(day - 1, r, type);
        }
        return sum;
    }

    /** The choropleth: {@code out[region]} gets the metric up to {@code day}; returns {@code out}. */
    public double[] aggregate(int day, Metric metric, double[] out) {
        if (filter.isAll()) {
            return index.aggregate(day, metric, out); // the unfiltered path, unchanged
        }
        for (int r = 0; r < index.regionCount(); r++) {
            out[r] = metric == Metric.EVENTS ? cumulativeEvents(day, r) : cumulativeFatalities(day, r);
        }
        return out;
    }

    /** The largest value the metric reaches in any region, so the colour ramp holds still during playback. */
    public double maxOverTime(Metric metric) {
        double max = 0;
        for (double x : aggregate(index.lastDay(), metric, new double[index.regionCount()])) {
            max = Math.max(max, x);
        }
        return max;
    }

    /** What one frame shows: the rows of the window ending on {@code day} that pass, and the counts up to it. */
    public Visible at(int day, int windowDays) {
        return new Visible(this, day, windowDays, index.window(day, windowDays));
    }
}
