package org.cronomapa.filter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.cronomapa.TestData;
import org.cronomapa.model.Dataset;
import org.cronomapa.model.Event;
import org.cronomapa.model.EventColumns;
import org.cronomapa.model.EventType;
import org.cronomapa.model.RegionMap;
import org.cronomapa.timeline.Metric;
import org.cronomapa.timeline.TimeIndex;
import org.junit.jupiter.api.Test;

/** The filter's rows and counts against a brute-force pass over the raw rows, for random filters and days. */
class FilteredTest {
    private static final int REGIONS = 5;
    private static final String[] PLACES = {"Juliaca", "Puno", "Cusco", "Lima", "Ayacucho", "Andahuaylas"};
    private static final String[] WORDS = {"bloqueo", "marcha", "Paro", "enfrentamiento", "Aeropuerto", "puente"};

    record Row(int day, int duration, int region, int type, int dead, int hurt, int place, int word) {
    }

    @Provide
    Arbitrary<List<Row>> rows() {
        Arbitrary<Row> row = Combinators.combine(Arbitraries.integers().between(19000, 19060),
                Arbitraries.integers().between(0, 3).map(d -> d == 3 ? 10 : 0), Arbitraries.integers().between(-1, REGIONS - 1),
                Arbitraries.integers().between(0, EventType.count() - 1), Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, PLACES.length - 1),
                Arbitraries.integers().between(0, WORDS.length - 1)).as(Row::new);
        return row.list().ofMinSize(1).ofMaxSize(200);
    }

    @Provide
    Arbitrary<Filter> filters() {
        Arbitrary<Set<EventType>> types = Arbitraries.of(EventType.class).set().ofMaxSize(3);
        Arbitrary<Set<String>> regions = Arbitraries.integers().between(-1, REGIONS - 1)
                .map(r -> r < 0 ? RegionMap.NATIONAL : TestData.regions().get(r).code()).set().ofMaxSize(3);
        Arbitrary<Integer> minDeaths = Arbitraries.integers().between(0, 3).map(n -> n == 3 ? 0 : n);
        Arbitrary<String> search = Arbitraries.of("", "", "juliaca", "JULIACÁ", "puno", "paro", "aeropuerto", "zz", "a");
        Arbitrary<Integer> from = Arbitraries.integers().between(18990, 19070);
        Arbitrary<Integer> span = Arbitraries.integers().between(-1, 40);
        return Combinators.combine(types, regions, minDeaths, search, from, span, Arbitraries.integers().between(0, 3))
                .as((t, r, m, s, f, len, open) -> new Filter(t, r, m, s,
                        open == 1 || len < 0 ? null : LocalDate.ofEpochDay(f),
                        open == 2 || len < 0 ? null : LocalDate.ofEpochDay(f + len)));
    }

    /** A dataset whose row {@code i} is {@code rows.get(i)}'s event (details keyed by the input order). */
    private static Dataset dataset(List<Row> rows) {
        EventColumns.Builder b = new EventColumns.Builder();
        List<Event> records = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            b.add(r.day, r.day + r.duration, r.region, r.type, 0, 0, r.dead, r.hurt, 0, i);
            records.add(new Event("e" + i, LocalDate.ofEpochDay(r.day), null, EventType.ofIndex(r.type), "PE",
                    PLACES[r.place], 0, 0, r.dead, r.dead, r.hurt, 0, null, WORDS[r.word] + " en la vía",
                    i % 2 == 0 ? null : "road " + WORDS[r.word], null, null, null));
        }
        return new Dataset("test", TestData.regions(), b.build(), key -> records.get(key));
    }

    /** The filter's meaning, written plainly from the record and the columns. */
    private static boolean passes(Filter f, Dataset d, int row) {
        EventColumns c = d.events();
        Event e = d.event(row);
        String code = c.region(row) < 0 ? RegionMap.NATIONAL : d.regions().get(c.region(row)).code();
        String needle = Filter.fold(f.search());
        LocalDate start = LocalDate.ofEpochDay(c.day(row));
        return (f.types().isEmpty() || f.types().contains(EventType.ofIndex(c.type(row))))
                && (f.regions().isEmpty() || f.regions().contains(code))
                && c.fatalities(row) >= f.minDeaths()
                && (needle.isEmpty() || Filter.fold(e.place()).contains(needle)
                        || Filter.fold(e.descriptionEs()).contains(needle) || Filter.fold(e.descriptionEn()).contains(needle))
                && (f.from() == null || !start.isBefore(f.from())) && (f.to() == null || !start.isAfter(f.to()));
    }

    @Property(tries = 400)
    void countsMatchBruteForce(@ForAll("rows") List<Row> rows, @ForAll("filters") Filter filter,
            @ForAll @IntRange(min = 18990, max = 19080) int day) {
        Dataset d = dataset(rows);
        TimeIndex index = new TimeIndex(d.events(), REGIONS);
        Filtered filtered = Filtered.of(d, index, filter);
        EventColumns c = d.events();
        long total = 0;
        double[] events = filtered.aggregate(day, Metric.EVENTS, new double[REGIONS]);
        double[] deaths = filtered.aggregate(day, Metric.FATALITIES, new double[REGIONS]);
        for (int r = -1; r < REGIONS; r++) {
            long dead = 0;
            long hurt = 0;
            int all = 0;
            for (int t = 0; t < EventType.count(); t++) {
                int expected = 0;
                for (int i = 0; i < c.size(); i++) {
                    if (c.region(i) == r && c.type(i) == t && c.day(i) <= day && passes(filter, d, i)) {
                        expected++;
                        dead += c.fatalities(i);
                        hurt += c.injured(i);
                    }
                }
                assertEquals(expected, filtered.cumulative(day, r, t), "region " + r + " type " + t);
                all += expected;
            }
            assertEquals(all, filtered.cumulativeEvents(day, r));
            assertEquals(dead, filtered.cumulativeFatalities(day, r));
            assertEquals(hurt, filtered.cumulativeInjured(day, r));
            if (r >= 0) {
                assertEquals(all, events[r]);
                assertEquals(dead, deaths[r]);
            }
            total += all;
        }
        assertEquals(total, filtered.cumulativeTotal(day));
        int[] onDay = new int[EventType.count()];
        for (int i = 0; i < c.size(); i++) {
            if (c.day(i) == day && passes(filter, d, i)) {
                onDay[c.type(i)]++;
            }
        }
        for (int t = 0; t < EventType.count(); t++) {
            assertEquals(onDay[t], filtered.onDay(day, t));
        }
    }

    @Property(tries = 400)
    void visibleRowsMatchBruteForce(@ForAll("rows") List<Row> rows, @ForAll("filters") Filter filter,
            @ForAll @IntRange(min = 18990, max = 19080) int day, @ForAll @IntRange(min = 1, max = 30) int length) {
        Dataset d = dataset(rows);
        Filtered filtered = Filtered.of(d, new TimeIndex(d.events(), REGIONS), filter);
        EventColumns c = d.events();
        int window = length == 30 ? TimeIndex.ALL_SO_FAR : length;
        int[] expected = IntStream.range(0, c.size()).filter(i -> c.day(i) <= day
                && (window == TimeIndex.ALL_SO_FAR || c.endDay(i) >= day - window + 1) && passes(filter, d, i)).toArray();
        assertArrayEquals(expected, filtered.at(day, window).rows());
        assertArrayEquals(IntStream.range(0, c.size()).filter(i -> passes(filter, d, i)).toArray(), filtered.rows());
    }

    @Property(tries = 200)
    void allIsTheIndexItself(@ForAll("rows") List<Row> rows, @ForAll @IntRange(min = 18990, max = 19080) int day) {
        Dataset d = dataset(rows);
        TimeIndex index = new TimeIndex(d.events(), REGIONS);
        Filtered all = Filtered.of(d, index, Filter.ALL);
        assertArrayEquals(index.aggregate(day, Metric.EVENTS, new double[REGIONS]),
                all.aggregate(day, Metric.EVENTS, new double[REGIONS]));
        assertEquals(index.cumulativeTotal(day), all.cumulativeTotal(day));
        assertEquals(index.maxOverTime(Metric.FATALITIES), all.maxOverTime(Metric.FATALITIES));
        assertEquals(index.firstDay(), all.firstDay());
        assertEquals(index.lastDay(), all.lastDay());
    }

    @Property(tries = 200)
    void playbackRangeIsTheDataWithinTheDates(@ForAll("rows") List<Row> rows, @ForAll("filters") Filter filter) {
        Dataset d = dataset(rows);
        TimeIndex index = new TimeIndex(d.events(), REGIONS);
        Filtered f = Filtered.of(d, index, filter);
        assertTrue(f.firstDay() >= index.firstDay() && f.lastDay() <= index.lastDay() && f.firstDay() <= f.lastDay());
        if (f.rangeHoldsData()) {
            assertTrue(filter.from() == null || f.firstDay() >= filter.from().toEpochDay());
            assertTrue(filter.to() == null || f.lastDay() <= filter.to().toEpochDay());
        }
    }

    @Test
    void searchIgnoresCaseAndAccentsAndIsKeptWhenOnlyTheRestChanges() {
        List<Row> rows = List.of(new Row(19000, 0, 0, 0, 0, 0, 0, 0), new Row(19001, 0, 1, 1, 2, 0, 1, 1));
        Dataset d = dataset(rows);
        TimeIndex index = new TimeIndex(d.events(), REGIONS);
        Filtered juliaca = Filtered.of(d, index, Filter.ALL.withSearch("  JULIACÁ "));
        assertArrayEquals(new int[] {0}, juliaca.rows());
        Filtered again = Filtered.of(d, index, juliaca.filter().withMinDeaths(1), juliaca);
        assertArrayEquals(new int[0], again.rows());
        assertArrayEquals(new int[] {1}, Filtered.of(d, index, Filter.ALL.withSearch("Marcha")).rows());
    }

    @Test
    void aValueWithWithersAndARangeThatEndsBeforeItStartsIsRefused() {
        Filter f = Filter.ALL.withTypes(Set.of(EventType.MARCH)).withRegions(new HashSet<>(List.of("PE-PUN")))
                .withMinDeaths(-3).withSearch(null);
        assertEquals(Set.of(EventType.MARCH), f.types());
        assertEquals(0, f.minDeaths());
        assertEquals("", f.search());
        assertTrue(Filter.ALL.withTypes(Set.of()).isAll());
        assertThrows(IllegalArgumentException.class,
                () -> Filter.ALL.withDates(LocalDate.of(2023, 2, 1), LocalDate.of(2023, 1, 1)));
    }
}
