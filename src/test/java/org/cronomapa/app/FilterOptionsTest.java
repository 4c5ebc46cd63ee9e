package org.cronomapa.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import org.cronomapa.TestData;
import org.cronomapa.io.DatasetFiles;
import org.cronomapa.model.Dataset;
import org.cronomapa.model.Event;
import org.cronomapa.model.EventColumns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --types, --regions, --min-deaths, --search, --from and --to on the headless modes, and their bad values. */
class FilterOptionsTest {
    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    /** Rows of the bundled data that started by {@code day} and pass, counted plainly. */
    private static long count(long day, IntPredicate passes) throws Exception {
        Dataset d = DatasetFiles.bundled(TestData.regions());
        EventColumns c = d.events();
        return java.util.stream.IntStream.range(0, c.size()).filter(i -> c.day(i) <= day && passes.test(i)).count();
    }

    private static String folded(String s) {
        return s == null ? "" : java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{Mn}", "").toLowerCase(Locale.ROOT);
    }

    @Test
    void summaryCountsOnlyTheChosenTypesAndRegions() throws Exception {
        CliRun r = run("--summary", "--date", "2023-01-31", "--types", "Roadblock,march", "--regions", "pe-pun,PE-CUS");
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        Dataset d = DatasetFiles.bundled(TestData.regions());
        int pun = d.regions().indexOf("PE-PUN").orElseThrow();
        int cus = d.regions().indexOf("PE-CUS").orElseThrow();
        long expected = count(LocalDate.of(2023, 1, 31).toEpochDay(), i -> (d.events().region(i) == pun
                || d.events().region(i) == cus) && (d.events().type(i) == 0 || d.events().type(i) == 2));
        assertTrue(expected > 0);
        assertEquals(expected, json.path("national").path("events").asLong());
        assertEquals(0, json.path("national").path("events_by_type").path("killing").asLong());
        assertEquals(0, json.path("regions").path("PE-LIM").path("events").asLong());
        assertEquals(0, json.path("regions").path("PE").path("events").asLong(), "national figures are not a chosen region");
        assertEquals("[\"march\",\"roadblock\"]", json.path("filter").path("types").toString());
    }

    @Test
    void summaryWithDeathsAndTextMatchesTheRecords() throws Exception {
        CliRun r = run("--summary", "--min-deaths", "1", "--search", "JULIACA");
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        Dataset d = DatasetFiles.bundled(TestData.regions());
        long expected = count(Long.MAX_VALUE, i -> {
            Event e = d.event(i);
            return e.fatalities() >= 1 && (folded(e.place()).contains("juliaca")
                    || folded(e.descriptionEs()).contains("juliaca") || folded(e.descriptionEn()).contains("juliaca"));
        });
        assertTrue(expected > 0, "the bundled data has deaths in Juliaca");
        assertEquals(expected, json.path("national").path("events").asLong());
        long byKind = 0;
        for (JsonNode kind : json.path("national").path("fatalities_by_kind")) {
            byKind += kind.path("fatalities").asLong();
        }
        assertEquals(json.path("national").path("fatalities").asLong(), byKind, "deaths by kind follow the filter too");
    }

    @Test
    void datesBoundTheSummaryAndItsDefaultDay() throws Exception {
        CliRun r = run("--summary", "--from", "2023-01-01", "--to", "2023-01-31");
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("2023-01-31", json.path("date").asText(), "the last day shown");
        assertEquals("2023-01-01", json.path("first_date").asText());
        long expected = count(LocalDate.of(2023, 1, 31).toEpochDay(), i -> true)
                - count(LocalDate.of(2022, 12, 31).toEpochDay(), i -> true);
        assertEquals(expected, json.path("national").path("events").asLong());
    }

