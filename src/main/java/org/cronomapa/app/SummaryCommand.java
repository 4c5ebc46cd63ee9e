package org.cronomapa.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.cronomapa.filter.Filter;
import org.cronomapa.filter.Filtered;
import org.cronomapa.filter.RegionTotals;
import org.cronomapa.model.Dataset;
import org.cronomapa.model.EventType;

/** {@code --summary [--date D]}: cumulative figures per region and for the country, as JSON. */
final class SummaryCommand {
    private SummaryCommand() {
    }

    static int run(Options o) throws Exception {
        Session s = new Session(o.locale(), o.path("--data"), o.has("--skip-bad-rows"));
        s.filter(o);
        s.goTo(o.date());
        System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(summary(s)));
        return 0;
    }

    /**
     * Read from the state's one filtered result, as the map and frames.csv are; each region's block
     * is {@link RegionTotals}, the figures the region panel shows.
     */
    static Map<String, Object> summary(Session s) {
        Filtered shown = s.state.filter().filtered();
        Dataset data = s.state.data().dataset();
        int day = s.state.timeline().day();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("dataset", data.name());
        out.put("date", LocalDate.ofEpochDay(day).toString());
        out.put("first_date", LocalDate.ofEpochDay(shown.firstDay()).toString());
        if (!shown.filter().isAll()) {
            out.put("filter", describe(shown.filter()));
        }
        Map<String, Object> regions = new LinkedHashMap<>();
        long[] total = new long[EventType.count() + 2];
        Map<String, long[]> kinds = new TreeMap<>();
        for (int r = -1; r < s.regions.size(); r++) {
            RegionTotals totals = RegionTotals.of(data, shown, day, r);
            Map<String, Object> entry = region(totals);
            entry.put("name", r < 0 ? s.texts.get("region.national") : s.regions.get(r).name(s.texts.spanish()));
            for (EventType t : EventType.values()) {
                total[t.ordinal()] += totals.events(t);
            }
            total[EventType.count()] += totals.deaths();
            total[EventType.count() + 1] += totals.injured();
            totals.deathsByKind().forEach((k, d) -> {
                long[] sum = kinds.computeIfAbsent(k, x -> new long[2]);
                sum[0] += d.fatalities();
                sum[1] += d.fatalitiesMax();
            });
            regions.put(r < 0 ? "PE" : s.regions.get(r).code(), entry);
        }
        Map<String, Object> national = new LinkedHashMap<>();
        Map<String, Long> byType = new LinkedHashMap<>();
        long events = 0;
        for (EventType t : EventType.values()) {
            byType.put(t.code(), total[t.ordinal()]);
            events += total[t.ordinal()];
        }
        national.put("events", events);
        national.put("events_by_type", byType);
        national.put("fatalities", total[EventType.count()]);
        national.put("injured", total[EventType.count() + 1]);
        Map<String, Map<String, Long>> byKind = new LinkedHashMap<>();
        kinds.forEach((k, v) -> byKind.put(k, kind(v[0], v[1])));
        national.put("fatalities_by_kind", byKind);
        out.put("national", national);
        out.put("regions", regions);
        return out;
    }

    /**
     * One region's block (name first, added by the caller): events by type, deaths, injured, and deaths
     * by {@code death_kind} (lower and higher figure), so that deaths in clashes, at blockades, of
     * security-force members and in accidents can be counted together or apart.
     */
    static Map<String, Object> region(RegionTotals totals) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", "");
        Map<String, Integer> byType = new LinkedHashMap<>();
        for (EventType t : EventType.values()) {
            byType.put(t.code(), totals.events(t));
        }
        entry.put("events", totals.events());
        entry.put("events_by_type", byType);
        entry.put("fatalities", totals.deaths());
        entry.put("injured", totals.injured());
        Map<String, Map<String, Long>> byKind = new LinkedHashMap<>();
        totals.deathsByKind().forEach((k, d) -> byKind.put(k, kind(d.fatalities(), d.fatalitiesMax())));
        entry.put("fatalities_by_kind", byKind);
        return entry;
    }

    private static Map<String, Long> kind(long fatalities, long fatalitiesMax) {
        Map<String, Long> figures = new LinkedHashMap<>();
        figures.put("fatalities", fatalities);
        figures.put("fatalities_max", fatalitiesMax);
        return figures;
    }

    /** The filter as asked, so a summary says what it counts. */
    private static Map<String, Object> describe(Filter f) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("types", f.types().stream().map(EventType::code).sorted().toList());
        out.put("regions", f.regions().stream().sorted().toList());
        out.put("min_deaths", f.minDeaths());
        out.put("search", f.search());
        out.put("from", f.from() == null ? null : f.from().toString());
        out.put("to", f.to() == null ? null : f.to().toString());
        return out;
    }
}
