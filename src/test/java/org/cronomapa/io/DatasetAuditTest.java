package org.cronomapa.io;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The curated dataset's audit (issue 12): every event has a second reading's verdict, events
 * sharing a place, day and type say why, and every source names its publisher canonically.
 */
class DatasetAuditTest {
    private static final Set<String> VERDICTS = Set.of("confirmed", "corrected", "source_not_found");
    private static List<JsonNode> events;
    private static Map<String, String> verdicts;

    @BeforeAll
    static void load() throws IOException {
        events = new ArrayList<>();
        new ObjectMapper().readTree(Path.of("data/events.geojson").toFile()).path("features").forEach(events::add);
        verdicts = new HashMap<>();
        try (Stream<Path> files = Files.list(Path.of("data/research/audit"))) {
            for (Path csv : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                for (List<String> row : Csv.rows(csv)) {
                    verdicts.put(row.get(0), row.get(1));
                }
            }
        }
    }

    private static String id(JsonNode f) {
        return f.path("properties").path("id").asText();
    }

    @Test
    void everyEventHasAVerdictFromASecondReading() {
        Set<String> missing = new TreeSet<>();
        Set<String> unknown = new TreeSet<>();
        for (JsonNode f : events) {
            String v = verdicts.get(id(f));
            if (v == null) {
                missing.add(id(f));
            } else if (!VERDICTS.contains(v)) {
                unknown.add(id(f) + "=" + v);
            }
        }
        assertTrue(missing.isEmpty(), missing.size() + " events have no audit verdict: " + missing);
        assertTrue(unknown.isEmpty(), "verdicts must be one of " + VERDICTS + ": " + unknown);
    }

    @Test
    void anEventNoSourceConfirmsSaysSo() {
        Set<String> silent = new TreeSet<>();
        for (JsonNode f : events) {
            boolean unconfirmed = "unconfirmed".equals(f.path("properties").path("verification").asText());
            if ("source_not_found".equals(verdicts.get(id(f))) != unconfirmed) {
                silent.add(id(f));
            }
        }
        assertTrue(silent.isEmpty(), "verdict source_not_found and verification=unconfirmed must go together: " + silent);
    }

    /**
     * Two events of one type on one day in one region share a place when they name the same place
     * or sit on the same point (within about 100 m); then one of them must name the other in its
     * {@code distinct_from}, and the descriptions say how they differ.
     */
    @Test
    void eventsSharingPlaceDayAndTypeSayWhy() {
        Map<String, List<JsonNode>> byDay = new HashMap<>();
        for (JsonNode f : events) {
            JsonNode p = f.path("properties");
            byDay.computeIfAbsent(p.path("date").asText() + "|" + p.path("type").asText() + "|" + p.path("region").asText(),
                    k -> new ArrayList<>()).add(f);
        }
        Set<String> unexplained = new TreeSet<>();
        for (List<JsonNode> same : byDay.values()) {
            for (int i = 0; i < same.size(); i++) {
                for (int j = i + 1; j < same.size(); j++) {
                    JsonNode a = same.get(i);
                    JsonNode b = same.get(j);
                    if (samePlace(a, b) && !distinctFrom(a).contains(id(b)) && !distinctFrom(b).contains(id(a))) {
                        unexplained.add(id(a) + " = " + id(b));
                    }
                }
            }
        }
        assertTrue(unexplained.isEmpty(), "same place, day and type without distinct_from: " + unexplained);
    }

    private static boolean samePlace(JsonNode a, JsonNode b) {
        String pa = a.path("properties").path("place").asText("");
        JsonNode ca = a.path("geometry").path("coordinates");
        JsonNode cb = b.path("geometry").path("coordinates");
        return !pa.isEmpty() && pa.equals(b.path("properties").path("place").asText(""))
                || Math.hypot(ca.get(0).asDouble() - cb.get(0).asDouble(), ca.get(1).asDouble() - cb.get(1).asDouble()) < 0.001;
    }

    private static String distinctFrom(JsonNode f) {
        return f.path("properties").path("distinct_from").asText("");
    }

    @Test
    void everyPublisherIsInTheCanonicalTable() throws IOException {
        Map<String, Set<String>> domains = new HashMap<>();
        for (List<String> row : Csv.rows(Path.of("data/publishers.csv"))) {
            assertTrue(Set.of("original", "copy").contains(row.get(1)), "kind of " + row.get(0) + ": " + row.get(1));
            domains.put(row.get(0), Set.of(row.get(2).split(" ")));
        }
        Set<String> wrong = new TreeSet<>();
        for (JsonNode f : events) {
            for (JsonNode s : f.path("properties").path("sources")) {
                String publisher = s.path("publisher").asText();
                String host = URI.create(s.path("url").asText()).getHost();
                Set<String> known = domains.get(publisher);
                if (known == null) {
                    wrong.add(publisher + " (not in data/publishers.csv)");
                } else if (known.stream().noneMatch(d -> host.equals(d) || host.endsWith("." + d))) {
                    wrong.add(publisher + " at " + host + " (not one of its domains " + known + ")");
                }
            }
        }
        assertTrue(wrong.isEmpty(), "sources whose publisher is not canonical: " + wrong);
    }

    /** A small RFC 4180 reader for the research tables (quoted fields, doubled quotes, commas inside). */
    static final class Csv {
        static List<List<String>> rows(Path file) throws IOException {
            String text = Files.readString(file);
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n') {
                    row.add(field.toString().replace("\r", ""));
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else {
                    field.append(c);
                }
            }
            if (field.length() > 0 || !row.isEmpty()) {
                row.add(field.toString());
                rows.add(row);
            }
            return rows.subList(1, rows.size()).stream().filter(r -> r.size() > 1).toList();
        }
    }
}
