package org.cronomapa.render;

import java.util.HashMap;
import java.util.Map;

/**
 * Fans out markers that land on the same screen spot (a town's events all sit on its
 * coordinates): each group of two or more, joined when within {@link #JOIN} pixels, is spread on
 * rings around the group's centre — six on the first, more on each ring further out, each ring
 * one marker-width apart — so no two of a group overlap, and each one can be picked. Markers keep
 * their drawing order, so the stacking stays as drawn; their true spot is kept for a leader line.
 */
final class MarkerFan {
    /** Markers closer than this (pixels) share a spot. */
    static final double JOIN = 2;
    /** Space between fanned markers' edges: more than twice the picking slack, so each point picks one. */
    static final double GAP = 5;
    /** Above this many markers on a frame nothing is fanned: the work stays bounded, and such frames show tiny markers or density. */
    static final int MAX_MARKERS = 20_000;

    private MarkerFan() {
    }

    /** Fans out the markers {@code from..to-1} of {@code drawn}; returns how many were moved. */
    static int spread(DrawnMarkers drawn, int from, int to) {
        int n = to - from;
        if (n < 2 || n > MAX_MARKERS) {
            return 0;
        }
        int[] group = groups(drawn, from, to);
        int[] members = new int[n];
        for (int k = 0; k < n; k++) {
            members[group[k]]++;
        }
        // Members of each group in drawing order: start offsets, then fill.
        int[] start = new int[n + 1];
        for (int g = 0; g < n; g++) {
            start[g + 1] = start[g] + members[g];
        }
        int[] order = new int[n];
        int[] fill = start.clone();
        for (int k = 0; k < n; k++) {
            order[fill[group[k]]++] = from + k;
        }
        int moved = 0;
        for (int g = 0; g < n; g++) {
            if (members[g] > 1) {
                place(drawn, order, start[g], start[g + 1]);
                moved += members[g];
            }
        }
        return moved;
    }

    /** Each marker's group (numbered by its first marker), by a grid of {@link #JOIN}-pixel cells. */
    private static int[] groups(DrawnMarkers drawn, int from, int to) {
        int n = to - from;
        int[] group = new int[n];
        Map<Long, Integer> anchors = new HashMap<>();
        for (int k = 0; k < n; k++) {
            float x = drawn.trueX(from + k);
            float y = drawn.trueY(from + k);
            long cx = (long) Math.floor(x / JOIN);
            long cy = (long) Math.floor(y / JOIN);
            int found = -1;
            for (long dx = -1; dx <= 1 && found < 0; dx++) {
                for (long dy = -1; dy <= 1 && found < 0; dy++) {
                    Integer a = anchors.get(key(cx + dx, cy + dy));
                    if (a != null && Math.hypot(drawn.trueX(from + a) - x, drawn.trueY(from + a) - y) <= JOIN) {
                        found = a;
                    }
                }
            }
            if (found < 0) {
                Integer own = anchors.get(key(cx, cy));
                found = own != null ? own : k;
                if (own == null) {
                    anchors.put(key(cx, cy), k);
                }
            }
            group[k] = found; // an anchor is its own group's first marker
        }
        return group;
    }

    private static long key(long cx, long cy) {
        return cx << 32 ^ (cy & 0xFFFFFFFFL);
    }

    /** Spreads one group ({@code order[a..b-1]}) on rings around its centre. */
    private static void place(DrawnMarkers drawn, int[] order, int a, int b) {
        int count = b - a;
        double cx = 0;
        double cy = 0;
        double r = 0;
        for (int k = a; k < b; k++) {
            cx += drawn.trueX(order[k]);
            cy += drawn.trueY(order[k]);
            r = Math.max(r, drawn.radius(order[k]));
        }
        cx /= count;
        cy /= count;
        int[] perRing = rings(count);
        double spacing = 2 * r + GAP;
        int k = a;
        for (int ring = 0; ring < perRing.length; ring++) {
            double radius = (ring + 1) * spacing;
            double turn = -Math.PI / 2 + ring * 0.5; // rings staggered so their markers do not line up
            for (int j = 0; j < perRing[ring]; j++, k++) {
                double angle = turn + 2 * Math.PI * j / perRing[ring];
                drawn.moveTo(order[k], (float) (cx + radius * Math.cos(angle)), (float) (cy + radius * Math.sin(angle)));
            }
        }
    }

    /**
     * How many markers each ring holds: ring j (1-based) at j marker-widths out holds as many as
     * fit a marker-width apart; the last ring is never left with one alone, so every ring, evenly
     * filled, is centred on the spot.
     */
    static int[] rings(int count) {
        java.util.List<Integer> rings = new java.util.ArrayList<>();
        int left = count;
        for (int j = 1; left > 0; j++) {
            int fits = capacity(j);
            rings.add(Math.min(fits, left));
            left -= fits;
        }
        int last = rings.size() - 1;
        if (last > 0 && rings.get(last) == 1) {
            rings.set(last, 2);
            rings.set(last - 1, rings.get(last - 1) - 1);
        }
        return rings.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Markers a ring at {@code j} spacings from the centre holds with a chord of one spacing between neighbours. */
    static int capacity(int j) {
        return (int) Math.floor(Math.PI / Math.asin(1.0 / (2 * j)) + 1e-9);
    }
}
