package org.cronomapa.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The compact columns give back every value as added, sorted stably by day, at the ranges' edges. */
class EventColumnsTest {
    /** No events at all (the cold export's warm-up frame draws such a dataset): the columns build, empty. */
    @Test
    void noEventsBuildEmptyColumns() {
        EventColumns empty = new EventColumns.Builder().build();
        org.junit.jupiter.api.Assertions.assertEquals(0, empty.size());
    }

    @Test
    void valuesRoundTripAcrossTwoCenturiesAndLargeCounts() {
        int first = (int) LocalDate.of(1900, 1, 1).toEpochDay();
        int last = (int) LocalDate.of(2100, 12, 31).toEpochDay();
        Random rnd = new Random(5);
        int n = 5000;
        int[][] rows = new int[n][];
        EventColumns.Builder a = new EventColumns.Builder();
        EventColumns.Builder b = new EventColumns.Builder();
        for (int i = 0; i < n; i++) {
            int day = i == 0 ? first : i == 1 ? last : first + rnd.nextInt(last - first + 1);
            int end = rnd.nextInt(4) == 0 ? day + rnd.nextInt(last - day + 1) : day;
            int[] big = {0, 1, 254, 255, 256, 1_000_000};
            rows[i] = new int[] {day, end, rnd.nextInt(27) - 1, rnd.nextInt(EventType.count()),
                big[rnd.nextInt(big.length)], big[rnd.nextInt(big.length)], big[rnd.nextInt(big.length)], i};
            (i % 3 == 0 ? b : a).ensureCapacity(i);
        }
        // Two builders holding the rows one after the other read as one holding them all.
        int split = n / 2;
        for (int i = 0; i < n; i++) {
            int[] r = rows[i];
            (i < split ? a : b).add(r[0], r[1], r[2], r[3], i * 0.5f, -i, r[4], r[5], r[6], r[7]);
        }
        EventColumns c = EventColumns.of(a, b);
        assertEquals(n, c.size());
        int previousDay = Integer.MIN_VALUE;
        int previousKey = -1;
        int longest = 0;
        for (int i = 0; i < n; i++) {
            int[] r = rows[c.detailKey(i)];
            assertEquals(r[0], c.day(i), "day of row " + i);
            assertEquals(r[1], c.endDay(i));
            assertEquals(r[2], c.region(i));
            assertEquals(r[3], c.type(i));
            assertEquals(r[7] * 0.5f, c.lon(i));
            assertEquals(-r[7], c.lat(i));
            assertEquals(r[4], c.fatalities(i));
            assertEquals(r[5], c.injured(i));
            assertEquals(r[6], c.count(i));
            if (c.day(i) == previousDay) {
                assertEquals(true, c.detailKey(i) > previousKey, "stable among rows of one day");
            } else {
                assertEquals(true, c.day(i) > previousDay, "sorted by day");
            }
            previousDay = c.day(i);
            previousKey = c.detailKey(i);
            longest = Math.max(longest, r[1] - r[0]);
        }
        assertEquals(first, c.firstDay());
        assertEquals(last, c.lastDay());
        assertEquals(longest, c.maxDuration());
    }
}
