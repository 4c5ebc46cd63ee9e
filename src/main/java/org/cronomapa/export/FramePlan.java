package org.cronomapa.export;

import java.util.Arrays;

/**
 * Which day each frame of an animation shows: {@code speed} days a second at {@code fps} frames a
 * second, so {@code fps / speed} frames a day (fewer than one when the speed outruns the frame
 * rate, and days are skipped). Frame {@code i} shows day {@code first + floor(i · speed / fps)}; there
 * are {@code ceil(days · fps / speed)} frames and the last one always shows the last day. Runs of
 * frames on the same day are grouped, so each day is drawn once.
 *
 * @param days    the day of each group (epoch days), increasing
 * @param repeats how many frames each group lasts (at least 1)
 */
public record FramePlan(int[] days, int[] repeats, int fps, double speed) {
    public static final int MAX_FPS = 60;

    public static FramePlan of(int firstDay, int lastDay, int fps, double speed) {
        if (lastDay < firstDay || fps < 1 || fps > MAX_FPS || !(speed > 0)) {
            throw new IllegalArgumentException("no frames for days " + firstDay + "–" + lastDay + " at " + fps
                    + " fps and " + speed + " days a second");
        }
        int span = lastDay - firstDay + 1;
        int frames = (int) Math.max(1, Math.ceil(span * (double) fps / speed - 1e-9));
        int[] days = new int[frames];
        int[] repeats = new int[frames];
        int groups = 0;
        for (int i = 0; i < frames; i++) {
            int day = i == frames - 1 ? lastDay : firstDay + Math.min(span - 1, (int) Math.floor(i * speed / fps + 1e-9));
            if (groups > 0 && days[groups - 1] == day) {
                repeats[groups - 1]++;
            } else {
                days[groups] = day;
                repeats[groups] = 1;
                groups++;
            }
        }
        return new FramePlan(Arrays.copyOf(days, groups), Arrays.copyOf(repeats, groups), fps, speed);
    }

    /** Frames in all (an MP4's frame count). */
    public int frames() {
        return Arrays.stream(repeats).sum();
    }

    /** Pictures drawn (a GIF's frame count). */
    public int groups() {
        return days.length;
    }
}
