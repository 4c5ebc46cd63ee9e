package org.cronomapa.timeline;

/**
 * Where playback stands: a fractional day position between {@code firstDay} and {@code lastDay},
 * whether it is playing, its speed in days per second, and whether it loops. Advancing uses
 * elapsed wall-clock time, so speed does not depend on frame rate.
 */
public record Playback(double position, boolean playing, double speed, boolean loop, int firstDay, int lastDay) {
    public static final double MIN_SPEED = 0.5;
    public static final double MAX_SPEED = 8;

    public Playback {
        speed = Math.max(MIN_SPEED, Math.min(MAX_SPEED, speed));
        // Up to the end of the last day, so playback dwells on it for a full day's time.
        position = Math.max(firstDay, Math.min(lastDay + 0.999_999, position));
    }

    public static Playback at(int day, int firstDay, int lastDay) {
        return new Playback(day, false, 1, false, firstDay, lastDay);
    }

    /** The whole day shown. */
    public int day() {
        return (int) Math.floor(position + 1e-9);
    }

    public Playback advance(long elapsedNanos) {
        if (!playing || elapsedNanos <= 0) {
            return this;
        }
        double next = position + speed * elapsedNanos / 1e9;
        if (next < lastDay + 1) {
            return withPosition(next);
        }
        if (loop) {
            int span = lastDay - firstDay + 1;
            return withPosition(firstDay + (next - firstDay) % span);
        }
        return new Playback(lastDay, false, speed, loop, firstDay, lastDay);
    }

    public Playback withPosition(double p) {
        return new Playback(p, playing, speed, loop, firstDay, lastDay);
    }

    public Playback step(int days) {
        return new Playback(day() + days, false, speed, loop, firstDay, lastDay);
    }

    public Playback play() {
        boolean atEnd = day() >= lastDay;
        return new Playback(atEnd ? firstDay : position, true, speed, loop, firstDay, lastDay);
    }

    public Playback pause() {
        return new Playback(position, false, speed, loop, firstDay, lastDay);
    }

    public Playback withSpeed(double s) {
        return new Playback(position, playing, s, loop, firstDay, lastDay);
    }

    public Playback withLoop(boolean l) {
        return new Playback(position, playing, speed, l, firstDay, lastDay);
    }
}
