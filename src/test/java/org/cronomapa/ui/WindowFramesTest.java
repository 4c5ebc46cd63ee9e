package org.cronomapa.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.cronomapa.TestData;
import org.cronomapa.labels.FrameFactory;
import org.cronomapa.labels.Texts;
import org.cronomapa.render.MapRenderer;
import org.cronomapa.render.Raster;
import org.cronomapa.render.RenderFrame;
import org.cronomapa.state.ViewerState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The map drawn on its own thread: the frame-time overlay, the newest state always drawn last,
 * and the window's pixels the same as an export's (docs/decisions/0023-fps-render-thread.md).
 */
@ExtendWith(ApplicationExtension.class)
class WindowFramesTest {
    private final ViewerState state = new ViewerState();
    private final Texts texts = TestData.english();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = TestData.showBundled(state, stage, 1200, 800);
    }

    private void settle() {
        TestData.settle(window);
    }

    @Test
    void f12TogglesTheFrameTimeOverlay(FxRobot robot) throws Exception {
        settle();
        Label overlay = robot.lookup("#frame-overlay").queryAs(Label.class);
        assertFalse(overlay.isVisible(), "off by default");
        robot.clickOn(window.map());
        robot.type(KeyCode.F12);
        robot.interact(() -> state.stepDays(1)); // a new frame to time
        settle();
        assertTrue(overlay.isVisible());
        assertTrue(window.frameTimesShown());
        String text = overlay.getText();
        assertTrue(text.matches("\\d+\\.\\d ms last frame · \\d+ frames/s · map drawn \\d+/s"), text);
        assertTrue(Integer.parseInt(text.replaceAll(".* · (\\d+) frames/s.*", "$1")) > 0, "pulses were counted: " + text);
        var map = window.map();
        double dateEnds = org.cronomapa.render.MapRenderer.badgeBlock((int) map.getWidth(), (int) map.getHeight())[1];
        assertTrue(overlay.getBoundsInParent().getMinX() >= dateEnds, "the overlay is clear of the date at the top left");
        robot.type(KeyCode.F12);
        settle();
        assertFalse(overlay.isVisible());
        assertFalse(window.frameTimesShown());
    }

    /** A drag sets many values, faster than frames may be drawn: the frame shown last is the slider's last value. */
    @Test
    void afterAFastDragTheMapShowsTheSlidersLastDay(FxRobot robot) throws Exception {
        settle();
        Slider slider = robot.lookup("#day-slider").queryAs(Slider.class);
        Random random = new Random(3);
        int first = state.timeline().playback().firstDay();
        int last = state.timeline().playback().lastDay();
        List<Integer> values = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            values.add(first + random.nextInt(last - first + 1));
        }
        values.add(first + 17);
        int[] next = {0};
        robot.interact(() -> {
            slider.setValueChanging(true);
            window.setEveryPulse(() -> {
                if (next[0] < values.size()) {
                    slider.setValue(values.get(next[0]++));
                }
            });
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> next[0] == values.size());
        robot.interact(() -> {
            window.setEveryPulse(() -> { });
            slider.setValueChanging(false);
        });
        settle();
        assertEquals(first + 17, state.timeline().day());
        assertEquals(texts.date(LocalDate.ofEpochDay(first + 17)), window.map().shownDate());
    }

    /** The worker draws the newest of requests made while it is busy, and that one last. */
    @Test
    void theWorkerDrawsTheNewestRequestLast() throws Exception {
        FrameFactory frames = new FrameFactory(texts);
        FrameWorker worker = new FrameWorker();
        int first = state.timeline().playback().firstDay();
        List<RenderFrame> asked = WaitForAsyncUtils.asyncFx(() -> {
            List<RenderFrame> list = new ArrayList<>();
            for (int d = 0; d < 30; d++) {
                state.seek(first + d);
                list.add(frames.frame(state));
            }
            return list;
        }).get();
        List<Integer> drawn = new ArrayList<>();
        for (RenderFrame f : asked) {
            worker.request(f);
            takeInto(worker, drawn);
        }
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            takeInto(worker, drawn);
            return !worker.busy();
        });
        worker.stop();
        assertEquals(first + 29, drawn.get(drawn.size() - 1), "drawn: " + drawn);
        for (int i = 1; i < drawn.size(); i++) {
            assertTrue(drawn.get(i) > drawn.get(i - 1), "never an older state after a newer one: " + drawn);
        }
    }

    private static void takeInto(FrameWorker worker, List<Integer> days) {
        FrameWorker.Finished done = worker.take();
        if (done != null) {
            days.add(done.frame.day());
            worker.giveBack(done);
        }
    }

    /** What the window shows is pixel for pixel what --snapshot draws for the same state and size. */
    @Test
    void theWindowsMapIsTheExportsPixels(FxRobot robot) throws Exception {
        robot.interact(() -> state.seek((int) LocalDate.of(2023, 1, 9).toEpochDay()));
        settle();
        int[] mismatch = WaitForAsyncUtils.asyncFx(() -> {
            Raster export = new MapRenderer().render(new FrameFactory(texts).frame(state));
            MapView m = window.map();
            int bad = 0;
            for (int y = 0; y < export.height(); y++) {
                for (int x = 0; x < export.width(); x++) {
                    if (m.pixel(x, y) != export.argb(x, y)) {
                        bad++;
                    }
                }
            }
            return new int[] {bad, export.width() * export.height()};
        }).get();
        assertTrue(mismatch[1] > 400_000, "a window-sized map (under the menus, beside the panel, over the timeline bar)");
        assertEquals(0, mismatch[0], "pixels that differ");
    }
}
