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
    final Map<String, Integer> all;

    private CsvHeader(Map<String, Integer> all, int width) {
        this.all = all;
        this.width = width;
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
    }

    static CsvHeader of(CsvLine line, String name) throws InputFileException {
        Map<String, Integer> all = new HashMap<>();
        for (int f = 0; f < line.fields(); f++) {
            String column = line.text(f).trim().toLowerCase(Locale.ROOT);
            if (f == 0 && column.startsWith("\uFEFF")) {
                column = column.substring(1);
            }
            all.putIfAbsent(column, f);
        }
        List<Problem> missing = new ArrayList<>();
        for (String column : CsvEvents.REQUIRED) {
            if (!all.containsKey(column)) {
                missing.add(new Problem(name + ":1", column, "required column '" + column
                        + "' is missing from the header (minimum header: " + String.join(",", CsvEvents.REQUIRED) + ")"));
            }
        }
        if (!missing.isEmpty()) {
            throw new InputFileException(missing);
        }
        return new CsvHeader(all, all.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1);
    }

    String text(CsvLine line, String column) {
        Integer f = all.get(column);
        String v = f == null ? null : line.text(f);
        return v == null || v.isBlank() ? null : v;
    }
}
