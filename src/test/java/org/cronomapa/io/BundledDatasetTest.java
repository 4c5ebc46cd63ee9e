package org.cronomapa.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cronomapa.TestData;
import org.cronomapa.model.Event;
import org.cronomapa.model.EventType;
import org.cronomapa.model.Source;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The curated data/events.geojson: valid, inside the wave, every event sourced and described twice. */
class BundledDatasetTest {
    private static final LocalDate FIRST = LocalDate.of(2022, 12, 7);
    private static final LocalDate LAST = LocalDate.of(2023, 3, 31);
    private static final Set<String> DEATH_KINDS = Set.of("civilian_security_forces", "security_forces_member",
            "blockade_related", "accident", "other");
    private static List<Event> events;
    private static JsonNode raw;

    @BeforeAll
    static void load() throws Exception {
        Path file = Path.of("data/events.geojson");
        events = EventsGeoJson.read(file, TestData.regions());
        raw = new ObjectMapper().readTree(Files.readAllBytes(file));
    }

    @Test
    void schemaVersionAndCount() {
        assertEquals(EventsGeoJson.FORMAT_VERSION, raw.path("format_version").asInt());
        assertTrue(events.size() >= 300, "the curated wave has several hundred events, found " + events.size());
    }

    @Test
    void everyDateIsInsideTheWave() {
        for (Event e : events) {
            assertTrue(!e.date().isBefore(FIRST) && !e.lastDay().isAfter(LAST.plusMonths(2)), e.id() + " " + e.date());
            assertTrue(!e.date().isAfter(LAST), e.id() + " starts after " + LAST);
        }
    }

    @Test
    void everyEventHasAnHttpsSourceWithPublisherTitleAndDate() {
        for (Event e : events) {
            assertTrue(!e.sources().isEmpty(), e.id() + " has no source");
            for (Source s : e.sources()) {
                assertTrue(s.url().startsWith("https://"), e.id() + " " + s.url());
                assertTrue(s.publisher() != null && s.title() != null && s.date() != null, e.id() + " source fields");
            }
        }
    }

    @Test
    void everyEventIsDescribedInBothLanguages() {
        for (Event e : events) {
            assertTrue(e.descriptionEs() != null && e.descriptionEs().length() > 20, e.id() + " description_es");
            assertTrue(e.descriptionEn() != null && e.descriptionEn().length() > 20, e.id() + " description_en");
            assertTrue(!e.descriptionEs().equals(e.descriptionEn()), e.id() + " descriptions are translations");
        }
    }

    @Test
    void precisionIsStated() {
        for (JsonNode f : raw.path("features")) {
            JsonNode p = f.path("properties");
            assertTrue(Set.of(1, 2, 3).contains(p.path("geo_precision").asInt()), p.path("id") + " geo_precision");
            assertTrue(Set.of(1, 2, 3).contains(p.path("time_precision").asInt()), p.path("id") + " time_precision");
        }
    }

    @Test
    void killingsSayWhichKindOfDeathAndHowMany() {
        int killings = 0;
        for (Event e : events) {
            if (e.type() == EventType.KILLING) {
                killings++;
                assertTrue(e.fatalities() > 0, e.id());
                assertTrue(DEATH_KINDS.contains(e.deathKind()), e.id() + " death_kind " + e.deathKind());
                assertTrue(e.fatalitiesMax() >= e.fatalities(), e.id());
            }
        }
        assertTrue(killings >= 20);
    }

    @Test
    void disagreeingFiguresSayWhoGaveTheLowestAndTheHighest() {
        for (JsonNode f : raw.path("features")) {
            JsonNode p = f.path("properties");
            for (String field : List.of("fatalities", "injured")) {
                if (!p.has(field + "_max")) {
                    continue;
                }
                Set<Integer> given = new HashSet<>();
                for (JsonNode figure : p.path("figures")) {
                    if (field.equals(figure.path("field").asText()) && !figure.path("by").asText().isBlank()) {
                        given.add(figure.path("value").asInt());
                    }
                }
                String what = p.path("id").asText() + " " + field + " " + p.path(field).asInt() + "–"
                        + p.path(field + "_max").asInt() + ", figures " + given;
                assertTrue(p.path(field + "_max").asInt() > p.path(field).asInt(), what);
                assertTrue(given.contains(p.path(field).asInt()) && given.contains(p.path(field + "_max").asInt()), what);
            }
        }
    }

    @Test
    void idsAreUnique() {
        Set<String> ids = new HashSet<>();
        for (Event e : events) {
            assertTrue(ids.add(e.id()), "duplicate " + e.id());
        }
    }

    @Test
    void noEventIsRecordedTwice() {
        Set<String> seen = new HashSet<>();
        for (Event e : events) {
            String key = e.date() + "|" + e.region() + "|" + e.type() + "|" + e.place();
            assertTrue(seen.add(key), "same date, region, type and place twice: " + key);
        }
    }

    @Test
    void everySeedOccurrenceMapsToExistingEvents() throws Exception {
        Set<String> ids = new HashSet<>();
        events.forEach(e -> ids.add(e.id()));
        List<String> rows = Files.readAllLines(Path.of("data/seed-coverage.csv"));
        List<String> missing = new ArrayList<>();
        Set<String> seeds = new HashSet<>();
        for (String row : rows.subList(1, rows.size())) {
            if (row.isBlank()) {
                continue;
            }
            String[] cols = row.split(",", 3);
            seeds.add(cols[0]);
            for (String id : cols[1].trim().split("\\s+")) {
                if (!id.isEmpty() && !ids.contains(id)) {
                    missing.add(cols[0] + ":" + id);
                }
            }
        }
        assertTrue(missing.isEmpty(), "seed-coverage.csv names events that do not exist: " + missing);
        assertEquals(35, seeds.size(), "one row per seed S1..S35");
    }
}
