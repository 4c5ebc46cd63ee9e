package org.cronomapa.map;

import java.util.Arrays;

/**
 * Which of the markers drawn in the last frame are under the pointer. Markers are given in the
 * order they were drawn, so a later one covers an earlier one: the marker the user sees on top
 * is the last drawn whose shape (its disc) contains the point, never a nearer centre hidden
 * beneath it. Only when no shape contains the point does a marker within {@code slack} pixels of
 * its edge count, so small markers stay easy to hit. Markers before {@code from} are left out:
 * something drawn over them (the capital's inset box) hides them at this point.
 * A linear scan: 60,000 markers cost well under a millisecond, less than keeping a spatial index
 * current every frame.
 */
public final class MarkerHit {
    private MarkerHit() {
    }

    /** The index of the top-most marker under the point, or -1. */
    public static int top(float[] xs, float[] ys, float[] radii, int from, int n, double px, double py, double slack) {
        int nearEdge = -1;
        for (int i = n - 1; i >= from; i--) {
            double d = distanceSquared(xs[i], ys[i], px, py);
            if (d <= (double) radii[i] * radii[i]) {
                return i;
            }
            double r = radii[i] + slack;
            if (nearEdge < 0 && d <= r * r) {
                nearEdge = i;
            }
        }
        return nearEdge;
    }

    /**
     * Every marker under the point, top-most first: those whose shape contains it, from the last
     * drawn to the first, then those within {@code slack} of their edge in the same order. The
     * first is {@link #top}'s answer; a stack (a town's events on its one coordinate) lists them all.
     */
    public static int[] stack(float[] xs, float[] ys, float[] radii, int from, int n, double px, double py, double slack) {
        int[] inside = new int[8];
        int[] near = new int[8];
        int ni = 0;
        int nn = 0;
        for (int i = n - 1; i >= from; i--) {
            double d = distanceSquared(xs[i], ys[i], px, py);
            double r = radii[i] + slack;
            if (d <= (double) radii[i] * radii[i]) {
                inside = ni == inside.length ? Arrays.copyOf(inside, ni * 2) : inside;
                inside[ni++] = i;
            } else if (d <= r * r) {
                near = nn == near.length ? Arrays.copyOf(near, nn * 2) : near;
                near[nn++] = i;
            }
        }
        int[] out = Arrays.copyOf(inside, ni + nn);
        System.arraycopy(near, 0, out, ni, nn);
        return out;
    }

    private static double distanceSquared(float x, float y, double px, double py) {
        double dx = x - px;
        double dy = y - py;
        return dx * dx + dy * dy;
    }
}
