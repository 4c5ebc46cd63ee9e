package org.cronomapa.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.cronomapa.TestData;
import org.cronomapa.model.ProblemReport;

/**
 * The CSV fast path and the GeoJSON reader are fed the same generated rows (padded, in any case,
 * malformed) and must agree on every one: loaded or not, and the same problems by field. Both
 * must also account for every row: loaded plus rows with problems equals the rows written.
 */
class ReadersAgreeTest {
    /** One event's text fields as a user might type them; coordinates stay numbers, as GeoJSON needs. */
    record Row(String date, String type, String region, String fatalities, String count, double lon, double lat) {
    }

    @Provide
    Arbitrary<List<Row>> rows() {
        Arbitrary<String> pad = Arbitraries.of("", "", " ", "  ", "\t");
        Arbitrary<String> date = Combinators.combine(pad, Arbitraries.of("2023-01-10", "2023-02-28", "2024-02-29",
                "2023-02-29", "2023-1-10", "10/01/2023", "2023-13-01", "1899-12-31", "2101-01-01", "", "2023-01-10T00:00"), pad)
                .as((a, d, b) -> a + d + b);
        Arbitrary<String> type = Combinators.combine(pad, Arbitraries.of("march", "March", "ROADBLOCK", "killing",
                "attack_on_property", "protest", "", "marc h"), pad).as((a, t, b) -> a + t + b);
        Arbitrary<String> region = Combinators.combine(pad, Arbitraries.of("PE-PUN", "pe-pun", "Pe-Pun", "PE",
                "pe", "PE-ZZZ", "PE-PU", "PEPUN", "", "PE-LMA"), pad).as((a, r, b) -> a + r + b);
        Arbitrary<String> number = Combinators.combine(pad, Arbitraries.of("0", "3", "17", "", "-1", "-0", "1.5",
                "1e3", "+2", "1000000", "1000001", "99999999999999999999", "x"), pad).as((a, n, b) -> a + n + b);
        // Inside Puno (Juliaca), in Lima, or out at sea.
        Arbitrary<double[]> place = Arbitraries.of(new double[] {-70.13, -15.5}, new double[] {-77.04, -12.05},
                new double[] {-80.5, -10.0});
        Arbitrary<Row> row = Combinators.combine(date, type, region, number, number, place)
                .as((d, t, r, f, c, p) -> new Row(d, t, r, f, c, p[0], p[1]));
        return row.list().ofMinSize(1).ofMaxSize(12);
    }

    @Property(tries = 300)
    void csvAndGeoJsonReadersAgree(@ForAll("rows") @Size(min = 1) List<Row> rows) throws Exception {
        Path dir = Files.createTempDirectory("agree");
        try {
            Outcome csv = outcome(writeCsv(dir, rows), rows.size());
            Outcome json = outcome(writeGeoJson(dir, rows), rows.size());
            assertEquals(csv, json, () -> "rows: " + rows);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    /** Loaded rows, rows with problems, and problems by field: what the two readers must agree on. */
    record Outcome(long loaded, long rowsWithProblems, TreeMap<String, Long> byField) {
    }

    private static Outcome outcome(Path file, int rows) throws Exception {
        try {
            int loaded = DatasetFiles.open(file, TestData.regions()).events().size();
            assertEquals(rows, loaded, file + ": a valid file loads every row");
            return new Outcome(loaded, 0, new TreeMap<>());
        } catch (InputFileException e) {
            ProblemReport r = e.report();
            assertEquals(rows, r.rows(), file + ": every row is counted");
            return new Outcome(r.validRows(), r.rowsWithProblems(), new TreeMap<>(r.byField()));
        }
    }

    private static Path writeCsv(Path dir, List<Row> rows) throws Exception {
        StringBuilder sb = new StringBuilder("id,date,type,region,lat,lon,fatalities,count\n");
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            sb.append("e").append(i).append(',').append(q(r.date)).append(',').append(q(r.type)).append(',')
                    .append(q(r.region)).append(',').append(r.lat).append(',').append(r.lon).append(',')
                    .append(q(r.fatalities)).append(',').append(q(r.count)).append('\n');
        }
        return Files.writeString(dir.resolve("rows.csv"), sb, StandardCharsets.UTF_8);
    }

    /** Quoted when it helps: tabs and spaces survive either way, as the rule trims both. */
    private static String q(String s) {
        return s.isEmpty() || s.hashCode() % 2 == 0 ? s : "\"" + s + "\"";
    }

    private static Path writeGeoJson(Path dir, List<Row> rows) throws Exception {
        List<String> features = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            features.add("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[" + r.lon + "," + r.lat
                    + "]},\"properties\":{\"id\":\"e" + i + "\",\"date\":" + json(r.date) + ",\"type\":" + json(r.type)
                    + ",\"region\":" + json(r.region) + ",\"fatalities\":" + json(r.fatalities)
                    + ",\"count\":" + json(r.count) + "}}");
        }
        return Files.writeString(dir.resolve("rows.geojson"), TestData.collection(features.toArray(String[]::new)),
                StandardCharsets.UTF_8);
    }

    private static String json(String s) {
        return "\"" + s.replace("\t", "\\t") + "\"";
    }
}
