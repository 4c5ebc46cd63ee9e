package org.cronomapa.io;

import java.util.Arrays;
import org.cronomapa.model.RegionMap;

/** Looks a region code up from bytes: {@code PE-XXX} via a 26³ table, {@code PE} for national. */
final class RegionCodes {
    static final int UNKNOWN = Integer.MIN_VALUE;
    private final int[] table = new int[26 * 26 * 26];

    RegionCodes(RegionMap regions) {
        Arrays.fill(table, UNKNOWN);
        for (int i = 0; i < regions.size(); i++) {
            String c = regions.get(i).code();
            table[key(c.charAt(3), c.charAt(4), c.charAt(5))] = i;
        }
    }

    int lookup(CsvLine line, int f) {
        int n = line.length(f);
        if (n == 2 && line.at(f, 0) == 'P' && line.at(f, 1) == 'E') {
            return RegionMap.NATIONAL_INDEX;
        }
        if (n != 6 || line.at(f, 0) != 'P' || line.at(f, 1) != 'E' || line.at(f, 2) != '-') {
            return UNKNOWN;
        }
        int a = line.at(f, 3) - 'A';
        int b = line.at(f, 4) - 'A';
        int c = line.at(f, 5) - 'A';
        if (a < 0 || a > 25 || b < 0 || b > 25 || c < 0 || c > 25) {
            return UNKNOWN;
        }
        return table[(a * 26 + b) * 26 + c];
    }

    private static int key(char a, char b, char c) {
        return ((a - 'A') * 26 + (b - 'A')) * 26 + (c - 'A');
    }
}
