package org.cronomapa.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cronomapa.filter.Filter;
import org.cronomapa.filter.Filtered;
import org.cronomapa.filter.RegionTotals;
import org.cronomapa.model.Dataset;
import org.cronomapa.model.Event;
import org.cronomapa.model.EventColumns;
import org.cronomapa.model.EventType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The region panel's totals ({@link RegionTotals}) equal {@code --summary}'s JSON for the same
 * region, day and filter, and both equal a plain count over the rows the filter shows.
 */
class RegionTotalsMatchSummaryTest {
    private static Session session;

    @BeforeAll
    static void load() throws Exception {
        session = new Session(Locale.ENGLISH, null);
    }

    @Test
    void thePanelsTotalsAreTheSummarysForSeveralRegionsDaysAndFilters() {
        List<Filter> filters = List.of(Filter.ALL, Filter.ALL.withTypes(Set.of(EventType.CLASH, EventType.KILLING)),
                Filter.ALL.withMinDeaths(1), Filter.ALL.withSearch("juliaca"),
                Filter.ALL.withRegions(Set.of("PE-PUN", "PE-LMA", "PE")),
                Filter.ALL.withDates(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 31)));
        List<String> codes = List.of("PE-PUN", "PE-AYA", "PE-LMA", "PE-CUS", "PE-APU", "PE");
        List<LocalDate> dates = List.of(LocalDate.of(2022, 12, 15), LocalDate.of(2023, 1, 10), LocalDate.of(2023, 1, 31),
                LocalDate.of(2023, 3, 15));
        ObjectMapper json = new ObjectMapper();
        int compared = 0;
        for (Filter f : filters) {
            session.state.setFilter(f);
            Filtered shown = session.state.filter().filtered();
            for (LocalDate date : dates) {
                int day = (int) date.toEpochDay();
                if (day < shown.firstDay() || day > shown.lastDay()) {
                    continue;
                }
                session.state.seek(day);
                JsonNode summary = json.valueToTree(SummaryCommand.summary(session));
                for (String code : codes) {
                    int r = "PE".equals(code) ? -1 : session.regions.indexOf(code).orElseThrow();
                    Dataset d = session.state.data().dataset();
                    RegionTotals panel = RegionTotals.of(d, shown, day, r);
                    JsonNode entry = summary.get("regions").get(code);
                    String where = f + " " + date + " " + code;
                    for (EventType t : EventType.values()) {
                        assertEquals(panel.events(t), entry.get("events_by_type").get(t.code()).asInt(), where);
                    }
                    assertEquals(panel.events(), entry.get("events").asInt(), where);
                    assertEquals(panel.deaths(), entry.get("fatalities").asLong(), where);
                    assertEquals(panel.injured(), entry.get("injured").asLong(), where);
                    assertEquals(panel.deathsByKind().keySet(), keys(entry.get("fatalities_by_kind")), where);
                    panel.deathsByKind().forEach((kind, n) -> {
                        assertEquals(n.fatalities(), entry.get("fatalities_by_kind").get(kind).get("fatalities").asLong(), where);
                        assertEquals(n.fatalitiesMax(), entry.get("fatalities_by_kind").get(kind).get("fatalities_max").asLong(), where);
                    });
                    assertEquals(bruteForce(d, shown, day, r), panel, where);
                    compared++;
                }
            }
        }
        session.state.setFilter(Filter.ALL);
        assertEquals(true, compared > 100, "compared " + compared);
    }

    private static Set<String> keys(JsonNode node) {
        Set<String> keys = new java.util.TreeSet<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    /** The totals written plainly: every row of the region up to the day that the filter shows. */
    private static RegionTotals bruteForce(Dataset d, Filtered shown, int day, int region) {
        EventColumns c = d.events();
        Integer[] byType = new Integer[EventType.count()];
        java.util.Arrays.fill(byType, 0);
        long deaths = 0;
        long injured = 0;
        Map<String, RegionTotals.Deaths> byKind = new TreeMap<>();
        for (int i = 0; i < c.size(); i++) {
            if (c.region(i) != region || c.day(i) > day || !shown.shows(i)) {
                continue;
            }
            byType[c.type(i)]++;
            deaths += c.fatalities(i);
            injured += c.injured(i);
            if (c.fatalities(i) > 0) {
                Event e = d.event(i);
                String kind = e.deathKind() == null ? RegionTotals.UNSPECIFIED : e.deathKind();
                RegionTotals.Deaths was = byKind.getOrDefault(kind, new RegionTotals.Deaths(0, 0));
                byKind.put(kind, new RegionTotals.Deaths(was.fatalities() + e.fatalities(), was.fatalitiesMax() + e.fatalitiesMax()));
            }
        }
        return new RegionTotals(region, day, List.of(byType), deaths, byKind, injured);
    }
}
