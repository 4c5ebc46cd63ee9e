package org.cronomapa.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.cronomapa.TestData;
import org.cronomapa.filter.Filter;
import org.cronomapa.io.DatasetFiles;
import org.cronomapa.model.Dataset;
import org.cronomapa.model.EventType;
import org.cronomapa.model.Story;
import org.cronomapa.model.StoryStep;
import org.cronomapa.timeline.TimeIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 10: the story a user prepares, edited as a value, and a step taken from the view. */
class StoryDocumentTest {
    private static Dataset bundled;

    @BeforeAll
    static void load() {
        bundled = DatasetFiles.bundled(TestData.regions());
    }

    private static StoryStep step(String caption) {
        return new StoryStep(LocalDate.of(2023, 1, 9), -71, -16, -69, -15, 7, Set.of(), Set.of(), 0, caption, caption, "id-" + caption);
    }

    private static int row(String id) {
        for (int r = 0; r < bundled.events().size(); r++) {
            if (bundled.event(r).id().equals(id)) {
                return r;
            }
        }
        throw new AssertionError(id);
    }

    @Test
    void aStepFromTheViewHoldsTheDayBoxWindowFilterAndSelectedEvent() {
        ViewerState s = new ViewerState();
        assertNull(StoryDocument.fromView(s), "no step before any data is shown");
        s.resize(1000, 700);
        s.loadDataset(bundled);
        Filter f = Filter.ALL.withTypes(Set.of(EventType.KILLING, EventType.CLASH)).withRegions(Set.of("PE-PUN")).withMinDeaths(2);
        s.apply(Command.All.of(new Command.SetFilter(f), new Command.SetWindow(3),
                new Command.ZoomTo(-70.6, -15.9, -69.7, -15.1), Command.Seek.to(LocalDate.of(2023, 1, 9))));
        s.select(row("k-20230109-juliaca"));
        StoryStep step = StoryDocument.fromView(s);
        assertEquals(LocalDate.of(2023, 1, 9), step.date());
        assertEquals(3, step.windowDays());
        assertEquals(Set.of(EventType.KILLING, EventType.CLASH), step.types());
        assertEquals(Set.of("PE-PUN"), step.regions());
        assertEquals(2, step.minDeaths());
        assertEquals("k-20230109-juliaca", step.sourceEventId());
        assertEquals("", step.captionEs());
        var v = s.viewport().viewport();
        assertTrue(step.west() > v.lon(0) && step.east() < v.lon(v.width()), "the screen less its margin");
        assertTrue(step.south() > v.lat(v.height()) && step.north() < v.lat(0));
        assertTrue(step.west() <= -70.6 && step.east() >= -69.7 && step.south() <= -15.9 && step.north() >= -15.1);

        // played back, the step shows what the view showed
        ViewerState other = new ViewerState();
        other.resize(1000, 700);
        other.loadDataset(bundled);
        other.apply(Command.of(step));
        assertEquals(s.timeline().day(), other.timeline().day());
        assertEquals(s.filter().filter(), other.filter().filter());
        var w = other.viewport().viewport();
        assertEquals(v.scale(), w.scale(), 1e-6 * v.scale(), "the same zoom");
        assertEquals(v.lon(500), w.lon(500), 1e-6, "the same centre");
        assertEquals(v.lat(350), w.lat(350), 1e-6);

        s.select(-1);
        s.setWindowDays(TimeIndex.ALL_SO_FAR);
        StoryStep none = StoryDocument.fromView(s);
        assertEquals("", none.sourceEventId(), "no event selected: the source is left to fill in");
        assertEquals(TimelineSlice.MAX_WINDOW, none.windowDays(), "all so far kept as the longest window a step has");
        assertEquals(List.of(StoryDocument.Issue.NO_CAPTION_ES, StoryDocument.Issue.NO_CAPTION_EN, StoryDocument.Issue.NO_SOURCE),
                StoryDocument.issues(none, StoryDocument.eventIds(bundled)));
    }

    @Test
    void issuesNameWhatIsMissingAndAnUnknownSourceOnlyWarns() {
        Set<String> ids = StoryDocument.eventIds(bundled);
        assertEquals(bundled.events().size(), ids.size(), "ids are unique");
        StoryStep ok = step("x").withSource("k-20230109-juliaca");
        assertEquals(List.of(), StoryDocument.issues(ok, ids));
        assertEquals(List.of(StoryDocument.Issue.UNKNOWN_SOURCE), StoryDocument.issues(ok.withSource("nope"), ids));
        assertEquals(List.of(), StoryDocument.issues(ok.withSource("nope"), Set.of()), "unchecked without events");
        assertEquals(List.of(StoryDocument.Issue.NO_CAPTION_EN), StoryDocument.issues(ok.withCaptions("sí", " "), ids));
        assertFalse(StoryDocument.Issue.UNKNOWN_SOURCE.stopsSaving());
        assertTrue(StoryDocument.Issue.NO_SOURCE.stopsSaving());
    }

    @Test
    void editsMarkTheStoryUnsavedUntilSavedAndACopyKeepsAll() {
        StoryDocument doc = new StoryDocument();
        doc.load(new Story("a", List.of(step("1"))), null);
        assertFalse(doc.dirty());
        doc.edit(s -> s.withName("a"));
        assertFalse(doc.dirty(), "an edit that changes nothing is no edit");
        doc.edit(s -> s.inserted(1, step("2")));
        assertTrue(doc.dirty());
        Path file = Path.of("lección.json");
        doc.saved(file);
        assertFalse(doc.dirty());
        assertEquals(file, doc.file());
        doc.edit(s -> s.moved(1, 0));
        StoryDocument rebuilt = new StoryDocument();
        rebuilt.copyFrom(doc);
        assertEquals(doc.story(), rebuilt.story());
        assertEquals(file, rebuilt.file());
        assertTrue(rebuilt.dirty());
    }

    /** The story's edits against the same edits on a plain list, at random. */
    @Test
    void storyEditsAgreeWithAListEditedByHand() {
        Random random = new Random(10);
        Story story = new Story("s", List.of());
        List<StoryStep> oracle = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            int op = oracle.isEmpty() ? 0 : random.nextInt(4);
            if (op == 0) {
                int at = random.nextInt(oracle.size() + 1);
                StoryStep s = step("n" + i);
                story = story.inserted(at, s);
                oracle.add(at, s);
            } else if (op == 1) {
                int at = random.nextInt(oracle.size());
                story = story.without(at);
                oracle.remove(at);
            } else if (op == 2) {
                int from = random.nextInt(oracle.size());
                int to = random.nextInt(oracle.size());
                story = story.moved(from, to);
                oracle.add(to, oracle.remove(from));
            } else {
                int at = random.nextInt(oracle.size());
                StoryStep s = oracle.get(at).withCaptions("es" + i, "en" + i).withDate(LocalDate.of(2023, 2, 1));
                story = story.replaced(at, s);
                oracle.set(at, s);
            }
            assertEquals(oracle, story.steps());
        }
        assertEquals("s", story.name());
    }
}
