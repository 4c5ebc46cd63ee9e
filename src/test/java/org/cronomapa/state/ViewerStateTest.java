package org.cronomapa.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.cronomapa.TestData;
import org.cronomapa.io.DatasetFiles;
import org.cronomapa.model.Dataset;
import org.cronomapa.model.Problem;
import org.cronomapa.timeline.TimeIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The viewer state driven by its commands alone, with no window and no toolkit. */
class ViewerStateTest {
    private final ViewerState state = new ViewerState();
    private Dataset bundled;

    @BeforeEach
    void load() {
        bundled = DatasetFiles.bundled(TestData.regions());
        state.resize(1000, 700);
        state.loadDataset(bundled);
    }

    @Test
    void loadingStartsOnTheFirstDayPaused() {
        assertEquals(LocalDate.of(2022, 12, 7).toEpochDay(), state.timeline().day());
        assertFalse(state.timeline().playback().playing());
        assertEquals(1000, state.viewport().viewport().width());
        assertEquals(-1, state.selection().selectedRow());
    }

    @Test
    void seekingPausesAndPlayingAdvancesByElapsedTime() {
        state.play();
        state.advance(2_000_000_000L);
        int first = state.timeline().playback().firstDay();
        assertEquals(first + 2, state.timeline().day());
        state.seek(first + 40);
        assertFalse(state.timeline().playback().playing());
        assertEquals(first + 40, state.timeline().day());
        state.togglePlay();
        assertTrue(state.timeline().playback().playing());
        state.stepDays(-1);
        assertFalse(state.timeline().playback().playing());
        assertEquals(first + 39, state.timeline().day());
        state.goToEnd();
        assertEquals(state.timeline().playback().lastDay(), state.timeline().day());
    }

    @Test
    void windowLengthIsClampedButAllSoFarIsKept() {
        state.setWindowDays(90);
        assertEquals(TimelineSlice.MAX_WINDOW, state.timeline().windowDays());
        state.setWindowDays(0);
        assertEquals(TimelineSlice.MIN_WINDOW, state.timeline().windowDays());
        state.setWindowDays(TimeIndex.ALL_SO_FAR);
        assertEquals(TimeIndex.ALL_SO_FAR, state.timeline().windowDays());
    }

    @Test
    void problemsWithAFileKeepTheDataShown() {
        state.select(3);
        var problems = org.cronomapa.model.ProblemReport.of(List.of(new Problem("x.csv:2", "date", "bad")));
        state.reportProblems(problems);
        assertSame(bundled, state.data().dataset());
        assertEquals(problems, state.ui().problemsProperty().get());
        assertEquals(3, state.selection().selectedRow());
    }

    @Test
    void zoomSurvivesAResize() {
        state.zoomAt(2, 500, 350);
        state.resize(1200, 800);
        assertEquals(2, state.viewport().viewport().zoom(), 1e-9);
        state.resetView();
        assertEquals(1, state.viewport().viewport().zoom(), 1e-9);
    }
}
