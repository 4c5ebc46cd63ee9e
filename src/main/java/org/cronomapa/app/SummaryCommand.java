package org.cronomapa.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.cronomapa.filter.Filter;
import org.cronomapa.filter.Filtered;
import org.cronomapa.filter.Visible;
import org.cronomapa.model.Dataset;
import org.cronomapa.model.Event;
import org.cronomapa.model.EventColumns;
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

    /** Read from the state's one filtered result, as the map and frames.csv are. */
    static Map<String, Object> summary(Session s) {
        Filtered shown = s.state.filter().filtered();
        int day = s.state.timeline().day();
        Visible index = shown.at(day, s.state.timeline().windowDays());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("dataset", s.state.data().dataset().name());
        out.put("date", LocalDate.ofEpochDay(day).toString());
        out.put("first_date", LocalDate.ofEpochDay(shown.firstDay()).toString());
        if (!shown.filter().isAll()) {
            out.put("filter", describe(shown.filter()));
        }
        Map<String, Object> regions = new LinkedHashMap<>();
        long[] total = new long[EventType.count() + 2];
        for (int r = -1; r < s.regions.size(); r++) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", r < 0 ? s.texts.get("region.national") : s.regions.get(r).name(s.texts.spanish()));
            Map<String, Integer> byType = new LinkedHashMap<>();
            int events = 0;
            for (EventType t : EventType.values()) {
                int c = index.cumulative(r, t.ordinal());
                byType.put(t.code(), c);
                total[t.ordinal()] += c;
                events += c;
            }
            entry.put("events", events);
            entry.put("events_by_type", byType);
            entry.put("fatalities", index.cumulativeFatalities(r));
            entry.put("injured", index.cumulativeInjured(r));
            total[EventType.count()] += index.cumulativeFatalities(r);
            total[EventType.count() + 1] += index.cumulativeInjured(r);
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
        national.put("fatalities_by_kind", fatalitiesByKind(s.state.data().dataset(), shown, day));
        out.put("national", national);
        out.put("regions", regions);
        return out;
    }

    /**
     * Deaths so far by {@code death_kind} (lower and higher figure), so that deaths in clashes, at
     * blockades, of security-force members and in accidents can be counted together or apart.
     */
    static Map<String, Map<String, Integer>> fatalitiesByKind(Dataset data, Filtered shown, int day) {
        Map<String, Map<String, Integer>> byKind = new TreeMap<>();
        EventColumns columns = data.events();
        for (int i = 0; i < columns.size() && columns.day(i) <= day; i++) {
            if (columns.fatalities(i) == 0 || !shown.shows(i)) {
                continue;
            }
            Event e = data.event(i);
            String kind = e.deathKind() == null ? "unspecified" : e.deathKind();
            Map<String, Integer> figures = byKind.computeIfAbsent(kind, k -> new LinkedHashMap<>());
            figures.merge("fatalities", e.fatalities(), Integer::sum);
            figures.merge("fatalities_max", e.fatalitiesMax(), Integer::sum);
        }
        return byKind;
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
