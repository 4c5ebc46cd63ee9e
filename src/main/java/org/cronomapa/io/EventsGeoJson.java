package org.cronomapa.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cronomapa.model.Event;
import org.cronomapa.model.EventType;
import org.cronomapa.model.Figure;
import org.cronomapa.model.Problem;
import org.cronomapa.model.RegionMap;
import org.cronomapa.model.Source;

/**
 * Reads Cronomapa's native event file: a GeoJSON FeatureCollection of Points whose
 * {@code format_version} is 1. The format is documented in {@code data/README.md}.
 */
public final class EventsGeoJson {
    public static final int FORMAT_VERSION = 1;

    private EventsGeoJson() {
    }

    public static List<Event> read(Path file, RegionMap regions) throws InputFileException {
        return read(file.toString(), InputFiles.readChecked(file), regions);
    }

    static List<Event> read(String name, byte[] bytes, RegionMap regions) throws InputFileException {
        return parse(name, bytes, regions, false).events;
    }

    /** With {@code skipBadRows}, a file whose features have problems loads the valid ones and reports the rest. */
    static Loaded read(Path file, RegionMap regions, boolean skipBadRows) throws InputFileException {
        String name = file.toString();
        Parsed p = parse(name, InputFiles.readChecked(file), regions, skipBadRows);
        String title = file.getFileName() == null ? name : file.getFileName().toString();
        return new Loaded(DatasetFiles.fromEvents(title, p.events, regions), p.log.report(),
                org.cronomapa.model.ProblemReport.of(List.of()));
    }

    private record Parsed(List<Event> events, ProblemLog log) {
    }

    private static Parsed parse(String name, byte[] bytes, RegionMap regions, boolean skipBadRows) throws InputFileException {
        JsonNode root = JsonFiles.parse(name, bytes);
        if (root == null || !"FeatureCollection".equals(root.path("type").asText()) || !root.path("features").isArray()) {
            throw InputFileException.of(name, "type", "problem.geojson.notCollection");
        }
        JsonNode version = root.path("format_version");
        if (!version.isMissingNode() && version.asInt() > FORMAT_VERSION) {
            throw InputFileException.of(name, "format_version", "problem.geojson.version", version.asText(),
                    String.valueOf(FORMAT_VERSION));
        }
        ProblemLog log = new ProblemLog();
        RowChecker check = new RowChecker(regions, log);
        List<Event> events = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        JsonNode features = root.path("features");
        for (int i = 0; i < features.size(); i++) {
            check.at(name + "#" + i);
            long before = log.total();
            Event e = feature(features.get(i), check, regions);
            if (e != null) {
                Integer first = seen.putIfAbsent(e.id(), i);
                if (first != null) {
                    check.problem("id", "problem.id.duplicateFeature", e.id(), String.valueOf(first));
                } else {
                    events.add(e);
                }
            }
            log.row(log.total() > before);
        }
        if (features.isEmpty()) {
            log.add(name, "features", "problem.geojson.noEvents");
        }
        if (!log.isEmpty() && (!skipBadRows || events.isEmpty())) {
            throw log.refusal();
        }
        return new Parsed(events, log);
    }

    private static Event feature(JsonNode f, RowChecker check, RegionMap regions) {
        if (!f.isObject()) {
            check.problem("feature", "problem.geojson.featureNotObject", kind(f));
            return null;
        }
        double[] point = point(f.get("geometry"), check);
        JsonNode p = f.get("properties");
        if (p == null || !p.isObject()) {
            check.problem("properties", "problem.geojson.properties", kind(p));
            return null;
        }
        long before = check.problems();
        byte[] id = field(p, "id", check);
        byte[] date = field(p, "date", check);
        byte[] endDate = field(p, "end_date", check);
        byte[] type = field(p, "type", check);
        byte[] region = field(p, "region", check);
        if (check.problems() > before) {
            return null;
        }
        check.required("id", id, 0, id.length);
        int day = check.date("date", date, 0, date.length, true);
        int end = check.date("end_date", endDate, 0, endDate.length, false);
        check.endAfterStart(day, end);
        int t = check.type(type, 0, type.length);
        int r = check.region(region, 0, region.length);
        int fatalities = count(p, "fatalities", check);
        int fatalitiesMax = count(p, "fatalities_max", check);
        int injured = count(p, "injured", check);
        int injuredMax = count(p, "injured_max", check);
        int count = count(p, "count", check);
        int geoPrecision = count(p, "geo_precision", check);
        int timePrecision = count(p, "time_precision", check);
        List<Source> sources = sources(p.get("sources"), check);
        List<Figure> figures = figures(p.get("figures"), check);
        if (point != null) {
            point[0] = check.coordinate("lon", point[0], -180, 180);
            point[1] = check.coordinate("lat", point[1], -90, 90);
        }
        if (check.problems() > before || point == null) {
            return null;
        }
        check.placeInRegion(r, point[0], point[1]);
        if (check.problems() > before) {
            return null;
        }
        String code = r == RegionMap.NATIONAL_INDEX ? RegionMap.NATIONAL : regions.get(r).code();
        return new Event(RowChecker.textValue(new String(id, StandardCharsets.UTF_8)), LocalDate.ofEpochDay(day),
                end == RowChecker.ABSENT ? null : LocalDate.ofEpochDay(end), EventType.ofIndex(t), code,
                text(p, "place"), point[1], point[0], fatalities, Math.max(fatalities, fatalitiesMax), injured, count,
                text(p, "death_kind"), text(p, "description_es"), text(p, "description_en"), sources, figures,
                new Event.Details(text(p, "road"), Math.max(injured, injuredMax), geoPrecision, timePrecision,
                        "unconfirmed".equals(text(p, "verification"))));
    }

