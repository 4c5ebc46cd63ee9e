package org.cronomapa.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cronomapa.TestData;
import org.cronomapa.io.DatasetFiles;
import org.cronomapa.model.EventColumns;
import org.cronomapa.model.EventType;
import org.cronomapa.timeline.TimeIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The charts' series equal a brute-force count over the bundled events; a click maps back to its day. */
class DailySeriesTest {
    private static TimeIndex index;

    @BeforeAll
    static void load() {
        var d = DatasetFiles.bundled(TestData.regions());
        index = new TimeIndex(d.events(), d.regions().size());
    }

    @Test
    void theNationalSeriesCountsEveryEventByStartDayTypeAndDeaths() {
        DailySeries s = DailySeries.national(index, List.of());
        EventColumns e = index.events();
        int[][] byType = new int[index.days()][EventType.count()];
        long[] deaths = new long[index.days()];
        for (int i = 0; i < e.size(); i++) {
            byType[e.day(i) - index.firstDay()][e.type(i)]++;
            for (int d = e.day(i) - index.firstDay(); d < index.days(); d++) {
                deaths[d] += e.fatalities(i);
            }
        }
        for (int d = 0; d < index.days(); d++) {
            assertArrayEquals(byType[d], s.eventsByType()[d], "day " + d);
        }
        assertArrayEquals(deaths, s.deathsSoFar());
    }

    @Test
    void aRegionsSeriesCountsOnlyItsRows() {
        int puno = TestData.regions().indexOf("PE-PUN").orElseThrow();
        DailySeries s = DailySeries.region(index, puno);
        EventColumns e = index.events();
        int events = 0;
        long deaths = 0;
        for (int i = 0; i < e.size(); i++) {
            if (e.region(i) == puno) {
                events++;
                deaths += e.fatalities(i);
            }
        }
        int counted = 0;
        for (int d = 0; d < s.days(); d++) {
            counted += s.eventsOn(d);
        }
        assertEquals(events, counted);
        assertEquals(deaths, s.deathsSoFar()[s.days() - 1]);
    }

    @Test
    void activeRegionsCountEveryDayAnEventLasts() {
        int[] active = DailySeries.activeRegions(index);
        EventColumns e = index.events();
        for (int d = 0; d < index.days(); d++) {
            Set<Integer> regions = new HashSet<>();
            int day = index.firstDay() + d;
            for (int i = 0; i < e.size(); i++) {
                if (e.region(i) >= 0 && e.day(i) <= day && e.endDay(i) >= day) {
                    regions.add(e.region(i));
                }
            }
            assertEquals(regions.size(), active[d], "day " + d);
        }
    }

    @Test
    void aClickOnADaysBarMeansThatDay() {
        DailyChart chart = new DailyChart(114, 360, 460);
        for (int d = 0; d < 114; d++) {
            assertEquals(d, chart.dayAt(chart.x(d)));
        }
        assertEquals(0, chart.dayAt(-50));
        assertEquals(113, chart.dayAt(5000));
        assertEquals(50, DailyChart.niceMax(41));
        assertEquals(100, DailyChart.niceMax(73));
        assertEquals(10, DailyChart.niceMax(10));
    }
}