    @Test
    void framesCsvCountsWhatTheSummaryCountsOverTheRangeShown() throws Exception {
        Path out = dir.resolve("frames");
        CliRun r = run("--export-frames", out.toString(), "--frames", "2", "--size", "400x300", "--types", "march",
                "--from", "2023-01-01", "--to", "2023-01-31");
        assertEquals(0, r.code(), r.err());
        List<String> csv = Files.readAllLines(out.resolve("frames.csv"));
        assertTrue(csv.get(1).startsWith("2023-01-01,"), csv.get(1));
        String[] last = csv.get(2).split(",");
        assertEquals("2023-01-31", last[0]);
        JsonNode summary = new ObjectMapper().readTree(run("--summary", "--types", "march", "--from", "2023-01-01",
                "--to", "2023-01-31").out());
        assertEquals(summary.path("national").path("events").asLong(), Long.parseLong(last[1]));
        assertEquals(last[2], last[3 + 2], "every marker drawn is a march");
        assertEquals(summary.path("regions").path("PE-PUN").path("events").asText(), last[3 + 8 + regionColumn("PE-PUN")]);
    }

    private static int regionColumn(String code) {
        return TestData.regions().indexOf(code).orElseThrow();
    }

    @Test
    void aSnapshotDrawsOnlyWhatPasses() throws Exception {
        CliRun all = run("--snapshot", dir.resolve("all.png").toString(), "--date", "2023-01-09", "--size", "400x300");
        CliRun killings = run("--snapshot", dir.resolve("k.svg").toString(), "--date", "2023-01-09", "--size", "400x300",
                "--types", "killing", "--window", "all");
        assertEquals(0, all.code(), all.err());
        assertEquals(0, killings.code(), killings.err());
        String svg = Files.readString(dir.resolve("k.svg"));
        String markers = svg.substring(svg.indexOf("<g id=\"markers\""), svg.indexOf("<g id=\"date\""));
        assertTrue(markers.contains("class=\"marker killing"), "killings drawn");
        assertTrue(!markers.contains("class=\"marker march") && !markers.contains("class=\"marker roadblock"), "nothing else");
    }

    @Test
    void badFilterValuesAreUsageErrorsThatSayWhatIsValid() {
        CliRun type = run("--summary", "--types", "march,riot");
        assertEquals(2, type.code());
        assertTrue(type.err().contains("unknown type 'riot'") && type.err().contains("roadblock, strike"), type.err());
        CliRun region = run("--summary", "--regions", "PE-XXX");
        assertEquals(2, region.code());
        assertTrue(region.err().contains("unknown region 'PE-XXX'") && region.err().contains("PE-PUN"), region.err());
        CliRun order = run("--summary", "--from", "2023-02-01", "--to", "2023-01-01");
        assertEquals(2, order.code());
        assertTrue(order.err().contains("--from 2023-02-01 is after --to 2023-01-01"), order.err());
        assertEquals(2, run("--summary", "--min-deaths", "-1").code());
        assertTrue(run("--summary", "--from", "1 Jan").err().contains("--from '1 Jan' is not a date"));
        assertTrue(run("--summary", "--types", "march,").err().contains("empty item"));
        assertTrue(run("--summary", "--search", " ").err().contains("--search needs some text"));
        CliRun outside = run("--summary", "--from", "2024-01-01");
        assertEquals(2, outside.code());
        assertTrue(outside.err().contains("holds no day of the data's range"), outside.err());
        CliRun date = run("--summary", "--from", "2023-01-01", "--date", "2022-12-20");
        assertEquals(2, date.code());
        assertTrue(date.err().contains("outside the range shown"), date.err());
        CliRun mode = run("--validate", "data/events.geojson", "--types", "march");
        assertEquals(2, mode.code());
        assertTrue(mode.err().contains("go with --snapshot, --export-frames, --export-gif, --export-video, --summary, --chart or --briefing"), mode.err());
    }

    @Test
    void aChartTakesTheSummarysFilterOptions() throws Exception {
        Path svg = dir.resolve("marches.svg");
        CliRun ok = run("--chart", "national", svg.toString(), "--types", "march", "--from", "2023-01-01", "--date", "2023-01-19");
        assertEquals(0, ok.code(), ok.err());
        assertTrue(Files.readString(svg).contains("<polyline"));
        CliRun bad = run("--chart", "PE-PUN", dir.resolve("x.png").toString(), "--regions", "PE-XYZ");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--regions: unknown region 'PE-XYZ'"), bad.err());
    }
}
