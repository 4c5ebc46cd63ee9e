package org.cronomapa.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cronomapa.TestData;
import org.cronomapa.io.FuzzFile.Expect;
import org.cronomapa.io.FuzzFile.Kind;
import org.cronomapa.model.Dataset;
import org.cronomapa.model.RegionMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7, point 3: no exception ever reaches the user. Every file of the fuzz corpus must end,
 * within {@link FuzzOracle#BOUND}, in a dataset (or region map) or in a list of problems that
 * each name the file, the field and what is wrong. One dynamic test per file, named by reader,
 * mutation and file.
 */
class FuzzCorpusTest {
    @TempDir
    static Path dir;
    private static List<FuzzFile> corpus;

    @BeforeAll
    static void writeCorpus() throws IOException {
        corpus = FuzzCorpus.write(dir);
    }

    @TestFactory
    Stream<DynamicTest> everyFileEndsInAValueOrAListOfProblems() {
        return corpus.stream().map(f -> dynamicTest(f.displayName(), () -> {
            String outcome = FuzzOracle.check(f);
            if (Boolean.getBoolean("fuzz.verbose")) {
                System.out.println(f.displayName() + " => " + outcome);
            }
        }));
    }

    @Test
    void theCorpusHasAtLeast300FilesOfEveryKind() {
        Map<Kind, Long> perKind = corpus.stream().collect(Collectors.groupingBy(FuzzFile::kind, Collectors.counting()));
        assertTrue(corpus.size() >= 300, "corpus size " + corpus.size());
        assertTrue(perKind.get(Kind.EVENTS_CSV) >= 120, perKind::toString);
        assertTrue(perKind.get(Kind.EVENTS_GEOJSON) >= 120, perKind::toString);
        assertTrue(perKind.get(Kind.REGIONS) >= 70, perKind::toString);
        assertEquals(corpus.size(), corpus.stream().map(FuzzFile::path).distinct().count(), "one file per mutation");
    }

    /** Mutations issue 7 names must be in the corpus, the large ones at full size. */
    @Test
    void theCorpusHoldsTheMutationsTheIssueNames() throws IOException {
        Set<String> names = corpus.stream().map(FuzzFile::mutation).collect(Collectors.toSet());
        for (String m : List.of("bom", "crlf", "blank-lines", "padding-spaces-tabs", "all-fields-quoted",
                "missing-column-lat", "row-extra-fields", "semicolon-separators", "lat=NaN", "lat=Infinity",
                "fatalities=-1", "date=2023-02-30", "point-3d", "geometry-null", "properties-null",
                "polygon-where-point-belongs", "point-coordinates-100k-nested-arrays", "truncated-50pct", "nul-in-middle",
                "latin1-not-utf8", "3mb-description", "binary-random-64k", "ring-unclosed", "polygon-3d")) {
            assertTrue(names.contains(m), "missing mutation " + m);
        }
        assertTrue(size("csv", "3mb-description") > 3_000_000);
        assertTrue(size("events", "description_es=string-") > 3_000_000);
        assertTrue(size("events", "point-coordinates-100k-nested-arrays") > 200_000);
    }

    /** The spec's valid variations must load, so the corpus cannot pass by a reader refusing everything. */
    @Test
    void mutationsThatKeepAFileValidAreExpectedToLoad() {
        Function<Kind, Set<String>> mustLoad = k -> corpus.stream().filter(f -> f.kind() == k && f.expect() == Expect.LOAD)
                .map(FuzzFile::mutation).collect(Collectors.toSet());
        assertTrue(mustLoad.apply(Kind.EVENTS_CSV).containsAll(List.of("seed", "bom", "crlf", "bom-crlf", "blank-lines",
                "spaces-around-fields", "all-fields-quoted", "columns-reordered")), () -> "" + mustLoad.apply(Kind.EVENTS_CSV));
        assertTrue(mustLoad.apply(Kind.EVENTS_GEOJSON).containsAll(List.of("seed", "bom", "crlf", "blank-lines", "point-3d")));
        assertTrue(mustLoad.apply(Kind.REGIONS).containsAll(List.of("seed", "bom", "crlf", "blank-lines", "polygon-3d")));
    }

    /** Unmutated seeds load in full, directly and with the reader the corpus uses. */
    @Test
    void theSeedsLoad() throws Exception {
        Dataset csv = DatasetFiles.open(TestData.write(dir, "seed-check.csv", FuzzCsv.seed().render()), TestData.regions());
        assertEquals(FuzzCsv.SEED_ROWS, csv.events().size());
        assertEquals("Paro \"indefinido\"\nsegunda línea", csv.event(findRow(csv, "cus-1")).descriptionEn());
        Dataset events = DatasetFiles.open(TestData.write(dir, "seed-check.geojson", FuzzEventsJson.SEED), TestData.regions());
        assertEquals(FuzzEventsJson.SEED_EVENTS, events.events().size());
        RegionMap map = RegionsReader.read(TestData.write(dir, "seed-regions.geojson", FuzzRegionsJson.seed()));
        assertEquals(FuzzRegionsJson.SEED_CODES, map.regions().stream().map(r -> r.code()).collect(Collectors.toSet()));
        assertEquals("PE-TUM", map.get(0).code(), "mutations of feature 0 assume Tumbes, a Polygon");
        assertEquals("MultiPolygon", map.get(1).outline().getGeometryType(), "mutations of feature 1 assume a MultiPolygon");
        for (FuzzFile f : corpus) {
            if (f.mutation().equals("seed")) {
                assertTrue(FuzzOracle.check(f).startsWith("loaded"), f::displayName);
            }
        }
    }

    @Test
    void theCorpusIsTheSameOnEveryRun(@TempDir Path other) throws IOException {
        List<FuzzFile> again = FuzzCorpus.write(other);
        assertEquals(corpus.size(), again.size());
        for (int i = 0; i < corpus.size(); i++) {
            assertEquals(corpus.get(i).path().getFileName(), again.get(i).path().getFileName());
            assertArrayEquals(Files.readAllBytes(corpus.get(i).path()), Files.readAllBytes(again.get(i).path()),
                    corpus.get(i)::displayName);
        }
    }

    private static long size(String kind, String mutationPrefix) throws IOException {
        FuzzFile f = corpus.stream().filter(c -> c.kind().label.equals(kind) && c.mutation().startsWith(mutationPrefix))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + mutationPrefix));
        return Files.size(f.path());
    }

    private static int findRow(Dataset d, String id) {
        for (int i = 0; i < d.events().size(); i++) {
            if (d.event(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no event " + id);
    }
}
