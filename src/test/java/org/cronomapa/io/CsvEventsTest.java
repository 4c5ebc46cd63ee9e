package org.cronomapa.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.cronomapa.TestData;
import org.cronomapa.model.Dataset;
import org.cronomapa.model.Event;
import org.cronomapa.model.EventType;
import org.cronomapa.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvEventsTest {
    private static final String HEADER = "id,date,type,region,lat,lon,fatalities\n";

    @TempDir
    Path dir;

    private List<Problem> problems(String content) throws Exception {
        Path f = TestData.write(dir, "e.csv", content);
        return assertThrows(InputFileException.class, () -> CsvEvents.read(f, TestData.regions())).problems();
    }

    private static void assertProblem(List<Problem> ps, String location, String field, String words) {
        assertTrue(ps.stream().anyMatch(p -> p.location().endsWith(location) && p.field().equals(field)
                && p.message().contains(words)), () -> "expected " + location + " [" + field + "] ~" + words + " in " + ps);
    }

    @Test
    void readsMinimalHeaderAndSortsByDay() throws Exception {
        Path f = TestData.write(dir, "e.csv", HEADER
                + "b,2023-01-10,march,PE-LMA,-12.05,-77.03,0\n"
                + "a,2023-01-09,killing,PE-PUN,-15.5,-70.13,17\r\n");
        Dataset d = CsvEvents.read(f, TestData.regions());
        assertEquals(2, d.events().size());
        assertEquals(LocalDate.of(2023, 1, 9).toEpochDay(), d.events().day(0));
        assertEquals(17, d.events().fatalities(0));
        assertEquals(EventType.KILLING.ordinal(), d.events().type(0));
        assertEquals(-70.13f, d.events().lon(0), 1e-5);
    }

    @Test
    void optionalColumnsAndQuotedFieldsAreReadBackAsDetails() throws Exception {
        Path f = TestData.write(dir, "e.csv", "id,date,end_date,type,region,lat,lon,fatalities,injured,count,place,"
                + "description,source_publisher,source_title,source_date,source_url\n"
                + "x1,2023-01-04,2023-01-20,strike,PE-PUN,-15.84,-70.02,0,3,12,Puno,\"A strike, with \"\"quotes\"\"\nand a newline\","
                + "Defensoría,Reporte,2023-01-05,https://example.org/r\n"
                + "x2,2023-01-05,,roadblock,PE-CUS,-13.53,-71.97,0,,4,Cusco,plain,,,,\n");
        Dataset d = CsvEvents.read(f, TestData.regions());
        Event e = d.event(0);
        assertEquals("x1", e.id());
        assertEquals(LocalDate.of(2023, 1, 20), e.endDate());
        assertEquals("A strike, with \"quotes\"\nand a newline", e.descriptionEn());
        assertEquals("https://example.org/r", e.sources().get(0).url());
        assertEquals(12, d.events().count(0));
        assertEquals(4, d.event(1).count());
    }

    @Test
    void missingRequiredColumn() throws Exception {
        assertProblem(problems("id,date,type,region,lat,fatalities\nx,2023-01-01,march,PE-PUN,-15.5,0\n"),
                "e.csv:1", "lon", "required column 'lon' is missing");
    }

    @Test
    void eachBadRowNamesItsLineAndField() throws Exception {
        List<Problem> ps = problems(HEADER
                + "a,2023-13-09,march,PE-PUN,-15.5,-70.13,0\n"
                + "b,2023-01-09,riot,PE-PUN,-15.5,-70.13,0\n"
                + "c,2023-01-09,march,PE-ZZZ,-15.5,-70.13,0\n"
                + "d,2023-01-09,march,PE-PUN,south,-70.13,0\n"
                + "e,2023-01-09,march,PE-PUN,-12.05,-77.03,0\n"
                + "f,2023-01-09,march,PE-PUN,-15.5,-70.13,-2\n"
                + "g,2023-01-09,march,PE-PUN,-15.5\n"
                + ",2023-01-09,march,PE-PUN,-15.5,-70.13,0\n");
        assertProblem(ps, "e.csv:2", "date", "not a date");
        assertProblem(ps, "e.csv:3", "type", "unknown event type 'riot'");
        assertProblem(ps, "e.csv:4", "region", "unknown region code 'PE-ZZZ'");
        assertProblem(ps, "e.csv:5", "lat", "not a number");
        assertProblem(ps, "e.csv:6", "lat/lon", "not in the named region PE-PUN");
        assertProblem(ps, "e.csv:7", "fatalities", "must not be negative");
        assertProblem(ps, "e.csv:8", "row", "has 5 fields");
        assertProblem(ps, "e.csv:9", "id", "missing");
    }

    @Test
    void lineNumbersHoldAcrossTheParallelSplitAndQuotedNewlines() throws Exception {
        StringBuilder csv = new StringBuilder("id,date,type,region,lat,lon,fatalities,description\n");
        int line = 2;
        for (int i = 0; i < 300; i++) {
            csv.append("r").append(i).append(",2023-01-09,march,PE-PUN,-15.5,-70.13,0,\"two\nlines, \"\"quoted\"\"\"\n");
            line += 2;
        }
        csv.append("bad,2023-01-09,march,PE-PUN,-15.5,-70.13,zero,x\n");
        assertProblem(problems(csv.toString()), "e.csv:" + line, "fatalities", "not a whole number");
        // Cut into many parts, several cuts fall inside a quoted field's newline: the guess is checked.
        Path f = TestData.write(dir, "split.csv", csv.toString());
        for (int parts : new int[] {2, 3, 7, 16}) {
            List<Problem> ps = assertThrows(InputFileException.class,
                    () -> CsvEvents.read(f, TestData.regions(), false, parts)).problems();
            assertProblem(ps, "split.csv:" + line, "fatalities", "not a whole number");
            assertEquals(1, ps.size(), parts + " parts: " + ps);
        }
    }

    @Test
    void endDateBeforeStart() throws Exception {
        assertProblem(problems("id,date,end_date,type,region,lat,lon,fatalities\n"
                + "a,2023-01-09,2023-01-02,strike,PE-PUN,-15.5,-70.13,0\n"), "e.csv:2", "end_date", "before the start date");
    }

    @Test
    void duplicateIdsNameBothLines() throws Exception {
        assertProblem(problems(HEADER + "a,2023-01-09,march,PE-PUN,-15.5,-70.13,0\nb,2023-01-09,march,PE-PUN,-15.5,-70.13,0\n"
                + "a,2023-01-10,march,PE-PUN,-15.5,-70.13,0\n"), "e.csv:4", "id", "duplicate id 'a' (first on line 2)");
    }

    @Test
    void headerOnly() throws Exception {
        assertProblem(problems(HEADER), "e.csv", "rows", "no events");
    }

    @Test
    void nationalFiguresUsePE() throws Exception {
        Path f = TestData.write(dir, "e.csv", "id,date,type,region,lat,lon,fatalities,count\n"
                + "n,2023-01-05,roadblock,PE,-12.05,-77.03,0,36\n");
        Dataset d = CsvEvents.read(f, TestData.regions());
        assertEquals(-1, d.events().region(0));
        assertEquals(36, d.events().count(0));
    }
}
