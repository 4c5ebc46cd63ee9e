package org.cronomapa.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The frame-time percentiles and rates the overlay and {@code --bench-window} report. */
class FrameTimesTest {
    @Test
    void percentilesByNearestRank() {
        long[] v = {50, 10, 40, 20, 30}; // unsorted on purpose
        assertEquals(10, FrameTimes.percentile(v, 1));
        assertEquals(10, FrameTimes.percentile(v, 20));
        assertEquals(20, FrameTimes.percentile(v, 21));
        assertEquals(30, FrameTimes.percentile(v, 50));
        assertEquals(50, FrameTimes.percentile(v, 95));
        assertEquals(50, FrameTimes.percentile(v, 100));
        assertArrayEquals(new long[] {50, 10, 40, 20, 30}, v, "the caller's values are not reordered");
        assertEquals(0, FrameTimes.percentile(new long[0], 95));
        assertThrows(IllegalArgumentException.class, () -> FrameTimes.percentile(v, 0));
        assertThrows(IllegalArgumentException.class, () -> FrameTimes.percentile(v, 101));
    }

    /** Against the definition: the smallest value with at least p % of the values at or below it. */
    @Test
    void percentilesMatchTheirDefinitionOnRandomValues() {
        Random random = new Random(11);
        for (int trial = 0; trial < 300; trial++) {
            long[] v = random.longs(1 + random.nextInt(60), 0, 40).toArray();
            double p = trial % 3 == 0 ? 95 : trial % 3 == 1 ? 50 : 1 + random.nextInt(100);
            long expected = Arrays.stream(v).sorted()
                    .filter(x -> Arrays.stream(v).filter(y -> y <= x).count() * 100 >= p * v.length)
                    .findFirst().orElseThrow();
            assertEquals(expected, FrameTimes.percentile(v, p), Arrays.toString(v) + " p" + p);
        }
    }

    @Test
    void ratesCountTheLastSecondAndSamplesKeepTheNewest() {
        FrameTimes t = new FrameTimes(4);
        long s = 1_000_000_000L;
        assertEquals(-1, t.lastFrameNanos());
        for (int i = 0; i < 6; i++) {
            t.pulse(10 * s + i * s / 4); // four pulses a second
        }
        t.frame(10 * s, 3_000_000);
        t.frame(11 * s, 5_000_000);
        assertEquals(5_000_000, t.lastFrameNanos());
        assertEquals(4, t.pulsesInLastSecond(11 * s + s / 4), "the pulses after 10.25 s");
        assertEquals(1, t.framesInLastSecond(11 * s + s / 2));
        assertArrayEquals(new long[] {s / 4, s / 4, s / 4}, t.pulseIntervals(), "the last four pulses' gaps");
        assertArrayEquals(new long[] {3_000_000, 5_000_000}, t.frameNanos());
        t.clear();
        assertEquals(0, t.frameNanos().length);
        assertEquals(0, t.pulsesInLastSecond(11 * s));
    }
}
