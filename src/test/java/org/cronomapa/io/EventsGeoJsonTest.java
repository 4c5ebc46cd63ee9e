package org.cronomapa.io;

import static org.cronomapa.TestData.collection;
import static org.cronomapa.TestData.feature;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cronomapa.TestData;
import org.cronomapa.model.Dataset;
import org.cronomapa.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventsGeoJsonTest {
    @TempDir
    Path dir;

    private List<Problem> problems(String name, String content) throws Exception {
        Path f = TestData.write(dir, name, content);
        InputFileException e = assertThrows(InputFileException.class, () -> DatasetFiles.open(f, TestData.regions()));
        return e.problems();
    }

    private static void assertProblem(List<Problem> ps, String location, String field, String words) {
        assertTrue(ps.stream().anyMatch(p -> p.location().endsWith(location) && p.field().equals(field)
                && p.message().contains(words)), () -> "expected " + location + " [" + field + "] ~" + words + " in " + ps);
    }

    @Test
    void readsAValidFile() throws Exception {
        Path f = TestData.write(dir, "ok.geojson", collection(
                feature("a", "2023-01-09", "killing", "PE-PUN", -70.13, -15.5),
                feature("b", "2023-01-10", "march", "PE-LMA", -77.03, -12.05)));
        Dataset d = DatasetFiles.open(f, TestData.regions());
        assertEquals(2, d.events().size());
        assertEquals("a", d.event(0).id());
        assertEquals("https://example.org/a", d.event(0).sources().get(0).url());
    }

    @Test
    void malformedJsonNamesLineAndColumn() throws Exception {
        List<Problem> ps = problems("bad.geojson", "{\"type\":\"FeatureCollection\",\n\"features\":[ {,] }");
        assertProblem(ps, "bad.geojson:2:15", "json", "malformed JSON");
    }

    @Test
    void unknownRegion() throws Exception {
        assertProblem(problems("r.geojson", collection(feature("a", "2023-01-09", "march", "PE-XYZ", -70.13, -15.5))),
                "r.geojson#0", "region", "unknown region code 'PE-XYZ'");
    }

    @Test
    void unparseableDate() throws Exception {
        assertProblem(problems("d.geojson", collection(feature("a", "9 Jan 2023", "march", "PE-PUN", -70.13, -15.5))),
                "d.geojson#0", "date", "not a date");
    }

    @Test
    void dateOutOfRange() throws Exception {
        assertProblem(problems("d.geojson", collection(feature("a", "2300-01-09", "march", "PE-PUN", -70.13, -15.5))),
                "d.geojson#0", "date", "out of range");
    }

    @Test
    void endBeforeStart() throws Exception {
        String f = feature("a", "2023-01-09", "strike", "PE-PUN", -70.13, -15.5)
                .replace("\"date\":", "\"end_date\":\"2023-01-01\",\"date\":");
        assertProblem(problems("e.geojson", collection(f)), "e.geojson#0", "end_date", "before the start date");
    }

    @Test
    void pointOutsidePeru() throws Exception {
        assertProblem(problems("p.geojson", collection(feature("a", "2023-01-09", "march", "PE-PUN", -58.4, -34.6))),
                "p.geojson#0", "lat/lon", "outside Peru");
    }

    @Test
    void pointInAnotherRegion() throws Exception {
        assertProblem(problems("p.geojson", collection(feature("a", "2023-01-09", "march", "PE-PUN", -77.03, -12.05))),
                "p.geojson#0", "lat/lon", "is in PE-LMA, not in the named region PE-PUN");
    }

    @Test
    void duplicateId() throws Exception {
        assertProblem(problems("u.geojson", collection(feature("a", "2023-01-09", "march", "PE-PUN", -70.13, -15.5),
                feature("a", "2023-01-10", "march", "PE-PUN", -70.13, -15.5))), "u.geojson#1", "id", "duplicate id 'a'");
    }

    @Test
    void missingRequiredField() throws Exception {
        String f = feature("a", "2023-01-09", "march", "PE-PUN", -70.13, -15.5).replace("\"type\":\"march\",", "");
        assertProblem(problems("m.geojson", collection(f)), "m.geojson#0", "type", "missing");
    }

    @Test
    void everyProblemIsListedNotJustTheFirst() throws Exception {
        List<Problem> ps = problems("many.geojson", collection(
                feature("a", "bad", "march", "PE-PUN", -70.13, -15.5),
                feature("b", "2023-01-09", "riot", "PE-PUN", -70.13, -15.5)));
        assertProblem(ps, "many.geojson#0", "date", "not a date");
        assertProblem(ps, "many.geojson#1", "type", "unknown event type 'riot'");
    }

    @Test
    void emptyFile() throws Exception {
        assertProblem(problems("empty.geojson", ""), "empty.geojson", "file", "empty");
    }

    @Test
    void binaryFile() throws Exception {
        Path f = dir.resolve("bin.geojson");
        Files.write(f, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
        InputFileException e = assertThrows(InputFileException.class, () -> DatasetFiles.open(f, TestData.regions()));
        assertProblem(e.problems(), "bin.geojson", "file", "binary file");
    }

    @Test
    void fileLargerThanTheLimitIsRefusedBeforeReading() throws Exception {
        Path f = dir.resolve("huge.csv");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(InputFiles.MAX_BYTES + 1);
        }
        InputFileException e = assertThrows(InputFileException.class, () -> DatasetFiles.open(f, TestData.regions()));
        assertProblem(e.problems(), "huge.csv", "file", "the limit is 512 MB");
    }

    @Test
    void notAFeatureCollection() throws Exception {
        assertProblem(problems("x.geojson", "{\"type\":\"Feature\"}"), "x.geojson", "type", "FeatureCollection");
    }

    @Test
    void textThatIsNoEventsFileIsNamedAsSuch() throws Exception {
        assertProblem(problems("x.txt", "hello"), "x.txt", "file", "not an events file Cronomapa reads");
    }
}
