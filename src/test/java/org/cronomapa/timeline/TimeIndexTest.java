package org.cronomapa.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.cronomapa.model.EventColumns;
import org.cronomapa.model.EventType;

/** The prefix-sum index against a brute-force count over the raw rows. */
class TimeIndexTest {
    private static final int REGIONS = 5;

    record Row(int day, int duration, int region, int type, int dead) {
    }

    @Provide
    Arbitrary<List<Row>> rows() {
        Arbitrary<Row> row = Combinators.combine(Arbitraries.integers().between(19000, 19060),
                Arbitraries.integers().between(0, 3).map(d -> d == 3 ? 10 : 0), Arbitraries.integers().between(-1, REGIONS - 1),
                Arbitraries.integers().between(0, EventType.count() - 1), Arbitraries.integers().between(0, 5)).as(Row::new);
        return row.list().ofMinSize(1).ofMaxSize(300);
    }

    private static EventColumns columns(List<Row> rows) {
        EventColumns.Builder b = new EventColumns.Builder();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            b.add(r.day, r.day + r.duration, r.region, r.type, 0, 0, r.dead, 0, 0, i);
        }
        return b.build();
    }

    @Property
    void cumulativeCountsMatchBruteForce(@ForAll("rows") List<Row> rows, @ForAll @IntRange(min = 18990, max = 19080) int day) {
        TimeIndex index = new TimeIndex(columns(rows), REGIONS);
        for (int r = -1; r < REGIONS; r++) {
            long dead = 0;
            for (int t = 0; t < EventType.count(); t++) {
                int expected = 0;
                for (Row row : rows) {
                    if (row.region == r && row.type == t && row.day <= day) {
                        expected++;
                    }
                }
                assertEquals(expected, index.cumulative(day, r, t));
            }
            for (Row row : rows) {
                if (row.region == r && row.day <= day) {
                    dead += row.dead;
                }
            }
            assertEquals(dead, index.cumulativeFatalities(day, r));
        }
        assertEquals(rows.stream().filter(x -> x.day <= day).count(), index.cumulativeTotal(day));
    }

    @Property
    void windowHoldsExactlyTheRowsOngoingInIt(@ForAll("rows") List<Row> rows,
            @ForAll @IntRange(min = 18990, max = 19080) int day, @ForAll @IntRange(min = 1, max = 30) int length) {
        EventColumns events = columns(rows);
        TimeIndex index = new TimeIndex(events, REGIONS);
        TimeWindow w = index.window(day, length);
        List<Integer> got = new ArrayList<>();
        for (int i = w.lo(); i < w.hi(); i++) {
            if (w.contains(events, i)) {
                got.add(i);
            }
        }
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            boolean startedByDay = events.day(i) <= day;
            boolean lastsIntoWindow = events.endDay(i) >= day - length + 1;
            if (startedByDay && lastsIntoWindow) {
                expected.add(i);
            }
        }
        assertEquals(expected, got);
    }

    @Property
    void allSoFarWindowHoldsEveryStartedRow(@ForAll("rows") List<Row> rows, @ForAll @IntRange(min = 18990, max = 19080) int day) {
        EventColumns events = columns(rows);
        TimeWindow w = new TimeIndex(events, REGIONS).window(day, TimeIndex.ALL_SO_FAR);
        long inside = java.util.stream.IntStream.range(w.lo(), w.hi()).filter(i -> w.contains(events, i)).count();
        assertEquals(rows.stream().filter(r -> r.day <= day).count(), inside);
    }

    @Property
    void perDayCountsSumToCumulative(@ForAll("rows") List<Row> rows) {
        TimeIndex index = new TimeIndex(columns(rows), REGIONS);
        int sum = 0;
        for (int d = index.firstDay(); d <= index.lastDay(); d++) {
            for (int t = 0; t < EventType.count(); t++) {
                sum += index.onDay(d, t);
            }
            assertEquals(index.cumulativeTotal(d), sum);
        }
        assertTrue(sum == rows.size());
    }
}
