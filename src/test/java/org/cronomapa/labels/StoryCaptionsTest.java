package org.cronomapa.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cronomapa.TestData;
import org.cronomapa.model.Story;
import org.cronomapa.model.StoryStep;
import org.junit.jupiter.api.Test;

/** Which step a day falls in, and a caption whose event the data lacks. */
class StoryCaptionsTest {
    private static StoryStep step(String date, String caption) {
        return new StoryStep(LocalDate.parse(date), -75, -15, -70, -10, 7, Set.of(), Set.of(), 0, caption + " (es)",
                caption, "no-such-event");
    }

    private static int day(String date) {
        return (int) LocalDate.parse(date).toEpochDay();
    }

    @Test
    void aStepLastsFromItsDateToTheNextStepsInDateOrder() {
        Story story = new Story("t", List.of(step("2023-01-09", "c"), step("2022-12-07", "a"), step("2022-12-15", "b1"),
                step("2022-12-15", "b2")));
        StoryCaptions c = new StoryCaptions(TestData.english(), null, story);
        assertEquals(List.of("a", "b1", "b2", "c"), c.steps().stream().map(s -> s.captionEn()).toList());
        assertEquals(-1, c.stepAt(day("2022-12-06")));
        assertNull(c.captionAt(day("2022-12-06")));
        assertEquals(0, c.stepAt(day("2022-12-07")));
        assertEquals(0, c.stepAt(day("2022-12-14")));
        assertEquals(3 - 1, c.stepAt(day("2022-12-15")), "the last of two steps on one day");
        assertEquals(2, c.stepAt(day("2023-01-08")));
        assertEquals(3, c.stepAt(day("2023-03-30")));
        assertEquals("c", c.captionAt(day("2023-01-10")).text());
    }

    @Test
    void aCitedEventMissingFromTheDataIsSaidInTheSourceLine() {
        StoryCaptions c = new StoryCaptions(TestData.english(), null, new Story("t", List.of(step("2023-01-09", "c"))));
        assertEquals("Source: event no-such-event is not in the data", c.caption(0).source());
        assertNull(c.source(c.steps().get(0)));
        assertEquals(false, c.citesAny());
    }
}
