package org.cronomapa.io;

import java.nio.charset.StandardCharsets;

/**
 * Splits one CSV record (RFC 4180: commas, double-quoted fields, doubled quotes) held in a
 * byte array into field spans, without creating strings until a field is asked for as text.
 */
final class CsvLine {
    private byte[] bytes;
    private int[] start = new int[32];
    private int[] end = new int[32];
    private boolean[] quoted = new boolean[32];
    private int fields;
    private int newlines;
    private boolean complete;

    int fields() {
        return fields;
    }

    /** Newlines inside quoted fields of the last record read (they count as file lines). */
    int innerNewlines() {
        return newlines;
    }

    /** Reads the record starting at {@code pos}; returns where the next record starts. */
    int read(byte[] b, int pos, int limit) {
        bytes = b;
        fields = 0;
        newlines = 0;
        int i = pos;
        while (true) {
            if (fields == start.length) {
                start = java.util.Arrays.copyOf(start, fields * 2);
                end = java.util.Arrays.copyOf(end, fields * 2);
                quoted = java.util.Arrays.copyOf(quoted, fields * 2);
            }
            if (i < limit && b[i] == '"') {
                int s = ++i;
                while (i < limit && !(b[i] == '"' && (i + 1 >= limit || b[i + 1] != '"'))) {
                    if (b[i] == '"') {
                        i++;
                    } else if (b[i] == '\n') {
                        newlines++;
                    }
                    i++;
                }
                start[fields] = s;
                end[fields] = Math.min(i, limit);
                quoted[fields++] = true;
                i++;
                while (i < limit && b[i] != ',' && b[i] != '\n') {
                    i++;
                }
            } else {
                int s = i;
                while (i < limit && b[i] != ',' && b[i] != '\n') {
                    i++;
                }
                int e = i > s && b[i - 1] == '\r' ? i - 1 : i;
                start[fields] = s;
                end[fields] = e;
                quoted[fields++] = false;
            }
            if (i >= limit || b[i] == '\n') {
                complete = i < limit;
                return i + 1;
            }
            i++;
        }
    }

    /** Whether the last record ended on a line end before the limit (else it may be cut short). */
    boolean complete() {
        return complete;
    }

    boolean isBlank() {
        return fields == 1 && end[0] - start[0] == 0;
    }

    int start(int f) {
        return start[f];
    }

    int length(int f) {
        return f < fields ? end[f] - start[f] : 0;
    }

    byte at(int f, int k) {
        return bytes[start[f] + k];
    }

    /** The field as text, or null when the record has no such field. */
    String text(int f) {
        if (f < 0 || f >= fields) {
            return null;
        }
        String s = new String(bytes, start[f], end[f] - start[f], StandardCharsets.UTF_8);
        return quoted[f] ? s.replace("\"\"", "\"") : s;
    }

    /** A whole number without sign or spaces, or -1 when the field is anything else. */
    int plainInt(int f) {
        int n = length(f);
        if (n == 0 || n > 9) {
            return n == 0 ? 0 : -1;
        }
        int v = 0;
        for (int k = 0; k < n; k++) {
            int d = at(f, k) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    /** A decimal like {@code -12.0464}, or NaN when the field needs the full parser. */
    double plainDecimal(int f) {
        int n = length(f);
        int k = 0;
        boolean negative = n > 0 && at(f, 0) == '-';
        if (negative) {
            k++;
        }
        long mantissa = 0;
        int scale = -1;
        int digits = 0;
        for (; k < n; k++) {
            byte c = at(f, k);
            if (c == '.' && scale < 0) {
                scale = 0;
            } else if (c >= '0' && c <= '9' && digits < 17) {
                mantissa = mantissa * 10 + (c - '0');
                digits++;
                if (scale >= 0) {
                    scale++;
                }
            } else {
                return Double.NaN;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        double v = scale > 0 ? mantissa / POW10[scale] : mantissa;
        return negative ? -v : v;
    }

    /** The epoch day of a {@code YYYY-MM-DD} field, or {@code Integer.MIN_VALUE}. */
    int isoDay(int f) {
        if (length(f) != 10 || at(f, 4) != '-' || at(f, 7) != '-') {
            return Integer.MIN_VALUE;
        }
        int y = digits(f, 0, 4);
        int m = digits(f, 5, 2);
        int d = digits(f, 8, 2);
        if (y < 0 || m < 1 || m > 12 || d < 1 || d > monthLength(y, m)) {
            return Integer.MIN_VALUE;
        }
        return epochDay(y, m, d);
    }

    private static int monthLength(int y, int m) {
        if (m == 2) {
            return (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
        }
        return m == 4 || m == 6 || m == 9 || m == 11 ? 30 : 31;
    }

    /** Days since 1970-01-01 by Hinnant's days-from-civil: no objects per row, fast even before JIT. */
    static int epochDay(int y, int m, int d) {
        int yy = m <= 2 ? y - 1 : y;
        int era = Math.floorDiv(yy, 400);
        int yoe = yy - era * 400;
        int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    private int digits(int f, int from, int n) {
        int v = 0;
        for (int k = from; k < from + n; k++) {
            int c = at(f, k) - '0';
            if (c < 0 || c > 9) {
                return -1;
            }
            v = v * 10 + c;
        }
        return v;
    }

    /** FNV-1a hash of the field's bytes (duplicate-id detection without strings). */
    long hash(int f) {
        long h = 0xcbf29ce484222325L;
        for (int k = start[f]; k < start[f] + length(f); k++) {
            h = (h ^ bytes[k]) * 0x100000001b3L;
        }
        return h;
    }

    private static final double[] POW10 = new double[18];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }
}
