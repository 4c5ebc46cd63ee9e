package org.cronomapa.io;

import java.nio.charset.StandardCharsets;
import org.cronomapa.model.EventType;
import org.cronomapa.model.RegionMap;

/**
 * The one rule for what a valid field is, shared by the CSV and GeoJSON readers: both hand it
 * the field's UTF-8 bytes, and it answers the value or records a problem at the row's place. So
 * the fast CSV path and the GeoJSON reader cannot disagree (data/README.md states the rules):
 * <ul>
 * <li>spaces and tabs around a field are ignored;</li>
 * <li>type and region codes are matched ignoring letter case ({@code March}, {@code pe-pun});</li>
 * <li>dates are {@code YYYY-MM-DD}, real calendar days from {@link #EARLIEST} to {@link #LATEST};</li>
 * <li>counts are whole numbers of digits only, at most {@link #MAX_COUNT}; empty means 0;</li>
 * <li>coordinates are plain decimals ({@code -12.05}, {@code 1.5e-3}): no NaN, Infinity or hex.</li>
 * </ul>
 * Nothing here creates a string for a valid field, so a million rows stay fast.
 */
final class RowChecker {
    static final int EARLIEST = CsvLine.epochDay(1900, 1, 1);
    static final int LATEST = CsvLine.epochDay(2100, 12, 31);
    /** Larger counts are typing errors, and would make the per-day totals overflow. */
    static final int MAX_COUNT = 1_000_000;
    /** What {@link #date} returns for an invalid date, and for an optional one left empty. */
    static final int INVALID = Integer.MIN_VALUE;
    static final int ABSENT = Integer.MAX_VALUE;

    private static final byte[][] TYPE_CODES = typeCodes();

    private final RegionMap regions;
    private final RegionCodes codes;
    private final ProblemLog log;
    private String file;
    private int line = -1;

    RowChecker(RegionMap regions, ProblemLog log) {
        this.regions = regions;
        this.codes = new RegionCodes(regions);
        this.log = log;
    }

    /** The place problems are reported at: {@code file#index} for GeoJSON. */
    void at(String where) {
        file = where;
        line = -1;
    }

    /** {@code file:line} for CSV, built only if a problem is found (no string per good row). */
    void at(String fileName, int lineNumber) {
        file = fileName;
        line = lineNumber;
    }

    private String location() {
        return line < 0 ? file : file + ":" + line;
    }

    /** Records a problem worded by {@code key} of the problems bundle, with its arguments. */
    void problem(String field, String key, String... args) {
        log.add(location(), field, key, args);
    }

    /** Problems recorded so far in the file: a row compares this before and after its checks. */
    long problems() {
        return log.total();
    }

    // ---- the field rules ----

    /** The start of the field once leading spaces and tabs are skipped. */
    static int trimStart(byte[] b, int from, int to) {
        while (from < to && (b[from] == ' ' || b[from] == '\t')) {
            from++;
        }
        return from;
    }

    /** The end of the field once trailing spaces and tabs are dropped. */
    static int trimEnd(byte[] b, int from, int to) {
        while (to > from && (b[to - 1] == ' ' || b[to - 1] == '\t')) {
            to--;
        }
        return to;
    }

    /** A required text field such as the id: false, with a problem, when empty. */
    boolean required(String field, byte[] b, int from, int to) {
        if (trimStart(b, from, to) == trimEnd(b, from, to)) {
            problem(field, "problem.field.missing");
            return false;
        }
        return true;
    }

    /** The epoch day, {@link #ABSENT} for an empty optional date, or {@link #INVALID} with a problem. */
    int date(String field, byte[] b, int from, int to, boolean required) {
        int s = trimStart(b, from, to);
        int e = trimEnd(b, s, to);
        if (s == e) {
            if (required) {
                problem(field, "problem.date.missing");
                return INVALID;
            }
            return ABSENT;
        }
        int day = isoDay(b, s, e);
        if (day == INVALID) {
            problem(field, "problem.date.form", text(b, from, to));
        } else if (day < EARLIEST || day > LATEST) {
            problem(field, "problem.date.range", text(b, s, e));
            return INVALID;
        }
        return day;
    }

    /** Checks an end date against the start; false, with a problem, when it comes first. */
    boolean endAfterStart(int start, int end) {
        if (start != INVALID && end != INVALID && end != ABSENT && end < start) {
            problem("end_date", "problem.date.endBeforeStart", java.time.LocalDate.ofEpochDay(end).toString(),
                    java.time.LocalDate.ofEpochDay(start).toString());
            return false;
        }
        return true;
    }

