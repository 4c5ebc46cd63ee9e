package org.cronomapa.io;

import java.nio.charset.StandardCharsets;

/**
 * Splits one CSV record (RFC 4180: commas, double-quoted fields, doubled quotes) held in a
 * byte array into field spans, without creating strings until a field is asked for as text.
 * Spaces and tabs around a field, inside or outside its quotes, are not part of it.
 */
final class CsvLine {
    private byte[] bytes;
    private int[] start = new int[32];
    private int[] end = new int[32];
    private boolean[] quoted = new boolean[32];
    private int fields;
    private int newlines;
    private boolean complete;
    private int badQuote;
    private boolean unclosedQuote;

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
        badQuote = -1;
        unclosedQuote = false;
        int i = pos;
        while (true) {
            if (fields == start.length) {
                start = java.util.Arrays.copyOf(start, fields * 2);
                end = java.util.Arrays.copyOf(end, fields * 2);
                quoted = java.util.Arrays.copyOf(quoted, fields * 2);
            }
            int first = RowChecker.trimStart(b, i, limit);
            if (first < limit && b[first] == '"') {
                i = first;
                int s = ++i;
                while (i < limit && !(b[i] == '"' && (i + 1 >= limit || b[i + 1] != '"'))) {
                    if (b[i] == '"') {
                        i++;
                    } else if (b[i] == '\n') {
                        newlines++;
                    }
                    i++;
                }
                unclosedQuote |= i >= limit;
                int e = Math.min(i, limit);
                start[fields] = RowChecker.trimStart(b, s, e);
                end[fields] = RowChecker.trimEnd(b, start[fields], e);
                quoted[fields++] = true;
                i++;
                while (i < limit && b[i] != ',' && b[i] != '\n') {
                    if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r' && badQuote < 0) {
                        badQuote = fields - 1;
                    }
                    i++;
                }
            } else {
                int s = i;
                while (i < limit && b[i] != ',' && b[i] != '\n') {
                    i++;
                }
                int e = i > s && b[i - 1] == '\r' ? i - 1 : i;
                start[fields] = RowChecker.trimStart(b, s, e);
                end[fields] = RowChecker.trimEnd(b, start[fields], e);
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

    /** The field (0-based) with text after its closing quote, or -1. */
    int badQuote() {
        return badQuote;
    }

    /** Whether a quoted field ran to the end of the text without its closing quote. */
    boolean unclosedQuote() {
        return unclosedQuote;
    }

    byte[] bytes() {
        return bytes;
    }

    /** The end of field {@code f} (exclusive); with {@link #start} the span the field rules read. */
    int end(int f) {
        return f < fields ? end[f] : 0;
    }

    boolean isBlank() {
        return fields == 1 && end[0] - start[0] == 0;
    }

    int start(int f) {
        return f < fields ? start[f] : 0;
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

    static int monthLength(int y, int m) {
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

    /** FNV-1a hash of the field's bytes (duplicate-id detection without strings). */
    long hash(int f) {
        long h = 0xcbf29ce484222325L;
        for (int k = start[f]; k < start[f] + length(f); k++) {
            h = (h ^ bytes[k]) * 0x100000001b3L;
        }
        return h;
    }

}
