package org.cronomapa.model;

import java.util.Arrays;

/**
 * Events as parallel primitive arrays sorted by start day: what drawing and aggregation read.
 * About 34 bytes an event, so a million events fit in tens of megabytes. Full records are
 * fetched on demand from a {@link EventDetails}.
 */
public final class EventColumns {
    private final int size;
    private final int[] day;
    private final int[] endDay;
    private final byte[] region;
    private final byte[] type;
    private final float[] lon;
    private final float[] lat;
    private final int[] fatalities;
    private final int[] injured;
    private final int[] count;
    private final int[] detailKey;
    private final int maxDuration;

    /** Columns from the rows of several builders (the parts of a parallel read), sorted by day. */
    public static EventColumns of(Builder... parts) {
        return new EventColumns(parts);
    }

    private EventColumns(Builder... parts) {
        int n = 0;
        for (Builder p : parts) {
            n += p.size;
        }
        int[] allDays = new int[n];
        int[] partOf = parts.length == 1 ? null : new int[parts.length + 1];
        int at = 0;
        for (int k = 0; k < parts.length; k++) {
            System.arraycopy(parts[k].day, 0, allDays, at, parts[k].size);
            at += parts[k].size;
            if (partOf != null) {
                partOf[k + 1] = at;
            }
        }
        int[] order = orderByDay(allDays, n);
        size = n;
        day = new int[n];
        endDay = new int[n];
        region = new byte[n];
        type = new byte[n];
        lon = new float[n];
        lat = new float[n];
        fatalities = new int[n];
        injured = new int[n];
        count = new int[n];
        detailKey = new int[n];
        int longest = 0;
        for (int i = 0; i < n; i++) {
            int global = order[i];
            Builder b = parts[0];
            int k = global;
            if (partOf != null) {
                int p = 0;
                while (global >= partOf[p + 1]) {
                    p++;
                }
                b = parts[p];
                k = global - partOf[p];
            }
            day[i] = b.day[k];
            endDay[i] = b.endDay[k];
            region[i] = b.region[k];
            type[i] = b.type[k];
            lon[i] = b.lon[k];
            lat[i] = b.lat[k];
            fatalities[i] = b.fatalities[k];
            injured[i] = b.injured[k];
            count[i] = b.count[k];
            detailKey[i] = b.detailKey[k];
            longest = Math.max(longest, endDay[i] - day[i]);
        }
        maxDuration = longest;
    }

    /** A stable counting sort by day: O(n + days), no boxing, so a million rows sort in milliseconds. */
    private static int[] orderByDay(int[] day, int n) {
        int[] order = new int[n];
        if (n == 0) {
            return order;
        }
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            min = Math.min(min, day[i]);
            max = Math.max(max, day[i]);
        }
        int[] start = new int[max - min + 2];
        for (int i = 0; i < n; i++) {
            start[day[i] - min + 1]++;
        }
        for (int d = 1; d < start.length; d++) {
            start[d] += start[d - 1];
        }
        for (int i = 0; i < n; i++) {
            order[start[day[i] - min]++] = i;
        }
        return order;
    }

    public int size() { return size; }
    /** Start day as epoch day. */
    public int day(int i) { return day[i]; }
    /** Last day as epoch day (equal to {@link #day} for one-day events). */
    public int endDay(int i) { return endDay[i]; }
    /** Region index in the {@link RegionMap}, or {@link RegionMap#NATIONAL_INDEX}. */
    public int region(int i) { return region[i]; }
    public int type(int i) { return type[i]; }
    public float lon(int i) { return lon[i]; }
    public float lat(int i) { return lat[i]; }
    public int fatalities(int i) { return fatalities[i]; }
    public int injured(int i) { return injured[i]; }
    public int count(int i) { return count[i]; }
    /** The key under which {@link EventDetails} finds the full record. */
    public int detailKey(int i) { return detailKey[i]; }
    /** The longest span, in days, between an event's start and end. */
    public int maxDuration() { return maxDuration; }

    public int firstDay() { return size == 0 ? 0 : day[0]; }

    /**
     * The last start day. The timeline ends there: a measure that outlasts the wave (an airport
     * closed for months) stays drawn to the end but does not stretch the timeline with empty weeks.
     */
    public int lastDay() {
        return size == 0 ? 0 : day[size - 1];
    }

    /** Collects rows in any order; {@link #build()} sorts them by day. */
    public static final class Builder {
        private int size;
        private int[] day = new int[16];
        private int[] endDay = new int[16];
        private byte[] region = new byte[16];
        private byte[] type = new byte[16];
        private float[] lon = new float[16];
        private float[] lat = new float[16];
        private int[] fatalities = new int[16];
        private int[] injured = new int[16];
        private int[] count = new int[16];
        private int[] detailKey = new int[16];

        public Builder add(int startDay, int lastDay, int regionIndex, int typeIndex, float lonDeg, float latDeg,
                int dead, int hurt, int howMany, int key) {
            if (size == day.length) {
                grow(size * 2);
            }
            day[size] = startDay;
            endDay[size] = Math.max(startDay, lastDay);
            region[size] = (byte) regionIndex;
            type[size] = (byte) typeIndex;
            lon[size] = lonDeg;
            lat[size] = latDeg;
            fatalities[size] = dead;
            injured[size] = hurt;
            count[size] = howMany;
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
            endDay = Arrays.copyOf(endDay, n);
            region = Arrays.copyOf(region, n);
            type = Arrays.copyOf(type, n);
            lon = Arrays.copyOf(lon, n);
            lat = Arrays.copyOf(lat, n);
            fatalities = Arrays.copyOf(fatalities, n);
            injured = Arrays.copyOf(injured, n);
            count = Arrays.copyOf(count, n);
            detailKey = Arrays.copyOf(detailKey, n);
        }

        public EventColumns build() {
            return new EventColumns(this);
        }
    }
}
