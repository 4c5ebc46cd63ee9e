package org.cronomapa.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The byte-level date arithmetic agrees with java.time on every day. */
class CsvLineTest {
    @Property
    void epochDayMatchesJavaTime(@ForAll @IntRange(min = -50_000, max = 80_000) int day) {
        LocalDate d = LocalDate.ofEpochDay(day);
        assertEquals(day, CsvLine.epochDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth()));
    }
}
