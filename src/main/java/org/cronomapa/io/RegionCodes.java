package org.cronomapa.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.cronomapa.model.RegionMap;

/**
 * Looks a region code up from bytes, ignoring letter case: {@code PE-XXX} via a 26³ table (no
 * string per row), {@code PE} for national, any other code of a user's region map via a map.
 */
final class RegionCodes {
    static final int UNKNOWN = Integer.MIN_VALUE;
    private final int[] table = new int[26 * 26 * 26];
    private final Map<String, Integer> others = new HashMap<>();

    RegionCodes(RegionMap regions) {
        Arrays.fill(table, UNKNOWN);
        for (int i = 0; i < regions.size(); i++) {
            String c = regions.get(i).code().toUpperCase(Locale.ROOT);
            if (isPeruLetters(c)) {
                table[key(c.charAt(3), c.charAt(4), c.charAt(5))] = i;
            } else {
                others.put(c, i);
            }
        }
    }

    private static boolean isPeruLetters(String c) {
        return c.length() == 6 && c.startsWith("PE-") && c.chars().skip(3).allMatch(ch -> ch >= 'A' && ch <= 'Z');
    }

    /** The code in bytes {@code s..e} (already trimmed). */
    int lookup(byte[] b, int s, int e) {
        int n = e - s;
        if (n == 2 && upper(b[s]) == 'P' && upper(b[s + 1]) == 'E') {
            return RegionMap.NATIONAL_INDEX;
        }
        if (n == 6 && upper(b[s]) == 'P' && upper(b[s + 1]) == 'E' && b[s + 2] == '-') {
            int x = upper(b[s + 3]) - 'A';
            int y = upper(b[s + 4]) - 'A';
            int z = upper(b[s + 5]) - 'A';
            if (x >= 0 && x <= 25 && y >= 0 && y <= 25 && z >= 0 && z <= 25) {
                int found = table[(x * 26 + y) * 26 + z];
                if (found != UNKNOWN || others.isEmpty()) {
                    return found;
                }
            }
        }
        if (others.isEmpty() || n > 64) {
            return UNKNOWN;
        }
        Integer i = others.get(new String(b, s, n, StandardCharsets.UTF_8).toUpperCase(Locale.ROOT));
        return i == null ? UNKNOWN : i;
    }

    private static int upper(byte c) {
        return c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c;
    }

    private static int key(char a, char b, char c) {
        return ((a - 'A') * 26 + (b - 'A')) * 26 + (c - 'A');
    }
}
