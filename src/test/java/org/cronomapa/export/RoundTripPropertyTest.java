package org.cronomapa.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cronomapa.TestData;
import org.cronomapa.io.DatasetFiles;
import org.cronomapa.model.Dataset;
import org.cronomapa.model.Event;
import org.cronomapa.model.EventType;
import org.cronomapa.model.Figure;
import org.cronomapa.model.Source;

/**
 * Generated events whose every text holds commas, quotes, line breaks, accents and symbols, and
 * whose coordinates use every digit a double has, exported to GeoJSON and CSV: both read back to
 * the same records, and writing what was read back gives the same bytes again.
 */
class RoundTripPropertyTest {
    /** Pieces a text is made of: what a CSV or JSON writer must escape, and what it must not touch. */
    private static final Arbitrary<String> TEXT = Arbitraries.of("a", "Z", "7", " ", "\t", ",", "\"", "\"\"", "\n",
            "\r\n", "\r", "á", "ñ", "Perú", "Ñuñoa", "€", "😀", ";", "'", "=1+1", "{", "]", "\\", "/", "\u00a0")
            .list().ofMaxSize(8).map(p -> kept(String.join("", p)));

    /** What both readers keep of a text (data/README.md): spaces and tabs around it dropped, empty as absent. */
    private static String kept(String s) {
        String v = s.replaceAll("\\A[ \\t]+|[ \\t]+\\z", "");
        return v.isEmpty() ? null : v;
    }

    /** A region and a point inside it: Juliaca (Puno), central Lima, and a national figure placed in Junín. */
    private static final Object[][] PLACES = {{"PE-PUN", -70.13, -15.5}, {"PE-LMA", -77.04, -12.05}, {"PE", -75.0, -11.5}};

    @Provide
    Arbitrary<List<Event>> events() {
        Arbitrary<Integer> count = Arbitraries.integers().between(0, 1_000_000);
        Arbitrary<Source> source = Combinators.combine(TEXT, TEXT, TEXT, TEXT, TEXT)
                .as((p, t, d, u, c) -> new Source(p, t, d, "https://example.org/" + (u == null ? "" : u), c));
        Arbitrary<Figure> figure = Combinators.combine(TEXT, count, TEXT).as(Figure::new);
        Arbitrary<LocalDate> date = Arbitraries.integers().between((int) LocalDate.of(1900, 1, 1).toEpochDay(),
                (int) LocalDate.of(2100, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay);
        Arbitrary<Lists> lists = Combinators.combine(Arbitraries.integers().between(0, 3).list().ofSize(2),
                Arbitraries.of(true, false), source.list().ofMaxSize(3), figure.list().ofMaxSize(3)).as(Lists::new);
        // Up to 0.01° off the point, with every digit a double carries.
        Arbitrary<List<Double>> offset = Arbitraries.randomValue(r -> (r.nextDouble() - 0.5) * 0.02).list().ofSize(2);
        Arbitrary<Event> event = Combinators.combine(date, Arbitraries.integers().between(-1, 400),
                Arbitraries.of(EventType.values()), Arbitraries.integers().between(0, PLACES.length - 1), offset,
                TEXT.list().ofSize(6), count.list().ofSize(5), lists).as(RoundTripPropertyTest::event);
        return event.list().ofMinSize(1).ofMaxSize(6);
    }

    /** The generated precisions, verification, sources and figures of an event. */
    record Lists(List<Integer> precisions, boolean unconfirmed, List<Source> sources, List<Figure> figures) {
    }

    private static Event event(LocalDate date, int days, EventType type, int place, List<Double> offset,
            List<String> texts, List<Integer> numbers, Lists lists) {
        LocalDate last = LocalDate.of(2100, 12, 31);
        LocalDate end = days < 0 ? null : date.plusDays(days).isAfter(last) ? last : date.plusDays(days);
        Object[] p = PLACES[place];
        int fatalities = numbers.get(0);
        int injured = numbers.get(2);
        return new Event(kept("e" + (texts.get(0) == null ? "" : texts.get(0))), date, end, type, (String) p[0],
                texts.get(1), (double) p[2] + offset.get(1), (double) p[1] + offset.get(0),
                fatalities, Math.max(fatalities, numbers.get(1)), injured, numbers.get(3), texts.get(2),
                texts.get(3), texts.get(4), lists.sources(), lists.figures(),
                new Event.Details(texts.get(5), Math.max(injured, numbers.get(4)), lists.precisions().get(0),
                        lists.precisions().get(1), lists.unconfirmed()));
    }

    @Property(tries = 150)
    void everyValueSurvivesBothFormats(@ForAll("events") List<Event> generated) throws Exception {
        List<Event> events = unique(generated);
        Path dir = Files.createTempDirectory("roundtrip");
        try {
            Dataset data = DatasetFiles.fromEvents("generated", events, TestData.regions());
            List<Event> expected = records(data);
            Path json = write(data, dir.resolve("a.geojson"));
            Path csv = write(data, dir.resolve("a.csv"));
            Dataset fromJson = DatasetFiles.open(json, TestData.regions());
            Dataset fromCsv = DatasetFiles.open(csv, TestData.regions());
            assertEquals(expected, records(fromJson));
            assertEquals(expected, records(fromCsv));
            assertArrayEquals(Files.readAllBytes(json), Files.readAllBytes(write(fromCsv, dir.resolve("b.geojson"))));
            assertArrayEquals(Files.readAllBytes(csv), Files.readAllBytes(write(fromCsv, dir.resolve("b.csv"))));
            assertArrayEquals(Files.readAllBytes(csv), Files.readAllBytes(write(fromJson, dir.resolve("c.csv"))));
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    /** Ids made unique by their position, as a file needs them. */
    private static List<Event> unique(List<Event> events) {
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            out.add(new Event(i + "-" + e.id(), e.date(), e.endDate(), e.type(), e.region(), e.place(), e.lat(), e.lon(),
                    e.fatalities(), e.fatalitiesMax(), e.injured(), e.count(), e.deathKind(), e.descriptionEs(),
                    e.descriptionEn(), e.sources(), e.figures(), e.details()));
        }
        out.sort(Comparator.comparing(Event::date));
        return out;
    }

    private static Path write(Dataset data, Path file) throws Exception {
        EventExport.write(data, EventExport.allRows(data), file);
        return file;
    }

    private static List<Event> records(Dataset d) {
        List<Event> out = new ArrayList<>();
        for (int row = 0; row < d.events().size(); row++) {
            out.add(d.details().event(d.events().detailKey(row)));
        }
        return out;
    }
}
