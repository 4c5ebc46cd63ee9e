package org.cronomapa.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cronomapa.TestData;
import org.cronomapa.filter.Filter;
import org.cronomapa.filter.Filtered;
import org.cronomapa.model.EventType;
import org.cronomapa.timeline.Playback;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The filter commands: one step each, the result computed with the filter, playback inside its dates. */
class FilterCommandsTest {
    private static final long JAN_9 = LocalDate.of(2023, 1, 9).toEpochDay();
    private static final long JAN_12 = LocalDate.of(2023, 1, 12).toEpochDay();
    private final ViewerState state = new ViewerState();

    @BeforeEach
    void load(@TempDir Path dir) throws Exception {
        state.loadDataset(TestData.threeEvents(dir)); // a killing in Puno on the 9th, marches in Lima (10th) and Puno (12th)
    }

    @Test
    void everyListenerSeesTheFilterItsResultAndTheRangeTogether() {
        List<String> seen = new ArrayList<>();
        Runnable check = () -> {
            Filtered f = state.filter().filtered();
            seen.add(state.filter().filter().types() + " " + f.filter().types() + " " + state.timeline().playback().lastDay());
            assertSame(state.filter().filter(), f.filter());
        };
        state.filter().filterProperty().addListener((o, a, b) -> check.run());
        state.filter().filteredProperty().addListener((o, a, b) -> check.run());
        state.timeline().playbackProperty().addListener((o, a, b) -> check.run());
        state.setDateRange(null, LocalDate.of(2023, 1, 10));
        assertEquals(List.of("[] [] " + (JAN_9 + 1), "[] [] " + (JAN_9 + 1), "[] [] " + (JAN_9 + 1)), seen);
    }

    @Test
    void typesRegionsDeathsAndTextNarrowTheRowsAndCounts() {
        state.setTypes(Set.of(EventType.MARCH));
        assertArrayEquals(new int[] {1, 2}, state.filter().filtered().rows());
        state.setRegions(Set.of("PE-PUN"));
        assertArrayEquals(new int[] {2}, state.filter().filtered().rows());
        assertEquals(1, state.filter().filtered().cumulativeTotal((int) JAN_12));
        state.clearFilter();
        state.setMinDeaths(1);
        assertEquals(Filter.ALL.withMinDeaths(1), state.filter().filter());
        state.setSearch("no such place");
        assertArrayEquals(new int[0], state.filter().filtered().rows());
        state.clearFilter();
        assertArrayEquals(new int[] {0, 1, 2}, state.filter().filtered().rows());
    }

    @Test
    void playbackRunsInsideTheDatesAndKeepsPlaying() {
        state.goToEnd();
        state.setDateRange(LocalDate.of(2023, 1, 10), LocalDate.of(2023, 1, 11));
        Playback p = state.timeline().playback();
        assertEquals(JAN_9 + 1, p.firstDay());
        assertEquals(JAN_9 + 2, p.lastDay());
        assertEquals(JAN_9 + 2, state.timeline().day(), "the day moved into the range");
        state.play();
        state.setTypes(Set.of(EventType.MARCH));
        assertTrue(state.timeline().playback().playing(), "a filter change does not stop playback");
        assertEquals(JAN_9 + 1, state.timeline().day(), "play from the range's start");
        state.setLoop(true);
        state.advance(3_500_000_000L);
        assertTrue(state.timeline().day() >= JAN_9 + 1 && state.timeline().day() <= JAN_9 + 2);
        state.clearFilter();
        assertEquals(JAN_9, state.timeline().playback().firstDay());
        assertEquals(JAN_12, state.timeline().playback().lastDay());
    }

    @Test
    void aSelectedEventTheFilterHidesIsUnselected() {
        state.select(0);
        state.setTypes(Set.of(EventType.KILLING));
        assertEquals(0, state.selection().selectedRow());
        state.setTypes(Set.of(EventType.MARCH));
        assertEquals(-1, state.selection().selectedRow());
        state.select(0);
        assertEquals(-1, state.selection().selectedRow(), "a hidden row cannot be selected");
    }

    @Test
    void aBadRangeChangesNothing() {
        state.setTypes(Set.of(EventType.MARCH));
        Filtered before = state.filter().filtered();
        assertThrows(IllegalArgumentException.class,
                () -> state.setDateRange(LocalDate.of(2023, 1, 12), LocalDate.of(2023, 1, 9)));
        assertSame(before, state.filter().filtered());
    }

    @Test
    void aNewDatasetIsShownThroughTheFilterAlreadyChosen() throws Exception {
        state.setRegions(Set.of("PE-LMA"));
        state.setDateRange(LocalDate.of(2023, 1, 10), null);
        state.loadDataset(org.cronomapa.io.DatasetFiles.bundled(TestData.regions()));
        Filtered f = state.filter().filtered();
        assertSame(state.data().index(), f.index());
        assertEquals(LocalDate.of(2023, 1, 10).toEpochDay(), state.timeline().playback().firstDay());
        assertEquals(state.timeline().playback().firstDay(), state.timeline().day());
        for (int row : f.rows()) {
            assertEquals(state.data().dataset().regions().indexOf("PE-LMA").orElseThrow(), state.data().dataset().events().region(row));
        }
    }

    @Test
    void beforeAnyDataTheFilterIsKeptForTheFirstDataset() {
        ViewerState empty = new ViewerState();
        empty.setMinDeaths(2);
        assertEquals(2, empty.filter().filter().minDeaths());
        assertEquals(null, empty.filter().filtered());
    }
}
