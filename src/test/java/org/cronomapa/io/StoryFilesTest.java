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
