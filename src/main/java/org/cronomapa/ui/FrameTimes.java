package org.cronomapa.ui;

import java.util.Arrays;

/**
 * The window's frame times: how long each drawn frame of the map took (from the state change in
 * the pulse to the pixels handed to the image) and when each pulse ran. The overlay reads the last
 * frame and the rates; {@code --bench-window} reads the samples and their percentiles. Plain Java,
 * written and read on the FX thread.
 */
public final class FrameTimes {
    private static final long SECOND = 1_000_000_000L;
    private final long[] frames;
    private final long[] drawnAt;
    private final long[] pulses;
    private int frameCount;
    private int pulseCount;

    /** Keeps the last {@code capacity} frames and pulses. */
    public FrameTimes(int capacity) {
        frames = new long[capacity];
        drawnAt = new long[capacity];
        pulses = new long[capacity];
    }

    /** A pulse ran at {@code now} (the pulse's own time stamp, nanoseconds). */
    void pulse(long now) {
        pulses[pulseCount++ % pulses.length] = now;
    }

    /** The map drew a frame at {@code now}, which took {@code nanos} of the pulse. */
    void frame(long now, long nanos) {
        drawnAt[frameCount % frames.length] = now;
        frames[frameCount++ % frames.length] = nanos;
    }

    /** The last frame's time in nanoseconds, or -1 before the first. */
    public long lastFrameNanos() {
        return frameCount == 0 ? -1 : frames[(frameCount - 1) % frames.length];
    }

    /** Pulses in the second up to {@code now}: the window's frame rate. */
    public int pulsesInLastSecond(long now) {
        return countSince(pulses, pulseCount, now - SECOND);
    }

    /** Frames the map drew in the second up to {@code now}. */
    public int framesInLastSecond(long now) {
        return countSince(drawnAt, frameCount, now - SECOND);
    }

    private static int countSince(long[] ring, int count, long since) {
        int n = 0;
        for (int i = count - 1; i >= Math.max(0, count - ring.length) && ring[i % ring.length] > since; i--) {
            n++;
        }
        return n;
    }

    /** The kept frames' times in nanoseconds, oldest first. */
    public long[] frameNanos() {
        return kept(frames, frameCount);
    }

    /** The time between consecutive kept pulses in nanoseconds, oldest first. */
    public long[] pulseIntervals() {
        long[] at = kept(pulses, pulseCount);
        long[] gaps = new long[Math.max(0, at.length - 1)];
        for (int i = 0; i < gaps.length; i++) {
            gaps[i] = at[i + 1] - at[i];
        }
        return gaps;
    }

    private static long[] kept(long[] ring, int count) {
        int n = Math.min(count, ring.length);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = ring[(count - n + i) % ring.length];
        }
        return out;
    }

    /** Forgets every frame and pulse (a benchmark's next phase starts from none). */
    public void clear() {
        frameCount = 0;
        pulseCount = 0;
    }

    /**
     * The {@code p}-th percentile (0 < p ≤ 100) by the nearest-rank method: the smallest value with
     * at least p % of the values at or below it; 0 for no values.
     */
    public static long percentile(long[] values, double p) {
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile " + p + " is not in (0, 100]");
        }
        if (values.length == 0) {
            return 0;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p * sorted.length / 100); // p * n first: 95 * 20 / 100 is exactly 19
        return sorted[Math.max(1, rank) - 1];
    }
}
