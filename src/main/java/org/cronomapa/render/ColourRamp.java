package org.cronomapa.render;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;

/**
 * Sequential classes for the choropleth, on a roughly logarithmic scale of "nice" numbers
 * (1, 2, 5, 10, 20, 50…) up to the largest value the metric reaches over the whole timeline,
 * so a region's colour means the same thing on every day. Class 0 is "none".
 */
public final class ColourRamp {
    private static final int COLOURS = MapLook.STANDARD.ramp().length;

    private final int[] lower;

    private ColourRamp(int[] lower) {
        this.lower = lower;
    }

    /** Up to six coloured classes covering 1..max. */
    public static ColourRamp forMax(double max) {
        List<Integer> starts = new ArrayList<>();
        starts.add(1);
        int top = (int) Math.max(1, Math.ceil(max));
        int classes = Math.min(COLOURS - 1, top);
        for (int k = 1; k < classes; k++) {
            int b = nice(Math.pow(top, (double) k / classes)) + 1;
            if (b > starts.get(starts.size() - 1) && b <= top) {
                starts.add(b);
            }
        }
        return new ColourRamp(starts.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * Ramps with the same classes draw the same fills and legend: a filter change that keeps them
     * repaints no overlay (docs/decisions/0012).
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof ColourRamp r && java.util.Arrays.equals(lower, r.lower);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(lower);
    }

    static int nice(double v) {
        double p = Math.pow(10, Math.floor(Math.log10(Math.max(1, v))));
        double m = v / p;
        double n = m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10;
        return (int) Math.round(n * p);
    }

    public int classes() {
        return lower.length + 1;
    }

    public int classOf(double value) {
        int c = 0;
        for (int k = 0; k < lower.length; k++) {
            if (value >= lower[k]) {
                c = k + 1;
            }
        }
        return c;
    }

    public Color colour(int cls) {
        return colour(cls, MapLook.STANDARD);
    }

    /** A class's colour in a look's ramp (the high-contrast ramp has the same steps, more saturated). */
    public Color colour(int cls, MapLook look) {
        Color[] colours = look.ramp();
        if (cls == 0) {
            return colours[0];
        }
        // Spread the classes in use over the whole ramp so a few classes still contrast.
        int idx = (int) Math.round(1 + (cls - 1) * (COLOURS - 2) / (double) Math.max(1, lower.length - 1));
        return colours[Math.min(COLOURS - 1, lower.length == 1 ? COLOURS - 2 : idx)];
    }

    /** The text under a class swatch: "0", "1–4", "50+". */
    public String label(int cls) {
        if (cls == 0) {
            return "0";
        }
        int from = lower[cls - 1];
        if (cls == lower.length) {
            return from + "+";
        }
        int to = lower[cls] - 1;
        return from == to ? Integer.toString(from) : from + "–" + to;
    }
}