    /** {@code [lon, lat]} of a Point (a third, altitude, value is allowed and ignored), or null with a problem. */
    private static double[] point(JsonNode geometry, RowChecker check) {
        if (geometry == null || !geometry.isObject()) {
            check.problem("geometry", "problem.geojson.noPoint", kind(geometry));
            return null;
        }
        JsonNode coords = geometry.get("coordinates");
        if (!"Point".equals(geometry.path("type").asText())) {
            JsonNode type = geometry.path("type");
            if (type.isMissingNode() || type.isNull()) {
                check.problem("geometry", "problem.geojson.noType");
            } else {
                check.problem("geometry", "problem.geojson.notPoint", type.asText());
            }
            return null;
        }
        if (coords == null || !coords.isArray() || coords.size() < 2 || coords.size() > 3
                || !coords.get(0).isNumber() || !coords.get(1).isNumber()) {
            check.problem("geometry", "problem.geojson.pointCoordinates");
            return null;
        }
        return new double[] {coords.get(0).asDouble(), coords.get(1).asDouble()};
    }

    /**
     * A property's UTF-8 bytes for the field rules: empty when absent or null, the text of a string
     * or a number; null, with a problem, for an object, array or boolean.
     */
    private static byte[] field(JsonNode p, String name, RowChecker check) {
        JsonNode v = p.get(name);
        if (v == null || v.isNull()) {
            return new byte[0];
        }
        if (v.isTextual()) {
            return v.textValue().getBytes(StandardCharsets.UTF_8);
        }
        if (v.isNumber()) {
            String text = v.isIntegralNumber() || v.doubleValue() != Math.rint(v.doubleValue())
                    || !Double.isFinite(v.doubleValue()) ? v.asText() : Long.toString((long) v.doubleValue());
            return text.getBytes(StandardCharsets.US_ASCII);
        }
        check.problem(name, "problem.geojson.textOrNumber", kind(v));
        return null;
    }

    private static int count(JsonNode p, String name, RowChecker check) {
        byte[] b = field(p, name, check);
        return b == null ? -1 : check.count(name, b, 0, b.length);
    }

    private static String kind(JsonNode v) {
        return JsonFiles.kind(v);
    }

    private static List<Source> sources(JsonNode list, RowChecker check) {
        List<Source> out = new ArrayList<>();
        if (list == null || list.isNull()) {
            return out;
        }
        if (!list.isArray()) {
            check.problem("sources", "problem.geojson.sourcesList", kind(list));
            return out;
        }
        for (JsonNode s : list) {
            if (!s.isObject()) {
                check.problem("sources", "problem.geojson.source", kind(s));
                continue;
            }
            String url = text(s, "url");
            check.url("sources", url);
            out.add(new Source(text(s, "publisher"), text(s, "title"), text(s, "date"), url, text(s, "credit")));
        }
        return out;
    }

    private static List<Figure> figures(JsonNode list, RowChecker check) {
        List<Figure> out = new ArrayList<>();
        if (list == null || list.isNull()) {
            return out;
        }
        if (!list.isArray()) {
            check.problem("figures", "problem.geojson.figuresList", kind(list));
            return out;
        }
        for (JsonNode f : list) {
            if (!f.isObject()) {
                check.problem("figures", "problem.geojson.figure", kind(f));
                continue;
            }
            int value = count(f, "value", check);
            out.add(new Figure(text(f, "field"), Math.max(0, value), text(f, "by")));
        }
        return out;
    }

    /**
     * A text property as the CSV reader would keep it ({@link RowChecker#textValue}), or null; a
     * value of another JSON type is given as its JSON text.
     */
    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : RowChecker.textValue(v.isValueNode() ? v.asText() : v.toString());
    }
}
