package org.cronomapa.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cronomapa.TestData;
import org.cronomapa.model.Dataset;
import org.cronomapa.model.Event;
import org.cronomapa.model.Problem;
import org.cronomapa.model.ProblemReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The accepted-field rules (data/README.md) and the accounting: every row loaded or reported. */
class FieldRulesTest {
    private static final String HEADER = "id,date,type,region,lat,lon,fatalities\n";

    @TempDir
    Path dir;

    private Dataset csv(String content) throws Exception {
        return CsvEvents.read(TestData.write(dir, "e.csv", content), TestData.regions());
    }

    private ProblemReport refused(String name, String content) throws Exception {
        Path f = TestData.write(dir, name, content);
        return assertThrows(InputFileException.class, () -> DatasetFiles.open(f, TestData.regions())).report();
    }

    private static void assertProblem(List<Problem> ps, String location, String field, String words) {
        assertTrue(ps.stream().anyMatch(p -> p.location().endsWith(location) && p.field().equals(field)
                && p.message().contains(words)), () -> "expected " + location + " [" + field + "] ~" + words + " in " + ps);
    }

    @Test
    void spacesAroundFieldsAreIgnoredNotDropped() throws Exception {
        Dataset d = csv(HEADER + "a1,2023-01-10,march,PE-PUN,-15.84,-70.02,0\n"
                + "a2, 2023-01-10 , march ,\tPE-PUN, -15.84 ,-70.02 , 2 \n"
                + "a3,\" 2023-01-11\",\"march \",PE-PUN,-15.84,-70.02,0\n");
        assertEquals(3, d.events().size());
        assertEquals(2, d.events().fatalities(1) + d.events().fatalities(0) + d.events().fatalities(2));
    }

    @Test
    void codesMatchInAnyLetterCase() throws Exception {
        Dataset d = csv(HEADER + "a,2023-01-10,March,pe-pun,-15.84,-70.02,0\nb,2023-01-10,KILLING,pe,-15.84,-70.02,1\n");
        assertEquals(2, d.events().size());
        Event e = d.event(0);
        assertEquals("PE-PUN", e.region(), "the region keeps its canonical code");
    }

    @Test
    void geoJsonRegionWithSpacesIsItsCanonicalCode() throws Exception {
        Path f = TestData.write(dir, "e.geojson", TestData.collection(
                TestData.feature("a", " 2023-01-09", "March ", " PE-PUN", -70.13, -15.5)));
        Dataset d = DatasetFiles.open(f, TestData.regions());
        assertEquals("PE-PUN", d.event(0).region());
    }

    @Test
    void aRowWithMoreFieldsThanTheHeaderIsReported() throws Exception {
        ProblemReport r = refused("e.csv", HEADER + "a,2023-01-10,march,PE-PUN,-15.84,-70.02,0\n"
                + "b,2023-01-10,march,PE-PUN,-15.84,-70.02,0,Juliaca, Puno\n");
        assertProblem(r.listed(), "e.csv:3", "row", "has 9 fields; the header has 7");
        assertEquals(2, r.rows());
        assertEquals(1, r.rowsWithProblems());
    }

    @Test
    void aHeaderNamingAColumnTwiceIsRefused() throws Exception {
        ProblemReport r = refused("e.csv", "id,date,type,region,lat,lon,fatalities,Date\na,2023-01-10,march,PE-PUN,-15.84,-70.02,0,2023-01-11\n");
        assertProblem(r.listed(), "e.csv:1", "date", "twice");
    }

    @Test
    void aSemicolonHeaderSaysSo() throws Exception {
        ProblemReport r = refused("e.csv", "id;date;type;region;lat;lon;fatalities\na;2023-01-10;march;PE-PUN;-15.84;-70.02;0\n");
        assertProblem(r.listed(), "e.csv:1", "id", "separated by ';'");
    }

    @Test
    void quotingMistakesAreReported() throws Exception {
        ProblemReport r = refused("e.csv", HEADER + "a,2023-01-10,\"march\"x,PE-PUN,-15.84,-70.02,0\n"
                + "b,2023-01-10,march,\"PE-PUN,-15.84,-70.02,0\n");
        assertProblem(r.listed(), "e.csv:2", "type", "after the closing quote");
        assertProblem(r.listed(), "e.csv:3", "row", "never closed");
    }

