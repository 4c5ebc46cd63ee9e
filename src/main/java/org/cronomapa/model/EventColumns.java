package org.cronomapa.model;

import java.util.Arrays;

/**
 * Events as parallel primitive arrays sorted by start day: what drawing and aggregation read.
 * About 20 bytes an event (docs/decisions/0025-million-compact-columns.md): the day as two bytes
 * from the first day, deaths, injured, counts and the days an event lasts as one byte each with
 * the rare larger value kept aside, points as floats and the row's key as an int. Full records are
 * fetched on demand from a {@link EventDetails}.
 */
public final class EventColumns {
    /** Rows from which sorting them is worth a second thread (below, a thread costs more than it saves). */
    public static final int PARALLEL_ROWS = 100_000;
    private final int size;
    private final int firstDay;
    /** Days from {@link #firstDay}, modulo 65,536; {@link #wrapRows} says where they wrap. */
    private final char[] dayFromFirst;
    /** The first row whose day is at least (k + 1) × 65,536 days after the first (none before 2150 years). */
    private final int[] wrapRows;
    private final SmallInts extraDays;
    private final byte[] region;
    private final byte[] type;
    private final float[] lon;
    private final float[] lat;
    private final SmallInts fatalities;
    private final SmallInts injured;
    private final SmallInts count;
    private final int[] detailKey;
    private final int maxDuration;

    /**
     * Columns from the rows of several builders (the parts of a parallel read), sorted by day:
     * a stable counting sort, O(n + days), so the result is that of one builder holding the
     * parts' rows one after the other.
     */
    public static EventColumns of(Builder... parts) {
        return new EventColumns(parts);
    }

    private EventColumns(Builder... parts) {
        int n = 0;
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (Builder p : parts) {
            n += p.size;
            for (int k = 0; k < p.size; k++) {
                min = Math.min(min, p.day[k]);
                max = Math.max(max, p.day[k]);
            }
        }
        size = n;
        firstDay = n == 0 ? 0 : min;
        int[] start = new int[n == 0 ? 1 : max - min + 2];
        for (Builder p : parts) {
            for (int k = 0; k < p.size; k++) {
                start[p.day[k] - firstDay + 1]++;
            }
        }
        for (int d = 1; d < start.length; d++) {
            start[d] += start[d - 1];
        }
        wrapRows = new int[Math.max(0, start.length - 2) >> 16];
        for (int w = 0; w < wrapRows.length; w++) {
            wrapRows[w] = start[(w + 1) << 16];
        }
        dayFromFirst = new char[n];
        extraDays = new SmallInts(n);
        region = new byte[n];
        type = new byte[n];
        lon = new float[n];
        lat = new float[n];
        fatalities = new SmallInts(n);
        injured = new SmallInts(n);
        count = new SmallInts(n);
        detailKey = new int[n];
        // The columns in two groups on two threads, each walking the rows in the same order (a start a day each).
        int[] startB = start.clone();
        var groupB = n < PARALLEL_ROWS ? null : java.util.concurrent.CompletableFuture.runAsync(() -> scatterB(parts, startB));
        maxDuration = scatterA(parts, start);
        if (groupB == null) {
            scatterB(parts, startB);
        } else {
            groupB.join();
        }
        extraDays.sorted();
        fatalities.sorted();
        injured.sorted();
        count.sorted();
    }

    /** Days, extra days, regions and types into their sorted places; returns the longest extra days. */
    private int scatterA(Builder[] parts, int[] start) {
        int longest = 0;
        for (Builder p : parts) {
            for (int k = 0; k < p.size; k++) {
                int d = p.day[k] - firstDay;
                int i = start[d]++;
                dayFromFirst[i] = (char) d;
                int extra = p.extraDays.get(k);
                extraDays.set(i, extra);
                longest = Math.max(longest, extra);
                region[i] = p.region[k];
                type[i] = p.type[k];
            }
        }
        return longest;
    }

