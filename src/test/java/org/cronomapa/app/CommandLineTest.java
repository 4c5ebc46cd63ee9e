package org.cronomapa.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.cronomapa.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless modes end to end, in this JVM (same renderer, no display). */
class CommandLineTest {
    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void snapshotWritesAPngOfTheRequestedSize() throws Exception {
        Path png = dir.resolve("map.png");
        CliRun r = run("--snapshot", png.toString(), "--date", "2023-01-09", "--size", "640x480", "--lang", "es");
        assertEquals(0, r.code(), r.err());
        var image = ImageIO.read(png.toFile());
        assertEquals(640, image.getWidth());
        assertEquals(480, image.getHeight());
    }

    @Test
    void snapshotToAnSvgNameWritesVectorSvg() throws Exception {
        Path svg = dir.resolve("Map.SVG");
        CliRun r = run("--snapshot", svg.toString(), "--date", "2023-01-09", "--size", "1280x800", "--lang", "es");
        assertEquals(0, r.code(), r.err());
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var doc = factory.newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", doc.getDocumentElement().getTagName());
        assertEquals("1280", doc.getDocumentElement().getAttribute("width"));
        assertEquals(0, doc.getElementsByTagName("image").getLength(), "no embedded bitmap");
        String text = Files.readString(svg);
        assertTrue(text.contains(">Puno</text>") && text.contains(">9 de enero de 2023</text>"), "searchable Spanish text");
        assertTrue(text.contains("class=\"marker "), "markers on a day with events");
        try (var files = Files.list(dir)) {
            assertEquals(List.of(svg), files.toList(), "written atomically: no temporary file left beside it");
        }
    }

    @Test
    void snapshotPngMayBe8000PixelsWide() throws Exception {
        Path png = dir.resolve("wide.png");
        // Full width, small height: the width limit is what is checked, and the test stays fast.
        CliRun r = run("--snapshot", png.toString(), "--date", "2023-01-09", "--size", "8000x500");
        assertEquals(0, r.code(), r.err());
        try (var in = ImageIO.createImageInputStream(png.toFile())) {
            var reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertEquals(8000, reader.getWidth(0));
            assertEquals(500, reader.getHeight(0));
            reader.dispose();
        }
        assertTrue(SnapshotCommand.pngHeapNeeded(8000, 5000) < 1L << 30, "8000x5000 draws in a 1 GB heap");
        assertTrue(SnapshotCommand.tooLittleHeap(8000, 8000, 1L << 30, TestData.english()).contains("-Xmx2g"));
        CliRun tooWide = run("--snapshot", png.toString(), "--size", "8001x500");
        assertEquals(2, tooWide.code());
        assertTrue(tooWide.err().contains("8000x8000"), tooWide.err());
    }

