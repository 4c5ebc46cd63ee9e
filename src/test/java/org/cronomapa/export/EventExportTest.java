package org.cronomapa.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cronomapa.TestData;
import org.cronomapa.io.DatasetFiles;
import org.cronomapa.io.EventsGeoJson;
import org.cronomapa.model.Dataset;
import org.cronomapa.model.Event;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The curated dataset through the export stage: every format reads back to the records it was written from. */
class EventExportTest {
    private static final Path BUNDLED = Path.of("data/events.geojson");
    private static List<Event> curated;
    private static Dataset curatedData;

    @TempDir
    Path dir;

    @BeforeAll
    static void readCurated() throws Exception {
        curated = EventsGeoJson.read(BUNDLED, TestData.regions());
        curatedData = DatasetFiles.open(BUNDLED, TestData.regions());
    }

    private Path export(Dataset data, String name) throws IOException {
        Path out = dir.resolve(name);
        assertEquals(data.events().size(), EventExport.write(data, EventExport.allRows(data), out));
        return out;
    }

    private static List<Event> records(Path file) throws Exception {
        Dataset d = DatasetFiles.open(file, TestData.regions());
        List<Event> out = new ArrayList<>();
        for (int row = 0; row < d.events().size(); row++) {
            out.add(d.details().event(d.events().detailKey(row)));
        }
        return out;
    }

    @Test
    void theCuratedGeoJsonReadsBackToEqualRecords() throws Exception {
        assertTrue(curated.size() > 500, "the whole curated dataset: " + curated.size());
        assertEquals(curated, records(export(curatedData, "out.geojson")),
                "the curated file is in date order, so the export keeps its order too");
    }

    @Test
    void geoJsonToCsvToGeoJsonChangesNothing() throws Exception {
        Path json1 = export(curatedData, "first.geojson");
        Path csv = export(DatasetFiles.open(json1, TestData.regions()), "events.csv");
        assertEquals(curated, records(csv));
        Path json2 = export(DatasetFiles.open(csv, TestData.regions()), "second.geojson");
        assertArrayEquals(Files.readAllBytes(json1), Files.readAllBytes(json2));
        Path csv2 = export(DatasetFiles.open(csv, TestData.regions()), "again.csv");
        assertArrayEquals(Files.readAllBytes(csv), Files.readAllBytes(csv2));
    }

    /**
     * RFC 7946, as QGIS and kepler.gl read it: a FeatureCollection of Features, each a Point at
     * [lon, lat] with a properties object, no member beyond those and format_version (a foreign
     * member, which readers ignore). Checked with @placemarkio/check-geojson too (docs/decisions/0010).
     */
    @Test
    void theGeoJsonIsPlainRfc7946() throws Exception {
        var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(export(curatedData, "e.geojson").toFile());
        assertEquals(List.of("type", "format_version", "features"), fieldNames(root));
        assertEquals("FeatureCollection", root.get("type").asText());
        assertEquals(curated.size(), root.get("features").size());
        for (int i = 0; i < curated.size(); i++) {
            var f = root.get("features").get(i);
            assertEquals(List.of("type", "geometry", "properties"), fieldNames(f));
            assertEquals("Feature", f.get("type").asText());
            assertEquals("Point", f.get("geometry").get("type").asText());
            var xy = f.get("geometry").get("coordinates");
            assertEquals(List.of(curated.get(i).lon(), curated.get(i).lat()), List.of(xy.get(0).doubleValue(), xy.get(1).doubleValue()));
            assertEquals(2, xy.size());
            assertTrue(f.get("properties").isObject());
        }
    }

    private static List<String> fieldNames(com.fasterxml.jackson.databind.JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void theCsvHasColumnsForTheLongestListsAndNoMore() throws Exception {
        String header = Files.readAllLines(export(curatedData, "e.csv")).get(0);
        int sources = curated.stream().mapToInt(e -> e.sources().size()).max().orElseThrow();
        int figures = curated.stream().mapToInt(e -> e.figures().size()).max().orElseThrow();
        assertTrue(header.startsWith("id,date,end_date,type,region,lat,lon,fatalities,"), header);
        assertTrue(header.endsWith(",figure" + figures + "_by"), header);
        assertTrue(header.contains(",source" + sources + "_credit,") && !header.contains("source" + (sources + 1) + "_"), header);
    }

    @Test
    void onlyTheChosenRowsAreWrittenInTheirOrder() throws Exception {
        Path out = dir.resolve("two.geojson");
        assertEquals(2, EventExport.write(curatedData, new int[] {5, 3}, out));
        assertEquals(List.of(curatedData.event(5).id(), curatedData.event(3).id()),
                EventsGeoJson.read(out, TestData.regions()).stream().map(Event::id).toList());
    }

    @Test
    void theFormatIsChosenByTheExtensionInAnyCase() {
        assertEquals(EventFormat.CSV, EventFormat.of(Path.of("a/B.CSV")).orElseThrow());
        assertEquals(EventFormat.GEOJSON, EventFormat.of(Path.of("b.GeoJSON")).orElseThrow());
        assertEquals(EventFormat.GEOJSON, EventFormat.of(Path.of("c.json")).orElseThrow());
        assertTrue(EventFormat.of(Path.of("d.csv.txt")).isEmpty());
        var e = assertThrows(IllegalArgumentException.class,
                () -> EventExport.write(curatedData, new int[] {0}, dir.resolve("events.xlsx")));
        assertTrue(e.getMessage().contains(".csv, .geojson, .json"), e.getMessage());
    }

    /**
     * A CSV's records are re-read from its file; if it is gone, the export fails and leaves the
     * old file as it was, rather than writing the stand-ins the window shows for such rows.
     */
    @Test
    void anEventThatCannotBeReadFailsTheExportAndKeepsTheOldFile() throws Exception {
        Path csv = export(curatedData, "in.csv");
        Dataset fromCsv = DatasetFiles.open(csv, TestData.regions());
        Path out = TestData.write(dir, "out.geojson", "old");
        Files.delete(csv);
        IOException e = assertThrows(IOException.class, () -> EventExport.write(fromCsv, EventExport.allRows(fromCsv), out));
        assertTrue(e.getMessage().startsWith("cannot write " + out), e.getMessage());
        assertEquals("old", Files.readString(out));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(out), files.toList(), "no temporary file is left");
        }
    }

    @Test
    void aMissingFolderIsSaidInWords() {
        IOException e = assertThrows(IOException.class,
                () -> EventExport.write(curatedData, new int[] {0}, dir.resolve("nowhere/e.csv")));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("nowhere")));
    }
}
