package org.cronomapa.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cronomapa.model.Event;
import org.cronomapa.model.EventType;
import org.cronomapa.model.RegionMap;
import org.cronomapa.model.Source;

/**
 * Reads an export from ACLED's data export tool. Every field goes through the same
 * {@link RowChecker} rules as Cronomapa's own files; ACLED's types map to Cronomapa's by
 * {@link AcledTypes} (the table is in data/README.md). A row's region is the region polygon that
 * contains its point; ACLED's {@code admin1} is compared with it (a disagreement is a note) and is
 * used only for a row without coordinates. Rows outside Peru are counted as left out, not errors.
 */
final class AcledCsv {
    /** The columns a row needs; ACLED's older exports write them in upper case. */
    static final List<String> REQUIRED = List.of("event_id_cnty", "event_date", "event_type", "sub_event_type",
            "latitude", "longitude", "fatalities", "admin1");
    private static final String PERU_ISO = "604";

    private AcledCsv() {
    }

    /** Whether a CSV header is ACLED's: it names the columns no other format has. */
    static boolean recognises(CsvLine header) {
        Set<String> names = new HashSet<>();
        for (int f = 0; f < header.fields(); f++) {
            names.add(header.text(f).replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT));
        }
        return names.contains("event_id_cnty") && names.contains("event_date") && names.contains("event_type");
    }

    static Loaded read(Path file, RegionMap regions, boolean skipBadRows) throws InputFileException {
        String name = file.toString();
        byte[] b = InputFiles.readChecked(file);
        CsvLine line = new CsvLine();
        int pos = line.read(b, 0, b.length);
        Map<String, Integer> col = columns(line, name);
        ProblemLog log = new ProblemLog();
        ProblemLog notes = new ProblemLog();
        RowChecker check = new RowChecker(regions, log);
        RegionNames names = new RegionNames(regions);
        Map<String, Long> leftOut = new TreeMap<>();
        List<Event> events = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int lineNo = 1;
        while (pos < b.length) {
            pos = line.read(b, pos, b.length);
            lineNo++;
            int rowLine = lineNo;
            lineNo += line.innerNewlines();
            if (line.isBlank()) {
                continue;
            }
            check.at(name, rowLine);
            if (line.fields() != col.size() || line.unclosedQuote()) {
                check.problem("row", line.unclosedQuote() ? "problem.row.fieldsUnclosed" : "problem.row.fields",
                        String.valueOf(line.fields()), String.valueOf(col.size()));
                log.row(true);
                continue;
            }
            String country = text(line, col, "country");
            String iso = text(line, col, "iso");
            if (!iso.isEmpty() ? !iso.equals(PERU_ISO) : !country.isEmpty() && !"peru".equalsIgnoreCase(country)) {
                leftOut.merge(country.isEmpty() ? "ISO " + iso : country, 1L, Long::sum);
                continue;
            }
            long before = log.total();
            Event e = row(line, col, check, names, regions, notes, name + ":" + rowLine);
            if (e != null && !ids.add(e.id())) {
                check.problem("event_id_cnty", "problem.id.duplicate", e.id());
            }
            boolean bad = log.total() > before;
            log.row(bad);
            if (!bad) {
                events.add(e);
            }
        }
        leftOut.forEach((country, n) -> notes.add(name, "country", "problem.acled.otherCountry", String.valueOf(n), country));
        if (events.isEmpty() && log.isEmpty()) {
            log.add(name, "rows", "problem.acled.noneInPeru");
        }
        if (!log.isEmpty() && (!skipBadRows || events.isEmpty())) {
            throw log.refusal();
        }
        String title = file.getFileName() == null ? name : file.getFileName().toString();
        return new Loaded(DatasetFiles.fromEvents(title, events, regions), log.report(), notes.report());
    }

    private static Map<String, Integer> columns(CsvLine header, String name) throws InputFileException {
        Map<String, Integer> col = new HashMap<>();
        for (int f = 0; f < header.fields(); f++) {
            col.putIfAbsent(header.text(f).replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT), f);
        }
        List<org.cronomapa.model.Problem> missing = new ArrayList<>();
        for (String c : REQUIRED) {
            if (!col.containsKey(c)) {
                missing.add(org.cronomapa.model.Problem.of(name + ":1", c, "problem.acled.column", c));
            }
        }
        if (!missing.isEmpty()) {
            throw new InputFileException(missing);
        }
        return col;
    }

    private static Event row(CsvLine line, Map<String, Integer> col, RowChecker check, RegionNames names,
            RegionMap regions, ProblemLog notes, String where) {
        byte[] b = line.bytes();
        int id = col.get("event_id_cnty");
        check.required("event_id_cnty", b, line.start(id), line.end(id));
        int day = AcledDates.day(check, b, line.start(col.get("event_date")), line.end(col.get("event_date")));
        int fatalities = check.count("fatalities", b, line.start(col.get("fatalities")), line.end(col.get("fatalities")));
        String eventType = text(line, col, "event_type");
        String subType = text(line, col, "sub_event_type");
        String notesText = text(line, col, "notes");
        EventType type = AcledTypes.map(eventType, subType, notesText, Math.max(0, fatalities));
        if (type == null) {
            check.problem("event_type", "problem.acled.type", eventType, subType);
        }
        String admin1 = text(line, col, "admin1");
        int named = names.lookup(admin1);
        int la = col.get("latitude");
        int lo = col.get("longitude");
        boolean hasPoint = line.end(la) > line.start(la) || line.end(lo) > line.start(lo);
        double lat;
        double lon;
        int region;
        int geoPrecision = intOr(text(line, col, "geo_precision"), 0);
        if (hasPoint) {
            lat = check.coordinate("latitude", b, line.start(la), line.end(la), -90, 90);
            lon = check.coordinate("longitude", b, line.start(lo), line.end(lo), -180, 180);
            region = Double.isNaN(lat) || Double.isNaN(lon) ? RegionCodes.UNKNOWN : regions.regionAt(lon, lat);
            if (region < 0 && !Double.isNaN(lat) && !Double.isNaN(lon)) {
                if (named >= 0 && regions.regionContains(named, lon, lat)) {
                    region = named; // on the coast or a border, within the map's tolerance of the named region
                } else {
                    check.problem("latitude/longitude", "problem.acled.outside", String.valueOf(lat), String.valueOf(lon));
                }
            } else if (region >= 0 && named >= 0 && !names.agree(named, region)) {
                notes.add(where, "admin1", "problem.acled.admin1Disagrees", admin1, regions.get(region).code());
            }
        } else if (named >= 0) {
            region = named;
            var p = regions.get(named).labelPoint();
            lon = p.getX();
            lat = p.getY();
            geoPrecision = 3;
            notes.add(where, "latitude/longitude", "problem.acled.placedByAdmin1", regions.get(named).code(), admin1);
        } else {
            check.problem("admin1", "problem.acled.admin1Unknown", admin1);
            return null;
        }
        if (day == RowChecker.INVALID || type == null || region < 0 || fatalities < 0) {
            return null;
        }
        String eventId = new String(b, line.start(id), line.end(id) - line.start(id), StandardCharsets.UTF_8);
        String description = eventType + " / " + subType + (notesText.isEmpty() ? "" : ": " + notesText);
        String source = text(line, col, "source");
        List<Source> sources = List.of(new Source("ACLED", "ACLED event " + eventId + (source.isEmpty() ? "" : " (" + source + ")"),
                LocalDate.ofEpochDay(day).toString(), "https://acleddata.com/data-export-tool/", source.isEmpty() ? null : source));
        String place = text(line, col, "location");
        return new Event(eventId, LocalDate.ofEpochDay(day), null, type, regions.get(region).code(),
                place.isEmpty() ? null : place, lat, lon, fatalities, fatalities, 0, 0, null, description, description,
                sources, List.of(), new Event.Details(null, 0, geoPrecision, intOr(text(line, col, "time_precision"), 0)));
    }

    private static String text(CsvLine line, Map<String, Integer> col, String name) {
        Integer f = col.get(name);
        String s = f == null ? null : line.text(f);
        return s == null ? "" : s.trim();
    }

    private static int intOr(String s, int otherwise) {
        return s.matches("[0-9]{1,2}") ? Integer.parseInt(s) : otherwise;
    }

    /** ACLED's region names (admin1) matched to the map's codes, ignoring accents and letter case. */
    static final class RegionNames {
        private final Map<String, Integer> byName = new HashMap<>();
        private final int lima;
        private final int limaProvince;

        RegionNames(RegionMap regions) {
            for (int i = 0; i < regions.size(); i++) {
                byName.put(fold(regions.get(i).nameEs()), i);
                byName.put(fold(regions.get(i).nameEn()), i);
            }
            lima = regions.indexOf("PE-LIM").orElse(-1);
            limaProvince = regions.indexOf("PE-LMA").orElse(-1);
            if (lima >= 0) {
                byName.put("lima", lima);
            }
            Integer callao = byName.get("callao");
            if (callao != null) {
                byName.put("el callao", callao);
            }
        }

        int lookup(String admin1) {
            Integer i = byName.get(fold(admin1));
            return i == null ? -1 : i;
        }

        /** ACLED's "Lima" is the department, which the map splits into Lima Region and Lima Province. */
        boolean agree(int named, int actual) {
            return named == actual || named == lima && actual == limaProvince;
        }

        static String fold(String s) {
            String plain = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            return plain.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
        }
    }
}