    @Test
    void numbersFollowOnePlainGrammar() throws Exception {
        ProblemReport r = refused("e.csv", HEADER
                + "a,2023-01-10,march,PE-PUN,NaN,-70.02,0\n"
                + "b,2023-01-10,march,PE-PUN,-15.84,0x1p3,0\n"
                + "c,2023-01-10,march,PE-PUN,-15.84,-70.02,-3\n"
                + "d,2023-01-10,march,PE-PUN,-15.84,-70.02,1.5\n"
                + "e,2023-01-10,march,PE-PUN,-15.84,-70.02,99999999999999999999\n"
                + "f,2023-01-10,march,PE-PUN,-1.584e1,-70.02,0\n");
        assertProblem(r.listed(), "e.csv:2", "lat", "not a number");
        assertProblem(r.listed(), "e.csv:3", "lon", "not a number");
        assertProblem(r.listed(), "e.csv:4", "fatalities", "must not be negative");
        assertProblem(r.listed(), "e.csv:5", "fatalities", "not a whole number");
        assertProblem(r.listed(), "e.csv:6", "fatalities", "larger than");
        assertEquals(6, r.rows());
        assertEquals(5, r.rowsWithProblems(), "the exponent form on line 7 is a valid number");
    }

    @Test
    void geoJsonValuesOfTheWrongKindAreReported() throws Exception {
        String good = TestData.feature("a", "2023-01-09", "march", "PE-PUN", -70.13, -15.5);
        ProblemReport r = refused("e.geojson", TestData.collection(
                good.replace("\"fatalities\":1", "\"fatalities\":[1]"),
                good.replace("\"id\":\"a\"", "\"id\":\"b\"").replace("\"properties\":{", "\"properties\":null,\"x\":{"),
                good.replace("\"id\":\"a\"", "\"id\":\"c\"").replace("\"Point\"", "\"Polygon\""),
                good.replace("\"id\":\"a\"", "\"id\":\"d\"").replace("[-70.13,-15.5]", "[-70.13,-15.5,3800]"),
                "42"));
        assertProblem(r.listed(), "e.geojson#0", "fatalities", "not array");
        assertProblem(r.listed(), "e.geojson#1", "properties", "null");
        assertProblem(r.listed(), "e.geojson#2", "geometry", "not a Polygon");
        assertProblem(r.listed(), "e.geojson#4", "feature", "JSON object");
        assertEquals(5, r.rows());
        assertEquals(4, r.rowsWithProblems(), "a 3-D point is a point: its altitude is ignored");
    }

    /** A million rows, one in ten bad: the first 1,000 listed, all 100,000 counted, memory bounded. */
    @Test
    void aMillionRowsWithTenPercentBadAreCountedExactly() throws Exception {
        Path f = dir.resolve("big.csv");
        try (BufferedWriter w = Files.newBufferedWriter(f)) {
            w.write(HEADER);
            for (int i = 0; i < 1_000_000; i++) {
                w.write("r" + i + (i % 10 == 3 ? ",2023-02-30,march,PE-PUN" : i % 10 == 7 ? ",2023-01-10,march,PE-ZZZ"
                        : ",2023-01-10,march,PE-PUN") + ",-15.84,-70.02,0\n");
            }
        }
        ProblemReport r = assertThrows(InputFileException.class, () -> DatasetFiles.open(f, TestData.regions())).report();
        assertEquals(ProblemReport.LISTED, r.listed().size());
        assertEquals(200_000, r.total());
        assertEquals(100_000L, r.byField().get("date"));
        assertEquals(100_000L, r.byField().get("region"));
        assertEquals(1_000_000, r.rows());
        assertEquals(200_000, r.rowsWithProblems());
        assertEquals("big.csv:5", r.listed().get(0).location().substring(r.listed().get(0).location().lastIndexOf('/') + 1));
    }

    @Test
    void textThatIsNotUtf8IsRefusedWithAHint() throws Exception {
        Path f = dir.resolve("latin1.csv");
        Files.write(f, (HEADER + "a,2023-01-10,march,PE-PUN,-15.84,-70.02,0,Puno\n").replace("Puno", "Pu\u00f1o")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        ProblemReport r = assertThrows(InputFileException.class, () -> DatasetFiles.open(f, TestData.regions())).report();
        assertProblem(r.listed(), "latin1.csv", "file", "not UTF-8");
        Path ok = TestData.write(dir, "utf8.csv", HEADER.replace("\n", ",place\n") + "a,2023-01-10,march,PE-PUN,-15.84,-70.02,0,Pu\u00f1o \u2014 \uD83D\uDE00\n");
        assertEquals(1, DatasetFiles.open(ok, TestData.regions()).events().size());
    }
}
