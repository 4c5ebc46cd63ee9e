package org.cronomapa.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    final int geoPrecision;
    final int timePrecision;
    /** Each source's columns: {@code source_…} (the first CSV format), then source1_…, source2_… */
    final List<ColumnSet> sources;
    /** Each figure's columns: figure1_…, figure2_… */
    final List<ColumnSet> figures;
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
        geoPrecision = all.getOrDefault("geo_precision", -1);
        timePrecision = all.getOrDefault("time_precision", -1);
        sources = numbered(all, "source", SOURCE_PARTS, true);
        figures = numbered(all, "figure", FIGURE_PARTS, false);
    }

    static final List<String> SOURCE_PARTS = List.of("publisher", "title", "date", "url", "credit");
    static final List<String> FIGURE_PARTS = List.of("field", "value", "by");
    private static final Pattern NUMBERED = Pattern.compile("(source|figure)([1-9][0-9]{0,3})_([a-z]+)");

    /**
     * One element of a list field spread over columns: {@code prefix} is {@code source2_}, and
     * {@code at[k]} the column of part k ({@link #SOURCE_PARTS} or {@link #FIGURE_PARTS}), -1 if absent.
     */
    record ColumnSet(String prefix, int[] at, String[] names) {
        ColumnSet(String prefix, int[] at, List<String> parts) {
            this(prefix, at, parts.stream().map(p -> prefix + p).toArray(String[]::new));
        }

        /** Part k's text as {@link CsvHeader#text} gives it; null when empty or absent. */
        String text(CsvLine line, int k) {
            return at[k] < 0 ? null : RowChecker.textValue(line.text(at[k]));
        }

        /** Whether the row holds anything in this set: an element with every cell empty is no element. */
        boolean filled(CsvLine line) {
            for (int f : at) {
                if (f >= 0 && line.length(f) > 0) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The column sets of a list field, by number; the unnumbered {@code source_…} columns first. */
    private static List<ColumnSet> numbered(Map<String, Integer> all, String list, List<String> parts, boolean plainFirst) {
        TreeMap<Integer, int[]> sets = new TreeMap<>();
        for (Map.Entry<String, Integer> c : all.entrySet()) {
            Matcher m = NUMBERED.matcher(c.getKey());
            if (m.matches() && m.group(1).equals(list) && parts.contains(m.group(3))) {
                int[] set = sets.computeIfAbsent(Integer.parseInt(m.group(2)), k -> blank(parts.size()));
                set[parts.indexOf(m.group(3))] = c.getValue();
            }
        }
        List<ColumnSet> out = new ArrayList<>();
        int[] plain = blank(parts.size());
        for (int k = 0; k < parts.size(); k++) {
            plain[k] = all.getOrDefault(list + "_" + parts.get(k), -1);
        }
        if (plainFirst && Arrays.stream(plain).anyMatch(f -> f >= 0)) {
            out.add(new ColumnSet(list + "_", plain, parts));
        }
        sets.forEach((n, at) -> out.add(new ColumnSet(list + n + "_", at, parts)));
        return List.copyOf(out);
    }

    private static int[] blank(int n) {
        int[] set = new int[n];
        Arrays.fill(set, -1);
        return set;
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
                problems.add(Problem.of(name + ":1", column, "problem.header.twice", column, String.valueOf(first + 1),
                        String.valueOf(f + 1)));
            }
        }
        boolean semicolons = line.fields() == 1 && names.get(0).contains(";");
        if (!semicolons && CsvEvents.REQUIRED.stream().noneMatch(all::containsKey)) {
            throw InputFileException.of(name, "file", "problem.header.notEvents", String.join(", ", CsvEvents.REQUIRED));
        }
        for (String column : CsvEvents.REQUIRED) {
            if (!all.containsKey(column)) {
                problems.add(Problem.of(name + ":1", column, semicolons ? "problem.header.missingSemicolons"
                        : "problem.header.missing", column, String.join(",", CsvEvents.REQUIRED)));
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
        return f == null ? null : RowChecker.textValue(line.text(f));
    }
}