    @Test
    void exportFramesWritesFramesAndTheirTable() throws Exception {
        Path out = dir.resolve("frames");
        CliRun r = run("--export-frames", out.toString(), "--frames", "3", "--size", "400x300", "--window", "7");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(out.resolve("frame_000.png")) && Files.exists(out.resolve("frame_002.png")));
        List<String> csv = Files.readAllLines(out.resolve("frames.csv"));
        assertEquals(4, csv.size());
        String[] header = csv.get(0).split(",");
        assertEquals("date", header[0]);
        assertEquals("cum_total", header[1]);
        assertEquals("window_total", header[2]);
        assertEquals("win_roadblock", header[3]);
        assertEquals(3 + 8 + 26, header.length);
        assertTrue(csv.get(1).startsWith("2022-12-07,"));
        for (String row : csv.subList(1, csv.size())) {
            String[] c = row.split(",");
            int perType = 0;
            for (int i = 3; i < 3 + 8; i++) {
                perType += Integer.parseInt(c[i]);
            }
            assertEquals(Integer.parseInt(c[2]), perType, "window_total is the sum of win_<type>: " + row);
        }
        String[] last = csv.get(3).split(",");
        int sumRegions = 0;
        for (int i = 3 + 8; i < last.length; i++) {
            sumRegions += Integer.parseInt(last[i]);
        }
        assertTrue(Integer.parseInt(last[1]) >= sumRegions, "national figures add to the regions' total");
        assertTrue(r.out().contains("render:") && r.out().contains("png encode:"), r.out());
    }

    @Test
    void defaultsIsAFlagOfTheWindowAndTheLanguageIsLeftToTheSettingsWithoutLang() {
        Options o = Options.parse(java.util.List.of("--defaults", "--data", "x.csv"));
        assertEquals(null, o.mode());
        assertEquals(true, o.has("--defaults"));
        assertEquals(false, o.has("--lang"), "no --lang: the saved language applies");
        assertEquals(Options.systemLocale(), o.locale());
    }

    @Test
    void frameDaysSpanTheRange() {
        assertEquals(100, ExportFramesCommand.frameDay(100, 115, 0, 30));
        assertEquals(214, ExportFramesCommand.frameDay(100, 115, 29, 30));
        assertEquals(100 + Math.round(114 / 2.0), ExportFramesCommand.frameDay(100, 115, 1, 3));
    }

    @Test
    void summaryIsJsonWithRegionsAndNationalTotals() throws Exception {
        CliRun r = run("--summary", "--date", "2023-01-31");
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("2023-01-31", json.path("date").asText());
        assertEquals(27, json.path("regions").size());
        long sum = 0;
        for (JsonNode region : json.path("regions")) {
            sum += region.path("fatalities").asLong();
        }
        assertEquals(json.path("national").path("fatalities").asLong(), sum);
        long byKind = 0;
        for (JsonNode kind : json.path("national").path("fatalities_by_kind")) {
            byKind += kind.path("fatalities").asLong();
            assertTrue(kind.path("fatalities_max").asLong() >= kind.path("fatalities").asLong());
        }
        assertEquals(sum, byKind, "deaths by kind add up to all deaths");
        assertTrue(json.path("national").path("fatalities_by_kind").has("blockade_related"));
        assertTrue(json.path("regions").path("PE-PUN").path("events_by_type").path("killing").asInt() > 0);
    }

    @Test
    void validateAcceptsTheBundledFile() {
        CliRun r = run("--validate", "data/events.geojson", "--lang", "en");
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().contains("is valid"));
    }

    @Test
    void validateListsEveryProblemAndExitsOne() throws Exception {
        Path bad = TestData.write(dir, "bad.csv", "id,date,type,region,lat,lon,fatalities\n"
                + "a,2023-02-30,march,PE-PUN,-15.5,-70.13,0\nb,2023-01-09,march,PE-CUS,-15.5,-70.13,x\n");
        CliRun r = run("--validate", bad.toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains("bad.csv:2 [date]"), r.out());
        assertTrue(r.out().contains("bad.csv:3 [fatalities]"), r.out());
    }

    @Test
    void badArgumentsGiveUsageAndExitTwo() {
        assertEquals(2, run("--snapshot").code());
        assertEquals(2, run("--frobnicate").code());
        assertEquals(2, run("--bench-window", "--seconds", "0").code(), "the window bench runs 1 to 600 s a phase");
        assertEquals(2, run("--bench-window", "--size", "2560x1440").code(), "no larger than its headless screen");
        CliRun r = run("--snapshot", dir.resolve("x.png").toString(), "--date", "2030-01-01", "--lang", "en");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("outside the data's range"), r.err());
    }

    @Test
    void aBrokenDataFileIsReportedNotThrown() throws Exception {
        Path bad = TestData.write(dir, "broken.geojson", "{not json");
        CliRun r = run("--summary", "--data", bad.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("broken.geojson:1"), r.err());
        assertTrue(!r.err().contains("Exception"), "no stack trace reaches the user");
    }

    /** The reproductions: nothing dropped, totals true, no exception reaching the user. */
    @Test
    void validateCountsEveryRowAndEveryProblem() throws Exception {
        StringBuilder csv = new StringBuilder("id,date,type,region,lat,lon,fatalities\n");
        for (int i = 0; i < 3000; i++) {
            csv.append("a").append(i).append(",2023-01-10,march,PE-ZZZ,-15.84,-70.02,0\n");
        }
        Path bad = TestData.write(dir, "bad.csv", csv.toString());
        CliRun r = run("--validate", bad.toString(), "--lang", "en");
        assertEquals(1, r.code());
        assertTrue(r.out().contains("3000 problem(s) in all (region: 3000)"), r.out());
        assertTrue(r.out().contains("3000 rows: 0 valid, 3000 with problems"), r.out());
        assertTrue(r.out().contains("and 2000 more problem(s)"), r.out());

        Path padded = TestData.write(dir, "padded.csv", "id,date,type,region,lat,lon,fatalities\n"
                + "a1,2023-01-10,march,PE-PUN,-15.84,-70.02,0\na2,2023-01-10, march,PE-PUN,-15.84,-70.02,0\n");
        CliRun ok = run("--validate", padded.toString(), "--lang", "en");
        assertEquals(0, ok.code(), ok.out());
        assertTrue(ok.out().contains("valid: 2 events"), ok.out());
    }

    @Test
    void aRegionWithSpacesInGeoJsonIsReadNotAnException() throws Exception {
        Path f = TestData.write(dir, "e.geojson", TestData.collection(
                TestData.feature("a", "2023-01-09", "march", " PE-PUN", -70.13, -15.5)));
        CliRun r = run("--summary", "--data", f.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("PE-PUN"), r.out());
    }

    @Test
    void anUnwritableDestinationIsOneClearLineAndCodeOne() throws Exception {
        Path blocker = Files.writeString(dir.resolve("blocker"), "a file, not a folder");
        CliRun r = run("--snapshot", blocker.resolve("map.png").toString(), "--size", "320x200");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("error: cannot write " + blocker.resolve("map.png")), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        CliRun frames = run("--export-frames", blocker.resolve("frames").toString(), "--frames", "2", "--size", "320x200");
        assertEquals(1, frames.code());
        assertTrue(frames.err().startsWith("error: cannot create the folder"), frames.err());
    }

    /** --data takes an ACLED export in every mode; rows outside Peru are notes, not errors. */
    @Test
    void anAcledExportWorksAsDataAndItsNotesGoToStandardError() throws Exception {
        Path acled = dir.resolve("acled.csv");
        try (var in = CommandLineTest.class.getResourceAsStream("/org/cronomapa/io/acled-peru-sample.csv")) {
            Files.copy(in, acled);
        }
        CliRun r = run("--summary", "--data", acled.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode s = new ObjectMapper().readTree(r.out());
        assertTrue(s.path("regions").has("PE-PUN") || r.out().contains("PE-PUN"), r.out());
        assertTrue(r.err().contains("note: ") && r.err().contains("Bolivia left out"), r.err());
    }

    @Test
    void skipBadRowsLoadsTheValidRowsAndListsTheRest() throws Exception {
        Path f = TestData.write(dir, "mixed.csv", "id,date,type,region,lat,lon,fatalities\n"
                + "a,2023-01-10,march,PE-PUN,-15.5,-70.13,0\nb,2023-02-30,march,PE-PUN,-15.5,-70.13,0\n");
        assertEquals(1, run("--validate", f.toString()).code());
        CliRun r = run("--validate", f.toString(), "--skip-bad-rows");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("valid: 1 events"), r.out());
        assertTrue(r.err().contains("left out 1 of 2 rows") && r.err().contains("mixed.csv:3 [date]"), r.err());
    }

    @Test
    void convertWritesEveryEventAndSaysHowMany() throws Exception {
        Path csv = dir.resolve("events.csv");
        CliRun r = run("--convert", "data/events.geojson", csv.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().strip().matches("wrote [0-9]{3} events to " + java.util.regex.Pattern.quote(csv.toString())), r.out());
        Path json = dir.resolve("events.JSON");
        CliRun back = run("--convert", csv.toString(), json.toString());
        assertEquals(0, back.code(), back.err());
        assertTrue(Files.readString(json).startsWith("{\"type\":\"FeatureCollection\",\"format_version\":1,"));
    }

    @Test
    void convertRefusesABadInputWithItsProblemsAndWritesNothing() throws Exception {
        Path bad = TestData.write(dir, "bad.csv", "id,date,type,region,lat,lon,fatalities\na,2023-01-10,riot,PE-PUN,-15.84,-70.02,0\n");
        Path out = dir.resolve("out.geojson");
        CliRun r = run("--convert", bad.toString(), out.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("bad.csv:2 [type]"), r.err());
        assertTrue(Files.notExists(out));
    }

    @Test
    void convertToAnUnknownFormatOrWithoutOutIsAUsageError() throws Exception {
        CliRun r = run("--convert", "data/events.geojson", dir.resolve("events.xlsx").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: --convert: cannot tell the format of "), r.err());
        assertTrue(r.err().contains(".csv, .geojson, .json"), r.err());
        CliRun half = run("--convert", "data/events.geojson");
        assertEquals(2, half.code());
        assertTrue(half.err().contains("--convert IN OUT"), half.err());
        assertEquals(2, run("--convert", "a.csv", "b.csv", "--summary").code(), "one mode at a time");
    }

    @Test
    void chartsAreWrittenAsPngAndAsSvgWithTheirWords() throws Exception {
        Path png = dir.resolve("national.png");
        CliRun r = run("--chart", "national", png.toString(), "--date", "2023-01-19", "--size", "900x500");
        assertEquals(0, r.code(), r.err());
        var image = ImageIO.read(png.toFile());
        assertEquals(900, image.getWidth());
        Path svg = dir.resolve("puno.svg");
        CliRun s = run("--chart", "pe-pun", svg.toString(), "--lang", "es");
        assertEquals(0, s.code(), s.err());
        String text = Files.readString(svg);
        assertTrue(text.contains(">Puno: eventos por día y muertes<") && text.contains("<polyline"), text.substring(0, 300));
        CliRun bad = run("--chart", "PE-XYZ", dir.resolve("x.png").toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("neither 'national' nor a region code"), bad.err());
    }
}
