package org.cronomapa.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cronomapa.TestData;
import org.cronomapa.model.EventType;
import org.cronomapa.model.Problem;
import org.cronomapa.model.Story;
import org.cronomapa.model.StoryStep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10: the guided story's file, read, written and checked against the bundled events. */
class StoryFilesTest {
    private static final StoryStep PUNO = new StoryStep(LocalDate.of(2023, 1, 9), -70.6, -15.9, -69.7, -15.1, 1,
            Set.of(EventType.KILLING, EventType.CLASH), Set.of("PE-PUN"), 1, "Juliaca, 9 de enero «ñ»", "Juliaca, 9 January",
            "k-20230109-juliaca");
    private static final StoryStep PERU = new StoryStep(LocalDate.of(2022, 12, 7), -81.4, -18.4, -68.6, 0, 7,
            Set.of(), Set.of(), 0, "es", "en", "dec-20221207-congress-removes-castillo");

    @Test
    void aStoryWrittenIsReadBackTheSame(@TempDir Path dir) throws Exception {
        Story story = new Story("prueba", List.of(PERU, PUNO));
        Path file = dir.resolve("story.json");
        StoryWriter.write(file, story);
        StoryReader.Result read = StoryReader.read(file);
        assertTrue(read.ok(), read.problems().listed().toString());
        assertEquals(story, read.story());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left beside it");
        }
    }

    private static List<Problem> problems(String json) {
        StoryReader.Result r = StoryReader.parse("s.json", json.getBytes(StandardCharsets.UTF_8));
        assertFalse(r.ok());
        assertEquals(Story.NONE, r.story());
        return r.problems().listed();
    }

    private static String fields(List<Problem> ps) {
        return ps.stream().map(p -> p.location() + " " + p.field()).toList().toString();
    }

    @Test
    void aMalformedFileGivesProblemsAtTheirStepNeverAnException(@TempDir Path dir) throws Exception {
        assertEquals("[s.json:1:10 json]", fields(problems("{\"steps\": [")).replaceAll(":1:\\d+", ":1:10"));
        assertEquals("[s.json json]", fields(problems("[1, 2]")));
        assertEquals("[s.json format_version, s.json steps]", fields(problems("{\"format_version\": 2, \"steps\": []}")));
        String bad = "{\"format_version\": 1, \"steps\": [{\"date\": \"2023-02-30\", \"extent\": [-70, -15, -71, -14],"
                + " \"window_days\": 90, \"filter\": {\"types\": [\"riot\"], \"regions\": [\"Puno\"], \"min_deaths\": -1},"
                + " \"caption_es\": \" \", \"source_event_id\": 7}, 3]}";
        assertEquals("[s.json#steps[0] date, s.json#steps[0] extent, s.json#steps[0] window_days, "
                + "s.json#steps[0] filter.types, s.json#steps[0] filter.regions, s.json#steps[0] filter.min_deaths, "
                + "s.json#steps[0] caption_es, s.json#steps[0] caption_en, s.json#steps[0] source_event_id, s.json#steps[1] step]",
                fields(problems(bad)));
        assertEquals("[s.json json]", fields(problems("\u0000")).replace("s.json:1:1", "s.json").replaceAll("\\[s.json \\w+\\]", "[s.json json]"));
        Path missing = dir.resolve("none.json");
        StoryReader.Result r = StoryReader.read(missing);
        assertFalse(r.ok());
        StoryReader.Result folder = StoryReader.read(dir);
        assertFalse(folder.ok());
    }

    @Test
    void aStoryWithAccentsFiltersAndManyStepsRoundTrips(@TempDir Path dir) throws Exception {
        StoryStep lima = new StoryStep(LocalDate.of(2023, 1, 19), -77.2, -12.3, -76.8, -11.9, 30, Set.of(), Set.of("PE-LIM", "PE-CAL"),
                0, "«Toma de Lima»: marcha hacia la capital — ¿cuántos?", "The \"Taking of Lima\": a march on the capital\nsecond line",
                "m-20230119-lima");
        StoryStep deaths = new StoryStep(LocalDate.of(2023, 3, 5), -70, -16.5, -69, -15.5, 14, Set.of(), Set.of(), 3,
                "Río Ilave: ñandú, pingüino", "Ilave river", "k-20230305-ilave");
        Story story = new Story("Perú: lección de historia — 2022–2023", List.of(PERU, PUNO, lima, deaths, PUNO));
        Path file = dir.resolve("lección.json");
        StoryWriter.write(file, story);
        StoryReader.Result read = StoryReader.read(file);
        assertTrue(read.ok(), read.problems().listed().toString());
        assertEquals(story, read.story());
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("Perú: lección"), "written as UTF-8 text");
        StoryWriter.write(file, new Story("", List.of(PERU)));
        assertEquals(List.of(PERU), StoryReader.read(file).story().steps(), "a second save replaces the file");
    }

    @Test
    void wrongTypesAndAnEmptyBoxAreNamedAtTheirStepAndField() {
        String steps = "{\"format_version\": 1, \"steps\": ["
                + "{\"date\": 20230109, \"extent\": \"Puno\", \"window_days\": \"7\", \"caption_es\": \"a\", \"caption_en\": 5,"
                + " \"source_event_id\": \"x\"},"
                + "{\"date\": \"2023-01-09\", \"extent\": [-70, -15, -70, -14], \"filter\": \"killing\", \"caption_es\": \"a\","
                + " \"caption_en\": \"b\", \"source_event_id\": \"x\"},"
                + "{\"date\": \"2023-01-09\", \"extent\": [-70, -15, -69, -14], \"filter\": {\"types\": \"killing\", \"regions\": [1],"
                + " \"min_deaths\": 1.5}, \"caption_es\": \"a\", \"caption_en\": \"b\"}]}";
        List<Problem> ps = problems(steps);
        assertEquals("[s.json#steps[0] date, s.json#steps[0] extent, s.json#steps[0] window_days, s.json#steps[0] caption_en, "
                + "s.json#steps[1] extent, s.json#steps[1] filter, "
                + "s.json#steps[2] filter.types, s.json#steps[2] filter.regions, s.json#steps[2] filter.min_deaths, "
                + "s.json#steps[2] source_event_id]", fields(ps));
        assertTrue(ps.get(4).message().contains("west < east"), ps.get(4).message());
        assertEquals("[s.json steps]", fields(problems("{\"format_version\": 1}")));
        assertEquals("[s.json steps]", fields(problems("{\"format_version\": 1, \"steps\": {}}")));
        assertEquals("[s.json json]", fields(problems("not json at all")).replaceAll("s\\.json:\\d+:\\d+", "s.json"));
    }

    @Test
    void theBundledStoryReadsAndEachStepRestsOnABundledEvent() {
        StoryReader.Result r = StoryReader.bundled();
        assertTrue(r.ok(), r.problems().listed().toString());
        List<StoryStep> steps = r.story().steps();
        assertTrue(steps.size() >= 12 && steps.size() <= 20, steps.size() + " steps");
        var data = DatasetFiles.bundled(TestData.regions());
        Set<String> ids = new HashSet<>();
        for (int row = 0; row < data.events().size(); row++) {
            ids.add(data.event(row).id());
        }
        for (StoryStep s : steps) {
            assertTrue(ids.contains(s.sourceEventId()), "no bundled event " + s.sourceEventId());
            assertFalse(s.date().isBefore(LocalDate.of(2022, 12, 7)) || s.date().isAfter(LocalDate.of(2023, 3, 31)), s.date().toString());
        }
        for (int i = 1; i < steps.size(); i++) {
            assertFalse(steps.get(i).date().isBefore(steps.get(i - 1).date()), "steps in date order");
        }
    }
}