    /** Points, figures and detail keys into their sorted places. */
    private void scatterB(Builder[] parts, int[] start) {
        for (Builder p : parts) {
            for (int k = 0; k < p.size; k++) {
                int i = start[p.day[k] - firstDay]++;
                lon[i] = p.lon[k];
                lat[i] = p.lat[k];
                fatalities.set(i, p.fatalities.get(k));
                injured.set(i, p.injured.get(k));
                count.set(i, p.count.get(k));
                detailKey[i] = p.detailKey[k];
            }
        }
    }

    public int size() { return size; }

    /** Start day as epoch day. */
    public int day(int i) {
        int d = firstDay + dayFromFirst[i];
        for (int w : wrapRows) {
            if (i < w) {
                break;
            }
            d += 1 << 16;
        }
        return d;
    }

    /** Last day as epoch day (equal to {@link #day} for one-day events). */
    public int endDay(int i) { return day(i) + extraDays.get(i); }
    /** Days the event lasts after its start day (0 for a one-day event). */
    public int extraDays(int i) { return extraDays.get(i); }
    /** Region index in the {@link RegionMap}, or {@link RegionMap#NATIONAL_INDEX}. */
    public int region(int i) { return region[i]; }
    public int type(int i) { return type[i]; }
    public float lon(int i) { return lon[i]; }
    public float lat(int i) { return lat[i]; }
    public int fatalities(int i) { return fatalities.get(i); }
    public int injured(int i) { return injured.get(i); }
    public int count(int i) { return count.get(i); }
    /** The key under which {@link EventDetails} finds the full record. */
    public int detailKey(int i) { return detailKey[i]; }
    /** The longest span, in days, between an event's start and end. */
    public int maxDuration() { return maxDuration; }

    public int firstDay() { return firstDay; }

    /**
     * The last start day. The timeline ends there: a measure that outlasts the wave (an airport
     * closed for months) stays drawn to the end but does not stretch the timeline with empty weeks.
     */
    public int lastDay() {
        return size == 0 ? 0 : day(size - 1);
    }

    /** Collects rows in any order; {@link #build()} sorts them by day. */
    public static final class Builder {
        private int size;
        private int[] day = new int[16];
        private SmallInts extraDays = new SmallInts(16);
        private byte[] region = new byte[16];
        private byte[] type = new byte[16];
        private float[] lon = new float[16];
        private float[] lat = new float[16];
        private SmallInts fatalities = new SmallInts(16);
        private SmallInts injured = new SmallInts(16);
        private SmallInts count = new SmallInts(16);
        private int[] detailKey = new int[16];

        public Builder add(int startDay, int lastDay, int regionIndex, int typeIndex, float lonDeg, float latDeg,
                int dead, int hurt, int howMany, int key) {
            if (size == day.length) {
                grow(size * 2);
            }
            day[size] = startDay;
            extraDays.set(size, Math.max(startDay, lastDay) - startDay);
            region[size] = (byte) regionIndex;
            type[size] = (byte) typeIndex;
            lon[size] = lonDeg;
            lat[size] = latDeg;
            fatalities.set(size, dead);
            injured.set(size, hurt);
            count.set(size, howMany);
            detailKey[size] = key;
            size++;
            return this;
        }

        public int size() {
            return size;
        }

        /** Reserves room for at least {@code n} rows, so a large read does not grow by copying. */
        public Builder ensureCapacity(int n) {
            if (n > day.length) {
                grow(n);
            }
            return this;
        }

        private void grow(int n) {
            day = Arrays.copyOf(day, n);
            extraDays.grow(n);
            region = Arrays.copyOf(region, n);
            type = Arrays.copyOf(type, n);
            lon = Arrays.copyOf(lon, n);
            lat = Arrays.copyOf(lat, n);
            fatalities.grow(n);
            injured.grow(n);
            count.grow(n);
            detailKey = Arrays.copyOf(detailKey, n);
        }

        public EventColumns build() {
            return new EventColumns(this);
        }
    }
}
