package org.cronomapa.ui;

import org.cronomapa.labels.Texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;


import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.cronomapa.TestData;
import org.cronomapa.io.DatasetFiles;
import org.cronomapa.model.Dataset;
import org.cronomapa.model.Problem;
import org.cronomapa.model.ProblemReport;
import org.cronomapa.state.DatasetOpener;
import org.cronomapa.state.ViewerState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window survives its state being replaced at awkward moments: a smaller dataset while a
 * marker is selected, playing and zoomed in; keys and drags before the first layout; the window
 * closed while a file is still being opened. Exceptions in listeners and handlers on the FX thread
 * only reach the thread's handler, so the test installs one and expects it to stay silent.
 */
@ExtendWith(ApplicationExtension.class)
class WindowStateChangesTest {
    @TempDir
    static Path dir;
    private final ViewerState state = new ViewerState();
    private final List<Throwable> fxErrors = new CopyOnWriteArrayList<>();
    private Thread.UncaughtExceptionHandler previous;
    private Texts texts;
    private Dataset three;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        three = TestData.threeEvents(dir);
        state.loadDataset(DatasetFiles.bundled(TestData.regions()));
        texts = TestData.english();
        window = new MainWindow(state, texts, f -> new DatasetOpener.Opened(three, ProblemReport.of(List.of())), url -> { });
        stage.setScene(window.scene(1200, 800));
        stage.show();
        previous = Thread.currentThread().getUncaughtExceptionHandler();
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> {
            fxErrors.add(e);
            e.printStackTrace();
        });
    }

    @AfterEach
    void restore() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            window.stop();
            Thread.currentThread().setUncaughtExceptionHandler(previous);
        }).get(10, TimeUnit.SECONDS);
    }

    private void settle() {
        TestData.settle(window);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
    }

    private long mapChecksum() throws Exception {
        return onFx(() -> {
            long sum = 0;
            for (int y = 0; y < window.map().getHeight() - 1; y += 7) {
                for (int x = 0; x < window.map().getWidth() - 1; x += 7) {
                    sum = sum * 31 + window.map().pixel(x, y);
                }
            }
            return sum;
        });
    }

    private static MouseEvent mouse(javafx.event.EventType<MouseEvent> type, Node on, double x, double y) {
        Point2D s = on.localToScene(x, y);
        return new MouseEvent(type, s.getX(), s.getY(), s.getX(), s.getY(), MouseButton.PRIMARY, 1,
                false, false, false, false, type != MouseEvent.MOUSE_MOVED && type != MouseEvent.MOUSE_RELEASED,
                false, false, false, false, true, null);
    }

    private static void press(Node on, KeyCode key) {
        Event.fireEvent(on, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", key, false, false, false, false));
    }

    @Test
    void loadingASmallerDatasetWhileSelectedPlayingAndZoomed(FxRobot robot) throws Exception {
        settle();
        robot.interact(() -> {
            state.select(500);
            state.zoomAt(2, 600, 400);
            state.play();
        });
        settle();
        long before = mapChecksum();
        robot.interact(() -> window.open(Path.of("three.geojson")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> state.data().dataset() == three);
        settle();
        assertEquals(List.of(), fxErrors, "nothing threw on the FX thread");
        assertEquals(-1, state.selection().selectedRow());
        assertFalse(state.timeline().playback().playing());
        assertEquals(LocalDate.of(2023, 1, 9).toEpochDay(), state.timeline().day());
        assertEquals(1, state.viewport().viewport().zoom(), 1e-9);
        String empty = texts.get("details.empty");
        assertTrue(robot.lookup("#details .label").queryAllAs(Label.class).stream().anyMatch(l -> empty.equals(l.getText())),
                "the details panel shows no selection");
        assertEquals(texts.date(LocalDate.of(2023, 1, 9)), window.map().shownDate(), "the map redrew the new data");
        assertNotEquals(before, mapChecksum());
        assertTrue(stage.getTitle().endsWith(three.name()));
    }

    @Test
    void pointingAtTheMapRightAfterALoadHitsNoOldMarker(FxRobot robot) throws Exception {
        robot.interact(() -> state.seek((int) LocalDate.of(2023, 1, 9).toEpochDay()));
        settle();
        int[] marker = onFx(() -> {
            for (int y = 0; y < window.map().getHeight(); y += 3) {
                for (int x = 0; x < window.map().getWidth(); x += 3) {
                    int row = window.map().rowAt(x, y);
                    if (row >= three.events().size()) {
                        return new int[] {x, y};
                    }
                }
            }
            return null;
        });
        assertTrue(marker != null, "some marker beyond row 3 is drawn on 9 January 2023");
        // Load, then hover and click the old marker's place before any pulse draws the new data.
        int hit = onFx(() -> {
            MapView map = window.map();
            state.loadDataset(three);
            int row = map.rowAt(marker[0], marker[1]);
            Event.fireEvent(map, mouse(MouseEvent.MOUSE_MOVED, map, marker[0], marker[1]));
            Event.fireEvent(map, mouse(MouseEvent.MOUSE_PRESSED, map, marker[0], marker[1]));
            Event.fireEvent(map, mouse(MouseEvent.MOUSE_RELEASED, map, marker[0], marker[1]));
            return row;
        });
        settle();
        assertEquals(-1, hit, "the old frame's markers are not hit-tested against the new data");
        assertEquals(-1, state.selection().selectedRow());
        assertEquals(List.of(), fxErrors);
    }

    @Test
    void keysAndDragsBeforeTheFirstLayout() throws Exception {
        Double zoom = onFx(() -> {
            ViewerState empty = new ViewerState();
            MainWindow w = new MainWindow(empty, texts, f -> new DatasetOpener.Opened(three, ProblemReport.of(List.of())), u -> { });
            var scene = w.scene(800, 600); // never shown, never laid out
            for (KeyCode k : List.of(KeyCode.PLUS, KeyCode.MINUS, KeyCode.DIGIT0, KeyCode.SPACE, KeyCode.RIGHT, KeyCode.END)) {
                press(w.map(), k);
            }
            Event.fireEvent(w.map(), mouse(MouseEvent.MOUSE_PRESSED, w.map(), 10, 10));
            Event.fireEvent(w.map(), mouse(MouseEvent.MOUSE_DRAGGED, w.map(), 60, 40));
            Event.fireEvent(w.map(), mouse(MouseEvent.MOUSE_RELEASED, w.map(), 60, 40));
            scene.getRoot().lookupAll(".button").stream()
                    .filter(n -> n instanceof Button b && texts.get("button.resetView").equals(b.getText()))
                    .forEach(n -> ((Button) n).fire());
            assertNull(empty.viewport().viewport());
            empty.loadDataset(three); // data, still no layout: the view has its default size
            press(w.map(), KeyCode.PLUS);
            press(w.map(), KeyCode.PLUS);
            press(w.map(), KeyCode.MINUS);
            w.stop();
            return empty.viewport().viewport().zoom();
        });
        assertEquals(1.25, zoom, 1e-9);
        assertEquals(List.of(), fxErrors);
    }

    @Test
    void closingTheWindowWhileFilesOpenShowsNothingAfterwards(FxRobot robot) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch returned = new CountDownLatch(2);
        DatasetOpener slow = f -> { // a reader deaf to interrupts: it completes after the close
            for (;;) {
                try {
                    release.await(20, TimeUnit.SECONDS);
                    break;
                } catch (InterruptedException e) {
                    // keep reading
                }
            }
            returned.countDown();
            return outcome(f);
        };
        ViewerState other = new ViewerState();
        Dataset shown = DatasetFiles.bundled(TestData.regions());
        other.loadDataset(shown);
        Stage second = onFx(() -> secondWindow(other, slow));
        settle();
        long showingBefore = onFx(() -> Window.getWindows().stream().filter(Window::isShowing).count());
        robot.interact(second::close);
        release.countDown();
        assertTrue(returned.await(20, TimeUnit.SECONDS), "both openers returned");
        settle();
        settle();
        assertClosedWindowShowedNothing(robot, showingBefore - 1, other, shown, second);
    }

    @Test
    void aFileOpenedInThePulseOfTheCloseIsDropped(FxRobot robot) throws Exception {
        CountDownLatch returned = new CountDownLatch(2);
        DatasetOpener quick = f -> {
            returned.countDown();
            return outcome(f);
        };
        ViewerState other = new ViewerState();
        Dataset shown = DatasetFiles.bundled(TestData.regions());
        other.loadDataset(shown);
        long showingBefore = onFx(() -> Window.getWindows().stream().filter(Window::isShowing).count());
        Stage second = onFx(() -> {
            Stage s = secondWindow(other, quick);
            // Both tasks finish and queue their outcome while this pulse runs; then the window closes.
            returned.await(20, TimeUnit.SECONDS);
            Thread.sleep(200);
            s.close();
            return s;
        });
        settle();
        assertClosedWindowShowedNothing(robot, showingBefore, other, shown, second);
    }

    private DatasetOpener.Opened outcome(Path file) {
        return file.toString().endsWith(".csv")
                ? new DatasetOpener.Opened(null, ProblemReport.of(List.of(new Problem("bad.csv:3", "date", "bad"))))
                : new DatasetOpener.Opened(three, ProblemReport.of(List.of()));
    }

    /** A second window over its own state, opening a refused and an accepted file. */
    private Stage secondWindow(ViewerState other, DatasetOpener opener) {
        MainWindow w = new MainWindow(other, texts, opener, u -> { });
        Stage s = new Stage();
        s.setTitle("second");
        s.setScene(w.scene(700, 500));
        s.show();
        w.open(Path.of("bad.csv"));
        w.open(Path.of("three.geojson"));
        return s;
    }

    private void assertClosedWindowShowedNothing(FxRobot robot, long windows, ViewerState other, Dataset shown,
            Stage second) throws Exception {
        List<Window> showing = onFx(() -> List.copyOf(Window.getWindows().filtered(Window::isShowing)));
        try {
            assertEquals(windows, showing.size(), "no dialog appears for a closed window: " + showing);
            assertSame(shown, other.data().dataset(), "a closed window drops what was being opened");
            assertEquals("second", second.getTitle());
            assertEquals(List.of(), fxErrors);
        } finally {
            robot.interact(() -> showing.stream().filter(w -> w != stage).forEach(Window::hide));
        }
    }
}