    /** The event type's index, or -1 with a problem. */
    int type(byte[] b, int from, int to) {
        int s = trimStart(b, from, to);
        int e = trimEnd(b, s, to);
        if (s == e) {
            problem("type", "problem.field.missing");
            return -1;
        }
        int t = typeIndex(b, s, e);
        if (t < 0) {
            problem("type", "problem.type.unknown", text(b, from, to), typeList());
        }
        return t;
    }

    /** The region's index ({@link RegionMap#NATIONAL_INDEX} for {@code PE}), or {@link RegionCodes#UNKNOWN} with a problem. */
    int region(byte[] b, int from, int to) {
        int s = trimStart(b, from, to);
        int e = trimEnd(b, s, to);
        if (s == e) {
            problem("region", "problem.field.missing");
            return RegionCodes.UNKNOWN;
        }
        int r = codes.lookup(b, s, e);
        if (r == RegionCodes.UNKNOWN) {
            problem("region", "problem.region.unknown", text(b, from, to));
        }
        return r;
    }

    /** A coordinate in {@code min..max}, or NaN with a problem. */
    double coordinate(String field, byte[] b, int from, int to, double min, double max) {
        int s = trimStart(b, from, to);
        int e = trimEnd(b, s, to);
        if (s == e) {
            problem(field, "problem.coordinate.missing");
            return Double.NaN;
        }
        double v = decimal(b, s, e);
        if (Double.isNaN(v)) {
            problem(field, "problem.coordinate.notNumber", text(b, from, to));
            return Double.NaN;
        }
        return coordinate(field, v, min, max);
    }

    double coordinate(String field, double v, double min, double max) {
        if (!(v >= min && v <= max)) {
            problem(field, "problem.coordinate.range", String.valueOf(v), String.valueOf(min), String.valueOf(max));
            return Double.NaN;
        }
        return v;
    }

    /** A count: 0 when empty, the number when whole and in range, else -1 with a problem. */
    int count(String field, byte[] b, int from, int to) {
        int s = trimStart(b, from, to);
        int e = trimEnd(b, s, to);
        if (s == e) {
            return 0;
        }
        boolean negative = b[s] == '-';
        int k0 = negative ? s + 1 : s;
        boolean digitsOnly = k0 < e;
        for (int k = k0; k < e && digitsOnly; k++) {
            digitsOnly = b[k] >= '0' && b[k] <= '9';
        }
        if (!digitsOnly) {
            problem(field, "problem.count.notWhole", text(b, from, to));
            return -1;
        }
        long v = 0;
        for (int k = k0; k < e && v <= MAX_COUNT; k++) {
            v = v * 10 + (b[k] - '0');
        }
        if (negative && v > 0) {
            problem(field, "problem.count.negative", text(b, s, e));
            return -1;
        }
        if (v > MAX_COUNT) {
            problem(field, "problem.count.tooLarge", text(b, k0, e), String.valueOf(MAX_COUNT));
            return -1;
        }
        return (int) v;
    }

    /** Checks the point lies in Peru and, for a regional event, in its region. */
    void placeInRegion(int region, double lon, double lat) {
        if (region == RegionCodes.UNKNOWN || Double.isNaN(lon) || Double.isNaN(lat)) {
            return;
        }
        if (region == RegionMap.NATIONAL_INDEX) {
            if (!regions.countryContains(lon, lat)) {
                problem("lat/lon", "problem.point.outsidePeru", String.valueOf(lat), String.valueOf(lon));
            }
            return;
        }
        if (!regions.regionContains(region, lon, lat)) {
            int actual = regions.regionAt(lon, lat);
            String code = regions.get(region).code();
            if (actual < 0) {
                problem("lat/lon", "problem.point.outsideNamed", String.valueOf(lat), String.valueOf(lon), code);
            } else {
                problem("lat/lon", "problem.point.otherRegion", String.valueOf(lat), String.valueOf(lon),
                        regions.get(actual).code(), code);
            }
        }
    }

    /** A source's web address, when given, must be one a reader can follow. */
    void url(String field, String url) {
        String u = url == null ? "" : url.trim();
        if (!(u.startsWith("https://") || u.startsWith("http://")) || u.length() < 12) {
            problem(field, "problem.source.url");
        }
    }

    // ---- value parsing, shared with CsvRowDetails ----

