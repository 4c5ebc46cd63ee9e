package org.cronomapa.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cronomapa.model.Problem;

/** Column positions by name; -1 for an optional column that is absent. */
final class CsvHeader {
    final int width;
    final int id;
    final int date;
    final int type;
    final int region;
    final int lat;
    final int lon;
    final int fatalities;
    final int endDate;
    final int injured;
    final int count;
    final int fatalitiesMax;
    final int injuredMax;
    final int sourceUrl;
    final Map<String, Integer> all;
    private final List<String> names;

    private CsvHeader(Map<String, Integer> all, List<String> names) {
        this.all = all;
        this.names = names;
        this.width = names.size();
        id = all.get("id");
        date = all.get("date");
        type = all.get("type");
        region = all.get("region");
        lat = all.get("lat");
        lon = all.get("lon");
        fatalities = all.get("fatalities");
        endDate = all.getOrDefault("end_date", -1);
        injured = all.getOrDefault("injured", -1);
        count = all.getOrDefault("count", -1);
        fatalitiesMax = all.getOrDefault("fatalities_max", -1);
        injuredMax = all.getOrDefault("injured_max", -1);
        sourceUrl = all.getOrDefault("source_url", -1);
    }

    /**
     * Reads the header. Refused: a required column missing, a column named twice (which of the two
     * would count?), a header that is not comma-separated.
     */
    static CsvHeader of(CsvLine line, String name) throws InputFileException {
        Map<String, Integer> all = new HashMap<>();
        List<String> names = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int f = 0; f < line.fields(); f++) {
            String column = line.text(f).trim().toLowerCase(Locale.ROOT);
            if (f == 0 && column.startsWith("\uFEFF")) {
                column = column.substring(1).trim();
            }
            names.add(column);
            Integer first = all.putIfAbsent(column, f);
            if (first != null && !column.isEmpty()) {
                problems.add(new Problem(name + ":1", column, "the header names column '" + column + "' twice (columns "
                        + (first + 1) + " and " + (f + 1) + "); rename or remove one"));
            }
        }
        boolean semicolons = line.fields() == 1 && names.get(0).contains(";");
        if (!semicolons && CsvEvents.REQUIRED.stream().noneMatch(all::containsKey)) {
            throw new InputFileException(name, "file", "not an events file Cronomapa reads (its GeoJSON, its CSV or an"
                    + " ACLED export): the first line names none of the columns " + String.join(", ", CsvEvents.REQUIRED));
        }
        for (String column : CsvEvents.REQUIRED) {
            if (!all.containsKey(column)) {
                problems.add(new Problem(name + ":1", column, "required column '" + column
                        + "' is missing from the header (minimum header: " + String.join(",", CsvEvents.REQUIRED) + ")"
                        + (semicolons ? "; the header is separated by ';': save the file with commas" : "")));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputFileException(problems);
        }
        return new CsvHeader(all, names);
    }

    /** The column's name, for a problem's field. */
    String name(int f) {
        return f < names.size() && !names.get(f).isEmpty() ? names.get(f) : "column " + (f + 1);
    }

    String text(CsvLine line, String column) {
        Integer f = all.get(column);
        String v = f == null ? null : line.text(f);
        return v == null || v.isBlank() ? null : v;
    }
}
