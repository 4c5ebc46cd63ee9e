package org.cronomapa.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableValue;
import org.cronomapa.TestData;
import org.cronomapa.io.DatasetFiles;
import org.cronomapa.map.Viewport;
import org.cronomapa.model.Dataset;
import org.cronomapa.model.ProblemReport;
import org.cronomapa.timeline.Metric;
import org.cronomapa.timeline.Playback;
import org.cronomapa.timeline.TimeIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command replaces the state in one step: every listener on every slice, whenever it runs,
 * sees the whole new state (never a new dataset with the old selection or day), and no listener
 * throws. JavaFX hands a listener's exception to the thread's handler, so the test installs one.
 */
class AtomicCommandsTest {
    private final ViewerState state = new ViewerState();
    private final List<String> seen = new ArrayList<>();
    private final List<State> states = new ArrayList<>();
    private final List<Throwable> thrown = new ArrayList<>();
    private Thread.UncaughtExceptionHandler previous;
    private Dataset three;

    /** Everything a listener can read, compared by identity or value. */
    record State(Dataset dataset, TimeIndex index, int row, Playback playback, int day, Viewport viewport,
            ProblemReport problems, int windowDays, Metric metric) {
    }

    @BeforeEach
    void load(@TempDir Path dir) throws Exception {
        three = TestData.threeEvents(dir);
        state.resize(1000, 700);
        state.loadDataset(DatasetFiles.bundled(TestData.regions()));
        previous = Thread.currentThread().getUncaughtExceptionHandler();
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> thrown.add(e));
        watch("dataset", state.data().datasetProperty());
        watch("selectedRow", state.selection().selectedRowProperty());
        watch("playback", state.timeline().playbackProperty());
        watch("day", state.timeline().dayProperty());
        watch("windowDays", state.timeline().windowDaysProperty());
        watch("metric", state.timeline().metricProperty());
        watch("viewport", state.viewport().viewportProperty());
        watch("problems", state.ui().problemsProperty());
    }

    @AfterEach
    void restore() {
        Thread.currentThread().setUncaughtExceptionHandler(previous);
    }

    private State now() {
        return new State(state.data().dataset(), state.data().index(), state.selection().selectedRow(),
                state.timeline().playback(), state.timeline().day(), state.viewport().viewport(),
                state.ui().problemsProperty().get(), state.timeline().windowDays(), state.timeline().metric());
    }

    private <T> void watch(String name, ObservableValue<T> value) {
        value.addListener((o, a, b) -> {
            seen.add(name);
            states.add(now());
            // What the details panel does when anything changes: read the selected event.
            int row = state.selection().selectedRow();
            if (row >= 0) {
                state.data().dataset().event(row);
            }
        });
    }

    /** Loads the three events; each state a listener saw is the final one, and is consistent in itself. */
    private void loadThreeAndCheckEveryListener() {
        states.clear();
        seen.clear();
        state.loadDataset(three);
        assertEquals(List.of(), thrown, "listeners threw");
        assertFalse(states.isEmpty(), "some listener ran");
        State end = now();
        for (int i = 0; i < states.size(); i++) {
            State s = states.get(i);
            assertConsistent(seen.get(i), s);
            assertEquals(List.of(), differences(end, s), "the " + seen.get(i) + " listener saw these slices old");
        }
        assertConsistent("after the command", end);
    }

    private static List<String> differences(State a, State b) {
        List<String> d = new ArrayList<>();
        String[] names = {"dataset", "index", "row", "playback", "day", "viewport", "problems", "windowDays", "metric"};
        Object[] x = {a.dataset(), a.index(), a.row(), a.playback(), a.day(), a.viewport(), a.problems(), a.windowDays(), a.metric()};
        Object[] y = {b.dataset(), b.index(), b.row(), b.playback(), b.day(), b.viewport(), b.problems(), b.windowDays(), b.metric()};
        for (int i = 0; i < names.length; i++) {
            if (!java.util.Objects.equals(x[i], y[i])) {
                d.add(names[i]);
            }
        }
        return d;
    }

    private static void assertConsistent(String who, State s) {
        assertSame(s.dataset().events(), s.index().events(), who + ": the index belongs to the dataset");
        assertTrue(s.row() == -1 || s.row() >= 0 && s.row() < s.dataset().events().size(),
                who + ": row " + s.row() + " outside " + s.dataset().events().size() + " events");
        assertEquals(s.index().firstDay(), s.playback().firstDay(), who + ": first day");
        assertEquals(s.index().lastDay(), s.playback().lastDay(), who + ": last day");
        assertEquals(s.playback().day(), s.day(), who + ": day follows playback");
        assertTrue(s.day() >= s.index().firstDay() && s.day() <= s.index().lastDay(), who + ": day in range");
    }

    private void assertShowsThreeFromTheStart() {
        assertSame(three, state.data().dataset());
        assertEquals(-1, state.selection().selectedRow());
        assertFalse(state.timeline().playback().playing());
        assertEquals(LocalDate.of(2023, 1, 9).toEpochDay(), state.timeline().day());
        assertEquals(1, state.viewport().viewport().zoom(), 1e-9);
        assertEquals(1000, state.viewport().viewport().width());
    }

    @Test
    void loadingASmallerDatasetWhileARowBeyondItIsSelected() {
        state.select(500);
        loadThreeAndCheckEveryListener();
        assertShowsThreeFromTheStart();
    }

    @Test
    void loadingWhileARowItAlsoHasIsSelected() {
        state.select(1); // a row the new data has too, but another event
        loadThreeAndCheckEveryListener();
        assertShowsThreeFromTheStart();
    }

    @Test
    void loadingWhilePlaying() {
        state.play();
        state.advance(40_000_000_000L);
        loadThreeAndCheckEveryListener();
        assertShowsThreeFromTheStart();
    }

    @Test
    void loadingWhileZoomedInAndPanned() {
        state.zoomAt(4, 300, 200);
        state.panBy(120, -80);
        loadThreeAndCheckEveryListener();
        assertShowsThreeFromTheStart();
    }

    @Test
    void loadingWhileSelectedPlayingZoomedAndAfterAProblem() {
        state.select(553);
        state.play();
        state.advance(60_000_000_000L);
        state.zoomAt(2, 500, 350);
        state.reportProblems(ProblemReport.of("x.csv", "file", "bad"));
        loadThreeAndCheckEveryListener();
        assertShowsThreeFromTheStart();
        assertEquals(0, state.ui().problemsProperty().get().total());
    }

    @Test
    void aRowOutsideTheDataSelectsNothing() {
        state.loadDataset(three);
        state.select(3);
        assertEquals(-1, state.selection().selectedRow());
        state.select(2);
        assertEquals(2, state.selection().selectedRow());
        state.select(-7);
        assertEquals(-1, state.selection().selectedRow());
        assertEquals(List.of(), thrown);
    }

    @Test
    void viewCommandsBeforeAnyDatasetDoNothing() {
        ViewerState empty = new ViewerState();
        empty.zoomAt(1.25, 10, 10);
        empty.zoomAt(0.8, 10, 10);
        empty.panBy(30, 40);
        empty.resetView();
        empty.select(0);
        assertNull(empty.viewport().viewport());
        assertEquals(-1, empty.selection().selectedRow());
        empty.resize(900, 600);
        empty.loadDataset(three);
        assertEquals(900, empty.viewport().viewport().width());
        assertEquals(1, empty.viewport().viewport().zoom(), 1e-9);
    }

    @Test
    void zoomBeforeTheFirstLayoutIsKeptWhenTheLayoutSizesTheView() {
        ViewerState fresh = new ViewerState();
        fresh.loadDataset(three); // no resize yet: the view has the default size
        fresh.zoomAt(1.25, 640, 400);
        fresh.panBy(10, 10);
        fresh.zoomAt(0.8, 640, 400);
        fresh.zoomAt(2, 640, 400);
        fresh.resize(900, 600);
        assertEquals(900, fresh.viewport().viewport().width());
        assertEquals(2, fresh.viewport().viewport().zoom(), 1e-9);
        fresh.resetView();
        assertEquals(1, fresh.viewport().viewport().zoom(), 1e-9);
    }
}
