package org.cronomapa.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;


import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.cronomapa.TestData;
import org.cronomapa.io.DatasetFiles;
import org.cronomapa.io.StoryReader;
import org.cronomapa.labels.Texts;
import org.cronomapa.model.Story;
import org.cronomapa.model.StoryStep;
import org.cronomapa.state.DatasetOpener;
import org.cronomapa.state.ViewerState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 10: the bundled story stepped with Page Down/Page Up, and presentation mode's keys, in the real window. */
@ExtendWith(ApplicationExtension.class)
class StoryWindowTest {
    private final ViewerState state = new ViewerState();
    private MainWindow window;
    private Story story;

    @Start
    void start(Stage stage) {
        state.loadDataset(DatasetFiles.bundled(TestData.regions()));
        Texts texts = TestData.english();
        DatasetOpener none = TestData.noFiles();
        window = new MainWindow(state, texts, none, url -> { });
        story = StoryReader.bundled().story();
        window.setStory(story);
        stage.setScene(window.scene(1200, 800));
        stage.show();
    }

    private void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep((long) StoryPlayer.GLIDE.toMillis() + 300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private int day(StoryStep s) {
        return (int) s.date().toEpochDay();
    }

    @Test
    void pageDownMovesMapAndTimelineToEachStepAndPageUpBack(FxRobot robot) {
        robot.clickOn("#metric"); // focus in the window, not in a field
        robot.type(KeyCode.PAGE_DOWN);
        settle();
        StoryStep first = story.steps().get(0);
        assertEquals(day(first), state.timeline().day());
        robot.type(KeyCode.PAGE_DOWN);
        settle();
        StoryStep second = story.steps().get(1);
        assertEquals(day(second), state.timeline().day());
        assertEquals(second.windowDays(), state.timeline().windowDays());
        var v = state.viewport().viewport();
        double midLon = (second.west() + second.east()) / 2;
        double midLat = (second.south() + second.north()) / 2;
        assertEquals(v.width() / 2.0, v.screenX(midLon), 2, "the map is centred on the step's box");
        assertEquals(v.height() / 2.0, v.screenY(midLat), 2);
        Label caption = robot.lookup("#story-caption").queryAs(Label.class);
        assertEquals(second.captionEn(), caption.getText());
        assertTrue(caption.isVisible());
        robot.type(KeyCode.PAGE_UP);
        settle();
        assertEquals(day(first), state.timeline().day());
        assertEquals(first.captionEn(), caption.getText());
    }

    @Test
    void f11PresentsWithLargeTypeAndItsKeysEscapeLeaves(FxRobot robot) {
        robot.clickOn("#metric");
        robot.type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.presenting());
        assertTrue(robot.lookup("#menu-bar").tryQuery().isEmpty(), "menus and toolbar hidden");
        int start = state.timeline().day();
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(start + 7, state.timeline().day());
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(start + 8, state.timeline().day());
        TestData.settle(window); // the date is the map's own badge, shown once: no second date over the map
        LocalDate shown = LocalDate.ofEpochDay(start + 8);
        assertTrue(window.map().shownDate().matches("\\D*" + shown.getDayOfMonth() + "\\D.*" + shown.getYear() + ".*"),
                window.map().shownDate());
        assertTrue(robot.lookup("#presentation-overlay .label").queryAll().stream()
                .noneMatch(l -> l.isVisible() && ((Label) l).getText().contains(String.valueOf(shown.getYear()))));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.presenting());
        assertFalse(robot.lookup("#menu-bar").tryQuery().isEmpty());
    }
}
