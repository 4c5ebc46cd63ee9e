package org.cronomapa.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.cronomapa.TestData;
import org.cronomapa.model.Event;
import org.cronomapa.model.Figure;
import org.cronomapa.model.Problem;
import org.cronomapa.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV columns that carry everything the GeoJSON format does (numbered sources and figures,
 * precisions, verification): checked when the file is opened, read back whole as details, and
 * read by the same rules as the GeoJSON reader.
 */
class CsvAllFieldsTest {
    private static final String HEADER = "id,date,type,region,lat,lon,fatalities";
    private static final String ROW = "a,2023-01-09,killing,PE-PUN,-15.5,-70.13,1";

    @TempDir
    Path dir;

    private Event first(String header, String row) throws Exception {
        Path f = TestData.write(dir, "e.csv", header + "\n" + row + "\n");
        return CsvEvents.read(f, TestData.regions()).event(0);
    }

    private List<Problem> problems(String header, String row) throws Exception {
        Path f = TestData.write(dir, "e.csv", header + "\n" + row + "\n");
        return assertThrows(InputFileException.class, () -> CsvEvents.read(f, TestData.regions())).problems();
    }

    @Test
    void numberedSourcesAndFiguresAreReadInNumberOrder() throws Exception {
        Event e = first(HEADER + ",source2_url,source2_publisher,source1_url,source1_credit,figure1_field,figure1_value,figure1_by"
                + ",figure2_value",
                ROW + ",https://b.example/2,B,https://a.example/1,EFE,fatalities,18,\"Ministerio Público, Puno\",");
        assertEquals(List.of(new Source(null, null, null, "https://a.example/1", "EFE"),
                new Source("B", null, null, "https://b.example/2", null)), e.sources());
        assertEquals(List.of(new Figure("fatalities", 18, "Ministerio Público, Puno")), e.figures(),
                "figure 2 has no cell filled, so it is no figure");
    }

    @Test
    void theFirstFormatsSourceComesBeforeTheNumberedOnes() throws Exception {
        Event e = first(HEADER + ",source1_url,source_url,source_publisher", ROW + ",https://n.example/1,https://p.example/0,P");
        assertEquals(List.of("https://p.example/0", "https://n.example/1"), e.sources().stream().map(Source::url).toList());
    }

    @Test
    void aNumberedSourceWithoutItsWebAddressIsAProblem() throws Exception {
        List<Problem> ps = problems(HEADER + ",source1_publisher,source1_url,source2_title", ROW + ",La República,,Titular");
        assertEquals(List.of("source1_url", "source2_url"), ps.stream().map(Problem::field).toList());
        assertTrue(ps.get(0).message().contains("web address"), ps::toString);
    }

    @Test
    void figureValuesAndPrecisionsFollowTheCountRule() throws Exception {
        List<Problem> ps = problems(HEADER + ",figure1_value,geo_precision,time_precision", ROW + ",about 18,high,-1");
        assertEquals(java.util.Set.of("figure1_value", "geo_precision", "time_precision"),
                ps.stream().map(Problem::field).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void precisionsFollowTheCountRuleInGeoJsonToo() throws Exception {
        Path f = TestData.write(dir, "e.geojson", TestData.collection(
                TestData.feature("a", "2023-01-09", "march", "PE-PUN", -70.13, -15.5).replace("\"place\"", "\"geo_precision\":\"high\",\"place\"")));
        List<Problem> ps = assertThrows(InputFileException.class, () -> DatasetFiles.open(f, TestData.regions())).problems();
        assertEquals(List.of("geo_precision"), ps.stream().map(Problem::field).toList());
    }

    @Test
    void detailsCarryEveryFieldAndTheHigherFigureIsNeverBelowTheLower() throws Exception {
        Event e = first(HEADER + ",fatalities_max,injured,injured_max,road,geo_precision,time_precision,verification",
                ROW + ",,4,2,Panamericana Sur,2,1,unconfirmed");
        assertEquals(1, e.fatalitiesMax(), "an empty higher figure is the lower one, as in GeoJSON");
        assertEquals(new Event.Details("Panamericana Sur", 4, 2, 1, true), e.details());
    }

    /** The old re-read stopped at 64 KB and gave a description cut short. */
    @Test
    void aRowLongerThanAnyReadBufferIsReadBackWhole() throws Exception {
        String description = "ñ, \"x\"\n".repeat(20_000);
        Event e = first(HEADER + ",description_es", ROW + ",\"" + description.replace("\"", "\"\"") + "\"");
        assertEquals(description, e.descriptionEs());
    }

    @Test
    void textIsKeptByOneRuleInBothFormats() throws Exception {
        Path f = TestData.write(dir, "e.geojson", TestData.collection(
                TestData.feature(" a\\t", "2023-01-09", "march", "PE-PUN", -70.13, -15.5).replace("Juliaca", " Juliaca\\t")
                        .replace("\"description_es\":\"d\"", "\"description_es\":\"  \"")));
        Event json = DatasetFiles.open(f, TestData.regions()).event(0);
        Event csv = first(HEADER + ",place,description_es", "\" a\t\"" + ROW.substring(1) + ",\" Juliaca\t\",\"  \"");
        assertEquals("a", json.id());
        assertEquals("Juliaca", json.place());
        assertNull(json.descriptionEs());
        assertEquals(List.of(json.id(), json.place()), List.of(csv.id(), csv.place()));
        assertNull(csv.descriptionEs());
    }

    /** Up to 15 digits the quick path is exact; beyond, the JDK parses: both as Jackson would. */
    @Property(tries = 2000)
    void decimalsAreReadAsTheJdkReadsThem(@ForAll @IntRange(min = 1, max = 19) int digits,
            @ForAll @DoubleRange(min = -180, max = 180) double v) {
        String text = new java.math.BigDecimal(v).round(new java.math.MathContext(digits)).toPlainString();
        byte[] b = text.getBytes(StandardCharsets.US_ASCII);
        assertEquals(Double.parseDouble(text), RowChecker.decimal(b, 0, b.length), text);
    }
}
