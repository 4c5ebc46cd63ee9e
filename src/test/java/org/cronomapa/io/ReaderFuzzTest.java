package org.cronomapa.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cronomapa.TestData;
import org.cronomapa.model.Problem;

/**
 * Coverage-guided fuzzing (Jazzer) of the three readers: any input must end in a value or a list
 * of problems, each naming the file, a field and what is wrong. In a normal test run each target
 * replays only its saved inputs (regression mode, under a second); to search for new failures:
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=ReaderFuzzTest#csvEvents} (or {@code geoJsonEvents},
 * {@code regionMap}), which runs until the target's {@code maxDuration} and saves any crash
 * under {@code src/test/resources/org/cronomapa/io/ReaderFuzzTestInputs/}.
 */
class ReaderFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void csvEvents(byte[] data) throws Exception {
        open(data, "fuzz.csv", true);
    }

    @FuzzTest(maxDuration = "60s")
    void geoJsonEvents(byte[] data) throws Exception {
        open(data, "fuzz.geojson", true);
    }

    @FuzzTest(maxDuration = "60s")
    void regionMap(byte[] data) throws Exception {
        open(data, "fuzz-regions.geojson", false);
    }

    private static void open(byte[] data, String name, boolean events) throws Exception {
        Path dir = Files.createTempDirectory("jazzer");
        Path file = Files.write(dir.resolve(name), data);
        try {
            if (events) {
                DatasetFiles.open(file, TestData.regions());
            } else {
                RegionsReader.read(file);
            }
        } catch (InputFileException e) {
            if (e.problems().isEmpty()) {
                throw new AssertionError("refused with no problem listed");
            }
            for (Problem p : e.problems()) {
                if (p.location() == null || !p.location().startsWith(file.toString()) || p.field() == null
                        || p.field().isBlank() || p.message() == null || p.message().isBlank()) {
                    throw new AssertionError("a problem without its place, field or message: " + p);
                }
            }
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }
}