    /** The epoch day of exactly {@code YYYY-MM-DD} that names a real day, or {@link #INVALID}. */
    static int isoDay(byte[] b, int s, int e) {
        if (e - s != 10 || b[s + 4] != '-' || b[s + 7] != '-') {
            return INVALID;
        }
        int y = digits(b, s, 4);
        int m = digits(b, s + 5, 2);
        int d = digits(b, s + 8, 2);
        if (y < 0 || m < 1 || m > 12 || d < 1 || d > CsvLine.monthLength(y, m)) {
            return INVALID;
        }
        return CsvLine.epochDay(y, m, d);
    }

    private static int digits(byte[] b, int from, int n) {
        int v = 0;
        for (int k = from; k < from + n; k++) {
            int c = b[k] - '0';
            if (c < 0 || c > 9) {
                return -1;
            }
            v = v * 10 + c;
        }
        return v;
    }

    /** The type whose code matches, ignoring ASCII letter case; -1 when none does. */
    static int typeIndex(byte[] b, int s, int e) {
        outer:
        for (int i = 0; i < TYPE_CODES.length; i++) {
            byte[] code = TYPE_CODES[i];
            if (code.length != e - s) {
                continue;
            }
            for (int k = 0; k < code.length; k++) {
                int c = b[s + k];
                if (c >= 'A' && c <= 'Z') {
                    c += 'a' - 'A';
                }
                if (c != code[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /**
     * A decimal in the plain grammar {@code [+-]digits[.digits][(e|E)[+-]digits]} (or {@code .5}),
     * NaN for anything else. The common short form is computed here; the rest by the JDK parser.
     * The short form stops at 15 digits: up to there the digits and the power of ten are exact
     * doubles, so one division is correctly rounded and gives what the JDK (and Jackson, for the
     * same number in GeoJSON) would; with 16 or 17 digits it could land one unit off, and a file
     * written from GeoJSON would not read back equal.
     */
    static double decimal(byte[] b, int s, int e) {
        int k = s;
        if (k < e && (b[k] == '-' || b[k] == '+')) {
            k++;
        }
        int digits = 0;
        long mantissa = 0;
        int scale = 0;
        boolean point = false;
        boolean simple = true;
        for (; k < e; k++) {
            byte c = b[k];
            if (c >= '0' && c <= '9') {
                if (digits < 15) {
                    mantissa = mantissa * 10 + (c - '0');
                    scale += point ? 1 : 0;
                } else {
                    simple = false;
                }
                digits++;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        if (k < e) {
            if (b[k] != 'e' && b[k] != 'E') {
                return Double.NaN;
            }
            int x = k + 1;
            if (x < e && (b[x] == '-' || b[x] == '+')) {
                x++;
            }
            if (x == e) {
                return Double.NaN;
            }
            for (; x < e; x++) {
                if (b[x] < '0' || b[x] > '9') {
                    return Double.NaN;
                }
            }
            simple = false;
        }
        if (!simple) {
            double v = Double.parseDouble(new String(b, s, e - s, StandardCharsets.US_ASCII));
            return Double.isFinite(v) ? v : Double.NaN;
        }
        double v = scale > 0 ? mantissa / POW10[scale] : mantissa;
        return b[s] == '-' ? -v : v;
    }

    private static final double[] POW10 = new double[18];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    /**
     * A text field's value as both readers keep it: spaces and tabs around it dropped (the rule
     * for every field), and null when nothing is left, as {@link #required} sees it, so an empty
     * CSV cell and an empty or missing GeoJSON property read as the same record.
     */
    static String textValue(String raw) {
        if (raw == null) {
            return null;
        }
        int s = 0;
        int e = raw.length();
        while (s < e && (raw.charAt(s) == ' ' || raw.charAt(s) == '\t')) {
            s++;
        }
        while (e > s && (raw.charAt(e - 1) == ' ' || raw.charAt(e - 1) == '\t')) {
            e--;
        }
        return s == e ? null : raw.substring(s, e);
    }

    /** A field's text for a message, shortened so a 3 MB field does not become a 3 MB message. */
    static String text(byte[] b, int from, int to) {
        int n = Math.min(to - from, 80);
        String s = new String(b, from, n, StandardCharsets.UTF_8);
        return n < to - from ? s + "…" : s;
    }

    private static byte[][] typeCodes() {
        byte[][] codes = new byte[EventType.count()][];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = EventType.ofIndex(i).code().getBytes(StandardCharsets.US_ASCII);
        }
        return codes;
    }

    private static String typeList() {
        StringBuilder sb = new StringBuilder();
        for (EventType t : EventType.values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(t.code());
        }
        return sb.toString();
    }
}
