package org.cronomapa.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.cronomapa.TestData;
import org.cronomapa.filter.Filter;
import org.cronomapa.filter.Filtered;
import org.cronomapa.model.Dataset;
import org.cronomapa.model.Event;
import org.cronomapa.model.EventColumns;
import org.cronomapa.model.EventType;
import org.cronomapa.model.RegionMap;
import org.cronomapa.timeline.TimeIndex;

/** The charts' series through a random filter equal plain counts over the rows the filter shows. */
class FilteredSeriesTest {
    private static final int REGIONS = 5;
    private static final String[] PLACES = {"Juliaca", "Puno", "Cusco", "Lima"};

    record Row(int day, int duration, int region, int type, int dead, int place) {
    }

    @Provide
    Arbitrary<List<Row>> rows() {
        Arbitrary<Row> row = Combinators.combine(Arbitraries.integers().between(19000, 19040),
                Arbitraries.integers().between(0, 3).map(d -> d == 3 ? 8 : 0), Arbitraries.integers().between(-1, REGIONS - 1),
                Arbitraries.integers().between(0, EventType.count() - 1), Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, PLACES.length - 1)).as(Row::new);
        return row.list().ofMinSize(1).ofMaxSize(150);
    }

    @Provide
    Arbitrary<Filter> filters() {
        Arbitrary<Set<EventType>> types = Arbitraries.of(EventType.class).set().ofMaxSize(3);
        Arbitrary<Set<String>> regions = Arbitraries.integers().between(-1, REGIONS - 1)
                .map(r -> r < 0 ? RegionMap.NATIONAL : TestData.regions().get(r).code()).set().ofMaxSize(3);
        Arbitrary<Integer> minDeaths = Arbitraries.integers().between(0, 3).map(n -> n == 3 ? 0 : n);
        Arbitrary<String> search = Arbitraries.of("", "", "juliaca", "PUNO", "zz");
        Arbitrary<Integer> from = Arbitraries.integers().between(18995, 19045);
        Arbitrary<Integer> span = Arbitraries.integers().between(-1, 30);
        return Combinators.combine(types, regions, minDeaths, search, from, span)
                .as((t, r, m, s, f, len) -> new Filter(t, r, m, s, len < 0 ? null : LocalDate.ofEpochDay(f),
                        len < 0 ? null : LocalDate.ofEpochDay(f + len)));
    }

    private static Dataset dataset(List<Row> rows) {
        EventColumns.Builder b = new EventColumns.Builder();
        List<Event> records = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            b.add(r.day, r.day + r.duration, r.region, r.type, 0, 0, r.dead, 0, 0, i);
            records.add(new Event("e" + i, LocalDate.ofEpochDay(r.day), null, EventType.ofIndex(r.type), "PE",
                    PLACES[r.place], 0, 0, r.dead, r.dead, 0, 0, null, "bloqueo", null, null, null, null));
        }
        return new Dataset("test", TestData.regions(), b.build(), key -> records.get(key));
    }

    @Property(tries = 300)
    void seriesCountOnlyTheRowsTheFilterShows(@ForAll("rows") List<Row> rows, @ForAll("filters") Filter filter,
            @ForAll @IntRange(min = -1, max = REGIONS) int scope) {
        Dataset d = dataset(rows);
        Filtered shown = Filtered.of(d, new TimeIndex(d.events(), REGIONS), filter);
        int region = scope == REGIONS ? DailySeries.NATIONAL : scope;
        DailySeries s = region == DailySeries.NATIONAL ? DailySeries.national(shown, List.of())
                : DailySeries.region(shown, region);
        EventColumns c = d.events();
        TimeIndex index = shown.index();
        assertEquals(index.firstDay(), s.firstDay());
        assertEquals(index.days(), s.days());
        for (int k = 0; k < s.days(); k++) {
            int day = s.firstDay() + k;
            int[] byType = new int[EventType.count()];
            long deaths = 0;
            Set<Integer> active = new HashSet<>();
            for (int i = 0; i < c.size(); i++) {
                if (!shown.shows(i)) {
                    continue;
                }
                boolean mine = region == DailySeries.NATIONAL || c.region(i) == region;
                if (mine && c.day(i) == day) {
                    byType[c.type(i)]++;
                }
                if (mine && c.day(i) <= day) {
                    deaths += c.fatalities(i);
                }
                if (c.region(i) >= 0 && c.day(i) <= day && c.endDay(i) >= day) {
                    active.add(c.region(i));
                }
            }
            assertArrayEquals(byType, s.eventsByType()[k], "day " + day);
            assertEquals(deaths, s.deathsSoFar()[k], "deaths on " + day);
            assertEquals(active.size(), s.activeRegions()[k], "active regions on " + day);
        }
    }

    @Property(tries = 100)
    void withNoFilterTheSeriesIsTheIndexs(@ForAll("rows") List<Row> rows) {
        Dataset d = dataset(rows);
        TimeIndex index = new TimeIndex(d.events(), REGIONS);
        DailySeries raw = DailySeries.national(index, List.of());
        DailySeries all = DailySeries.national(Filtered.of(d, index, Filter.ALL), List.of());
        assertArrayEquals(raw.deathsSoFar(), all.deathsSoFar());
        assertArrayEquals(raw.activeRegions(), all.activeRegions());
        for (int k = 0; k < raw.days(); k++) {
            assertArrayEquals(raw.eventsByType()[k], all.eventsByType()[k]);
        }
    }
}
