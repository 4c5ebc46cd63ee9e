package org.cronomapa.model;

import java.util.Arrays;

/**
 * Non-negative ints that are nearly always below 255 (deaths, injured, counts, extra days), held in
 * one byte each; the rare larger value is kept beside them, found by binary search on its row. A
 * million counts take 1 MB instead of 4 (docs/decisions/0025-million-compact-columns.md).
 */
final class SmallInts {
    private static final int MORE = 255;
    private byte[] low;
    private int[] bigRows = new int[0];
    private int[] bigValues = new int[0];
    private int bigs;

    SmallInts(int capacity) {
        low = new byte[capacity];
    }

    int get(int i) {
        int v = low[i] & 0xFF;
        return v != MORE ? v : bigValues[Arrays.binarySearch(bigRows, 0, bigs, i)];
    }

    /** Sets row {@code i}; rows may come in any order, but {@link #sorted} must follow before {@link #get}. */
    void set(int i, int value) {
        if (value >= 0 && value < MORE) {
            low[i] = (byte) value;
            return;
        }
        low[i] = (byte) MORE;
        if (bigs == bigRows.length) {
            bigRows = Arrays.copyOf(bigRows, Math.max(8, bigs * 2));
            bigValues = Arrays.copyOf(bigValues, bigRows.length);
        }
        bigRows[bigs] = i;
        bigValues[bigs++] = value;
    }

    void grow(int capacity) {
        low = Arrays.copyOf(low, capacity);
    }

    /** Orders the large values by row, after rows were set out of order (a sort by day). */
    SmallInts sorted() {
        long[] pairs = new long[bigs];
        for (int k = 0; k < bigs; k++) {
            pairs[k] = (long) bigRows[k] << 32 | (bigValues[k] & 0xFFFFFFFFL);
        }
        Arrays.sort(pairs);
        for (int k = 0; k < bigs; k++) {
            bigRows[k] = (int) (pairs[k] >>> 32);
            bigValues[k] = (int) pairs[k];
        }
        return this;
    }
}
