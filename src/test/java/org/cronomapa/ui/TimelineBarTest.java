package org.cronomapa.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.cronomapa.TestData;
import org.cronomapa.io.DatasetFiles;
import org.cronomapa.labels.Texts;
import org.cronomapa.model.EventType;
import org.cronomapa.state.ViewerState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 10, item 2: the timeline a class can read, in the real window at 1280x800 — month and week
 * ticks aligned with the slider's thumb, the histogram's hover words and click, the speed presets
 * and their keys, Home/End after the speed was touched, the title and the hint on how to start.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineBarTest {
    private final ViewerState state = new ViewerState();
    private final Texts texts = TestData.english();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        state.loadDataset(DatasetFiles.bundled(TestData.regions()));
        window = new MainWindow(state, texts, TestData.noFiles(), url -> { });
        window.setBundledData(d -> DatasetFiles.BUNDLED_NAME.equals(d.name()));
        stage.setScene(window.scene(1280, 800));
        stage.show();
    }

    private DayScale scale(FxRobot robot) {
        TimelineBar bar = robot.lookup(".timeline-bar").queryAs(TimelineBar.class);
        return ((TimelineBarSkin) bar.getSkin()).scale();
    }

    private void press(FxRobot robot, KeyCode... keys) {
        robot.press(keys).release(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Where, on the screen, the scale's bars show a day. */
    private Point2D barsAt(FxRobot robot, int day) {
        DayScale scale = scale(robot);
        return scale.localToScreen(scale.xOf(day), scale.getHeight() - 10);
    }

    @Test
    void everyMonthOfTheDataHasANamedTickAndMondaysHaveTicks(FxRobot robot) {
        int first = state.data().index().firstDay();
        int last = state.data().index().lastDay();
        List<DayScalePainter.Tick> ticks = scale(robot).ticks(first, last);
        LocalDate from = LocalDate.ofEpochDay(first);
        LocalDate to = LocalDate.ofEpochDay(last);
        int months = 0;
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            int day = (int) Math.max(first, m.atDay(1).toEpochDay());
            String name = m.getMonthValue() == 1 || day == first
                    ? m.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, texts.locale()) + " " + m.getYear()
                    : m.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, texts.locale());
            assertTrue(ticks.contains(new DayScalePainter.Tick(day, true, name)), "a tick named " + name + " at " + LocalDate.ofEpochDay(day));
            months++;
        }
        assertEquals(months, ticks.stream().filter(DayScalePainter.Tick::month).count(), "one named tick a month");
        assertTrue(ticks.contains(new DayScalePainter.Tick((int) LocalDate.of(2022, 12, 12).toEpochDay(), false, "12")),
                "Monday 12 December: a week tick with its day's number");
        long mondays = from.datesUntil(to.plusDays(1))
                .filter(d -> d.getDayOfWeek() == java.time.DayOfWeek.MONDAY && d.getDayOfMonth() != 1).count();
        assertEquals(mondays, ticks.stream().filter(t -> !t.month()).count(), "a week tick every Monday");
    }

    @Test
    void theHistogramIsTallEnoughToReadFromTheBackOfTheRoomAndTheMapStaysLarge(FxRobot robot) {
        DayScale scale = scale(robot);
        assertTrue(scale.getHeight() >= DayScale.BARS + 20, "ticks and 80 px of bars: " + scale.getHeight());
        assertTrue(window.map().getHeight() >= 450, "the map at 1280x800: " + window.map().getHeight());
    }

    @Test
    void theThumbAtAMonthsFirstDaySitsOverItsTick(FxRobot robot) {
        Slider slider = robot.lookup("#day-slider").queryAs(Slider.class);
        DayScale scale = scale(robot);
        for (LocalDate d : List.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 2, 1), LocalDate.of(2023, 3, 1))) {
            int day = (int) d.toEpochDay();
            robot.interact(() -> state.seek(day));
            WaitForAsyncUtils.waitForFxEvents();
            Node thumb = slider.lookup(".thumb");
            var b = thumb.localToScene(thumb.getLayoutBounds());
            double thumbCentre = (b.getMinX() + b.getMaxX()) / 2;
            double tick = scale.localToScene(scale.xOf(day), 0).getX();
            assertEquals(thumbCentre, tick, 1.0, "the thumb on " + d + " over its tick");
        }
    }

    @Test
    void withTheFocusTheScaleTellsTheTimelinesDayAndArrowsStepIt(FxRobot robot) {
        DayScale scale = scale(robot);
        robot.interact(scale::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(scale.isFocused());
        int start = state.timeline().day();
        assertEquals(scale.describe(start), scale.getAccessibleText());
        assertTrue(scale.tip().isShowing(), "the day's words show under the playhead");
        press(robot, KeyCode.RIGHT);
        press(robot, KeyCode.RIGHT);
        assertEquals(start + 2, state.timeline().day());
        assertEquals(scale.describe(start + 2), scale.tip().getText());
        assertEquals(scale.describe(start + 2), scale.getAccessibleText());
        assertTrue(scale.getAccessibleText().startsWith(texts.date(LocalDate.ofEpochDay(start + 2))), scale.getAccessibleText());
        robot.interact(() -> window.map().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(scale.tip().isShowing(), "the words go when the focus does");
    }

    @Test
    void hoveringTheHistogramTellsThatDaysDateAndCountsByType(FxRobot robot) throws Exception {
        int day = (int) LocalDate.of(2022, 12, 12).toEpochDay();
        robot.moveTo(barsAt(robot, day));
        WaitForAsyncUtils.waitForFxEvents();
        var tip = scale(robot).tip();
        String words = tip.getText();
        assertTrue(words.startsWith(texts.date(LocalDate.ofEpochDay(day)) + " \u2014 "), words);
        var filtered = state.filter().filtered();
        int total = 0;
        for (int t = 0; t < EventType.count(); t++) {
            int n = filtered.onDay(day, t);
            total += n;
            String part = texts.type(EventType.ofIndex(t)) + " " + n;
            assertEquals(n > 0, words.contains(part), part + " in: " + words);
        }
        assertTrue(total > 1, "a busy day of the bundled data");
        assertTrue(words.contains(" " + total + " events: "), words);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, tip::isShowing);
    }

    @Test
    void clickingTheHistogramMovesTheTimelineToThatDay(FxRobot robot) {
        int day = (int) LocalDate.of(2023, 1, 19).toEpochDay();
        robot.clickOn(barsAt(robot, day));
        assertEquals(day, state.timeline().day());
        int other = (int) LocalDate.of(2022, 12, 15).toEpochDay();
        robot.clickOn(barsAt(robot, other));
        assertEquals(other, state.timeline().day());
    }

    @Test
    void aSpeedPresetSetsThePlaybackSpeed(FxRobot robot) {
        for (String id : List.of("0_5", "2", "4", "8", "1")) {
            robot.clickOn("#speed-" + id);
            assertEquals(Double.parseDouble(id.replace('_', '.')), state.timeline().playback().speed(), id);
            assertTrue(robot.lookup("#speed-" + id).queryAs(ToggleButton.class).isSelected());
        }
        robot.clickOn("#speed-1"); // the chosen one again: it stays chosen
        assertTrue(robot.lookup("#speed-1").queryAs(ToggleButton.class).isSelected());
        assertEquals(1, state.timeline().playback().speed());
    }

    @Test
    void theSpeedKeysStepThroughThePresets(FxRobot robot) {
        robot.clickOn("#play");
        robot.clickOn("#play"); // the focus on a button, playback paused
        assertEquals(1, state.timeline().playback().speed());
        press(robot, KeyCode.CLOSE_BRACKET);
        assertEquals(2, state.timeline().playback().speed(), "] faster");
        press(robot, KeyCode.CLOSE_BRACKET);
        press(robot, KeyCode.CLOSE_BRACKET);
        press(robot, KeyCode.CLOSE_BRACKET);
        assertEquals(8, state.timeline().playback().speed(), "the fastest stays");
        press(robot, KeyCode.OPEN_BRACKET);
        assertEquals(4, state.timeline().playback().speed(), "[ slower");
        press(robot, KeyCode.COMMA);
        assertEquals(2, state.timeline().playback().speed(), "< (its key) slower");
        press(robot, KeyCode.PERIOD);
        assertEquals(4, state.timeline().playback().speed(), "> (its key) faster");
        for (int i = 0; i < 5; i++) {
            press(robot, KeyCode.OPEN_BRACKET);
        }
        assertEquals(0.5, state.timeline().playback().speed(), "the slowest stays");
        assertTrue(robot.lookup("#speed-0_5").queryAs(ToggleButton.class).isSelected(), "the preset shown follows the keys");
    }

    @Test
    void homeAndEndAfterTouchingTheSpeedSeekAndLeaveTheSpeed(FxRobot robot) {
        robot.clickOn("#speed-2");
        assertTrue(robot.lookup("#speed-2").queryAs(ToggleButton.class).isFocused()
                || robot.lookup("#speed").query().isFocusWithin(), "the speed control has the focus");
        var p = state.timeline().playback();
        press(robot, KeyCode.END);
        assertEquals(p.lastDay(), state.timeline().day(), "End: the last day");
        assertEquals(2, state.timeline().playback().speed(), "End leaves the speed");
        press(robot, KeyCode.HOME);
        assertEquals(p.firstDay(), state.timeline().day(), "Home: the first day");
        assertEquals(2, state.timeline().playback().speed(), "Home leaves the speed");
        press(robot, KeyCode.RIGHT);
        assertEquals(p.firstDay() + 1, state.timeline().day(), "Right: a day on, not another speed");
        assertEquals(2, state.timeline().playback().speed());
    }

    @Test
    void theHintShowsUntilTheFirstPlayAndTheTitleSaysWhatAndWhen(FxRobot robot) {
        Label title = robot.lookup("#data-title").queryAs(Label.class);
        int first = state.data().index().firstDay();
        int last = state.data().index().lastDay();
        assertEquals("Peru\u2019s protest wave \u00b7 " + texts.date(LocalDate.ofEpochDay(first)) + " \u2013 "
                + texts.date(LocalDate.ofEpochDay(last)), title.getText());
        assertTrue(title.isVisible());
        Label hint = robot.lookup("#start-hint").queryAs(Label.class);
        assertTrue(hint.isVisible() && window.startHintShown(), "how to start, before the first Play");
        assertTrue(hint.getText().contains("Space"), hint.getText());
        robot.clickOn("#play");
        assertFalse(hint.isVisible(), "gone at the first Play");
        robot.clickOn("#play");
        robot.clickOn("#step-forward");
        assertFalse(hint.isVisible(), "and stays gone");
        assertFalse(window.startHintShown());
    }

    @Test
    void anotherDatasetShowsTheHintAgain(FxRobot robot) {
        robot.clickOn("#play");
        robot.clickOn("#play");
        assertFalse(window.startHintShown());
        var other = DatasetFiles.bundled(TestData.regions());
        robot.interact(() -> state.loadDataset(other));
        assertTrue(window.startHintShown(), "how to start, for the data just opened");
        assertTrue(robot.lookup("#start-hint").queryAs(Label.class).isVisible());
    }

    @Test
    void aUsersFileIsCalledByItsName(FxRobot robot) {
        robot.interact(() -> window.setBundledData(d -> false));
        Label title = robot.lookup("#data-title").queryAs(Label.class);
        assertTrue(title.getText().startsWith(DatasetFiles.BUNDLED_NAME + " \u00b7 "), title.getText());
    }
}
