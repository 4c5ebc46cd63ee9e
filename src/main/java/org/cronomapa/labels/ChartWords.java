package org.cronomapa.labels;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.cronomapa.charts.ChartLabels;
import org.cronomapa.charts.DailySeries;
import org.cronomapa.model.RegionMap;

/** A chart's words in the reader's language: its title, panel titles, type names and day labels. */
public final class ChartWords {
    private ChartWords() {
    }

    public static ChartLabels of(Texts t, DailySeries s, RegionMap regions) {
        String title = s.region() == DailySeries.NATIONAL ? t.get("chart.title.national")
                : t.get("chart.title.region", t.regionNames(regions).get(s.region()));
        DateTimeFormatter day = DateTimeFormatter.ofPattern(t.get("chart.dayFormat"), t.locale());
        List<String> dates = new ArrayList<>(s.days());
        for (int d = 0; d < s.days(); d++) {
            dates.add(day.format(LocalDate.ofEpochDay(s.firstDay() + (long) d)));
        }
        return new ChartLabels(title, t.get("chart.eventsPerDay"), t.get("chart.deathsSoFar"), t.get("chart.published"),
                t.get("chart.activeRegions"), t.typeNames(), dates);
    }
}
