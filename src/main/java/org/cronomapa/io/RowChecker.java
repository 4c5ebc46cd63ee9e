package org.cronomapa.io;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cronomapa.model.EventType;
import org.cronomapa.model.Problem;
import org.cronomapa.model.RegionMap;

/**
 * The rules one event row must follow, shared by the CSV and GeoJSON readers. Each check
 * records a {@link Problem} at the row's location instead of throwing, so a file reports
 * every problem at once.
 */
final class RowChecker {
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private final RegionMap regions;
    private final ProblemLog log;
    private String file;
    private int line = -1;

    RowChecker(RegionMap regions, ProblemLog log) {
        this.regions = regions;
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

    void problem(String field, String message) {
        log.add(location(), field, message);
    }

    String required(String field, String value) {
        if (value == null || value.isBlank()) {
            problem(field, "required field is missing or empty");
            return null;
        }
        return value.trim();
    }

    LocalDate date(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problem(field, "required date is missing");
            }
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(value.trim());
            if (d.isBefore(EARLIEST) || d.isAfter(LATEST)) {
                problem(field, "date " + d + " is out of range (" + EARLIEST + " to " + LATEST + ")");
                return null;
            }
            return d;
        } catch (DateTimeException e) {
            problem(field, "'" + value + "' is not a date in the form YYYY-MM-DD");
            return null;
        }
    }

    void endAfterStart(LocalDate start, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            problem("end_date", "end date " + end + " is before the start date " + start);
        }
    }

    EventType type(String value) {
        if (value == null || value.isBlank()) {
            problem("type", "required field is missing or empty");
            return null;
        }
        Optional<EventType> t = EventType.fromCode(value.trim());
        if (t.isEmpty()) {
            problem("type", "unknown event type '" + value + "'; expected one of " + typeCodes());
        }
        return t.orElse(null);
    }

    /** The region index, or null when unknown (a problem is recorded). */
    Integer region(String value) {
        if (value == null || value.isBlank()) {
            problem("region", "required field is missing or empty");
            return null;
        }
        Optional<Integer> index = regions.indexOf(value.trim());
        if (index.isEmpty()) {
            problem("region", "unknown region code '" + value + "'; expected an ISO 3166-2:PE code such as PE-CUS, or PE");
        }
        return index.orElse(null);
    }

    double coordinate(String field, String value, double min, double max) {
        if (value == null || value.isBlank()) {
            problem(field, "required coordinate is missing");
            return Double.NaN;
        }
        try {
            return coordinate(field, Double.parseDouble(value.trim()), min, max);
        } catch (NumberFormatException e) {
            problem(field, "'" + value + "' is not a number");
            return Double.NaN;
        }
    }

    double coordinate(String field, double v, double min, double max) {
        if (!(v >= min && v <= max)) {
            problem(field, v + " is outside " + min + ".." + max);
            return Double.NaN;
        }
        return v;
    }

    /** Checks the point lies in Peru and, for a regional event, in its region. */
    void placeInRegion(Integer region, double lon, double lat) {
        if (region == null || Double.isNaN(lon) || Double.isNaN(lat)) {
            return;
        }
        if (region == RegionMap.NATIONAL_INDEX) {
            if (!regions.countryContains(lon, lat)) {
                problem("lat/lon", "point " + lat + ", " + lon + " is outside Peru");
            }
            return;
        }
        if (!regions.regionContains(region, lon, lat)) {
            int actual = regions.regionAt(lon, lat);
            String code = regions.get(region).code();
            problem("lat/lon", "point " + lat + ", " + lon + (actual < 0
                    ? " is outside Peru (region " + code + " was named)"
                    : " is in " + regions.get(actual).code() + ", not in the named region " + code));
        }
    }

    int count(String field, String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n < 0) {
                problem(field, "must not be negative: " + n);
                return 0;
            }
            return n;
        } catch (NumberFormatException e) {
            problem(field, "'" + value + "' is not a whole number");
            return 0;
        }
    }

    private static String typeCodes() {
        StringBuilder sb = new StringBuilder();
        for (EventType t : EventType.values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(t.code());
        }
        return sb.toString();
    }
}
