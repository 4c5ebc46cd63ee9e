package org.cronomapa.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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
    private static final ObjectMapper JSON = new ObjectMapper();

    private EventsGeoJson() {
    }

    public static List<Event> read(Path file, RegionMap regions) throws InputFileException {
        return read(file.toString(), InputFiles.readChecked(file), regions);
    }

    static List<Event> read(String name, byte[] bytes, RegionMap regions) throws InputFileException {
        InputFiles.checkText(name, bytes);
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            String at = where == null ? name : name + ":" + where.getLineNr() + ":" + where.getColumnNr();
            throw new InputFileException(at, "json", "malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputFileException(name, "file", "cannot read: " + e.getMessage());
        }
        if (root == null || !"FeatureCollection".equals(root.path("type").asText()) || !root.path("features").isArray()) {
            throw new InputFileException(name, "type", "not a GeoJSON FeatureCollection with a 'features' array");
        }
        JsonNode version = root.path("format_version");
        if (!version.isMissingNode() && version.asInt() > FORMAT_VERSION) {
            throw new InputFileException(name, "format_version", "version " + version.asText()
                    + " is newer than this Cronomapa reads (" + FORMAT_VERSION + ")");
        }
        ProblemLog log = new ProblemLog();
        RowChecker check = new RowChecker(regions, log);
        List<Event> events = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        JsonNode features = root.path("features");
        for (int i = 0; i < features.size(); i++) {
            check.at(name + "#" + i);
            long before = log.total();
            Event e = feature(features.get(i), check);
            if (e != null) {
                Integer first = seen.putIfAbsent(e.id(), i);
                if (first != null) {
                    check.problem("id", "duplicate id '" + e.id() + "' (first used by feature " + first + ")");
                }
                events.add(e);
            }
            log.row(log.total() > before);
        }
        if (features.isEmpty()) {
            log.add(name, "features", "the collection holds no events");
        }
        if (!log.isEmpty()) {
            throw log.refusal();
        }
        return events;
    }

    private static Event feature(JsonNode f, RowChecker check) {
        JsonNode geometry = f.path("geometry");
        JsonNode coords = geometry.path("coordinates");
        if (!"Point".equals(geometry.path("type").asText()) || coords.size() < 2 || !coords.get(0).isNumber()
                || !coords.get(1).isNumber()) {
            check.problem("geometry", "each feature must be a Point with [lon, lat] coordinates");
            return null;
        }
        JsonNode p = f.path("properties");
        String id = check.required("id", text(p, "id"));
        LocalDate date = check.date("date", text(p, "date"), true);
        LocalDate end = check.date("end_date", text(p, "end_date"), false);
        check.endAfterStart(date, end);
        EventType type = check.type(text(p, "type"));
        Integer region = check.region(text(p, "region"));
        double lon = check.coordinate("lon", coords.get(0).asDouble(), -180, 180);
        double lat = check.coordinate("lat", coords.get(1).asDouble(), -90, 90);
        check.placeInRegion(region, lon, lat);
        int fatalities = check.count("fatalities", text(p, "fatalities"));
        int fatalitiesMax = check.count("fatalities_max", text(p, "fatalities_max"));
        int injured = check.count("injured", text(p, "injured"));
        int injuredMax = check.count("injured_max", text(p, "injured_max"));
        int count = check.count("count", text(p, "count"));
        List<Source> sources = sources(p.path("sources"), check);
        if (id == null || date == null || type == null || region == null || Double.isNaN(lon) || Double.isNaN(lat)) {
            return null;
        }
        return new Event(id, date, end, type, p.path("region").asText(), text(p, "place"), lat, lon, fatalities,
                Math.max(fatalities, fatalitiesMax), injured, count, text(p, "death_kind"), text(p, "description_es"),
                text(p, "description_en"), sources, figures(p.path("figures")),
                new Event.Details(text(p, "road"), Math.max(injured, injuredMax), p.path("geo_precision").asInt(0),
                        p.path("time_precision").asInt(0)));
    }

    private static List<Source> sources(JsonNode list, RowChecker check) {
        List<Source> out = new ArrayList<>();
        for (JsonNode s : list) {
            String url = text(s, "url");
            if (url == null || !(url.startsWith("https://") || url.startsWith("http://"))) {
                check.problem("sources", "a source needs a web address starting with https:// (or http://)");
            }
            out.add(new Source(text(s, "publisher"), text(s, "title"), text(s, "date"), url));
        }
        return out;
    }

    private static List<Figure> figures(JsonNode list) {
        List<Figure> out = new ArrayList<>();
        for (JsonNode f : list) {
            out.add(new Figure(text(f, "field"), f.path("value").asInt(), text(f, "by")));
        }
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
