package org.cronomapa.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.cronomapa.TestData;
import org.cronomapa.io.DatasetFiles;
import org.cronomapa.io.StoryReader;
import org.cronomapa.model.Story;
import org.cronomapa.state.ViewerState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 10, item 3: every key presentation mode promises, in the real window; the projector look
 * while presenting (and the look chosen before, back after); the pointer hidden when still.
 */
@ExtendWith(ApplicationExtension.class)
class PresentationKeysTest {
    private final ViewerState state = new ViewerState();
    private MainWindow window;
    private Stage stage;
    private Story story;

    @Start
    void start(Stage s) {
        stage = s;
        state.loadDataset(DatasetFiles.bundled(TestData.regions()));
        window = new MainWindow(state, TestData.english(), TestData.noFiles(), url -> { });
        story = StoryReader.bundled().story();
        window.setStory(story);
        stage.setScene(window.scene(1280, 800));
        stage.show();
    }

    private void press(FxRobot robot, KeyCode... keys) {
        robot.press(keys).release(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void everyPresentationKeyActsAndEscapeLeaves(FxRobot robot) {
        robot.clickOn("#metric");
        press(robot, KeyCode.F11);
        assertTrue(window.presenting());
        assertTrue(state.layers().highContrast(), "presenting draws in the projector look");
        assertTrue(stage.getScene().getRoot().getStyleClass().contains(PresentationMode.CONTRAST_STYLE));
        var p = state.timeline().playback();
        press(robot, KeyCode.HOME);
        assertEquals(p.firstDay(), state.timeline().day(), "Home: first day");
        press(robot, KeyCode.RIGHT);
        assertEquals(p.firstDay() + 1, state.timeline().day(), "Right: a day on");
        press(robot, KeyCode.SHIFT, KeyCode.RIGHT);
        assertEquals(p.firstDay() + 8, state.timeline().day(), "Shift+Right: a week on");
        press(robot, KeyCode.SHIFT, KeyCode.LEFT);
        assertEquals(p.firstDay() + 1, state.timeline().day(), "Shift+Left: a week back");
        press(robot, KeyCode.LEFT);
        assertEquals(p.firstDay(), state.timeline().day(), "Left: a day back");
        press(robot, KeyCode.END);
        assertEquals(p.lastDay(), state.timeline().day(), "End: last day");
        press(robot, KeyCode.HOME);
        press(robot, KeyCode.SPACE);
        assertTrue(state.timeline().playback().playing(), "Space plays");
        press(robot, KeyCode.SPACE);
        assertFalse(state.timeline().playback().playing(), "Space pauses");
        press(robot, KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.sleep((long) StoryPlayer.GLIDE.toMillis() + 300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(story.steps().get(0).date().toEpochDay(), state.timeline().day(), "Page Down: the first step");
        press(robot, KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.sleep((long) StoryPlayer.GLIDE.toMillis() + 300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(story.steps().get(1).date().toEpochDay(), state.timeline().day(), "Page Down: the next step");
        press(robot, KeyCode.PAGE_UP);
        WaitForAsyncUtils.sleep((long) StoryPlayer.GLIDE.toMillis() + 300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(story.steps().get(0).date().toEpochDay(), state.timeline().day(), "Page Up: the step before");
        press(robot, KeyCode.ESCAPE);
        assertFalse(window.presenting(), "Escape leaves");
        assertFalse(state.layers().highContrast(), "the look chosen before presenting is back");
    }

    @Test
    void highContrastIsAlsoAViewMenuChoiceAndStaysAfterPresenting(FxRobot robot) throws Exception {
        org.cronomapa.TestData.clickMenus(robot, "#view-menu", "#high-contrast-item");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(state.layers().highContrast());
        robot.interact(() -> window.setPresenting(true));
        robot.interact(() -> window.setPresenting(false));
        assertTrue(state.layers().highContrast(), "chosen before presenting, kept after");
    }

    @Test
    void thePointerHidesWhenStillWhilePresentingAndComesBackOnMove(FxRobot robot) throws Exception {
        robot.moveTo(stage.getScene().getRoot());
        robot.interact(() -> window.setPresenting(true));
        WaitForAsyncUtils.waitFor(6, TimeUnit.SECONDS, () -> stage.getScene().getCursor() == Cursor.NONE);
        robot.moveBy(30, 20);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(stage.getScene().getCursor(), "a move brings the pointer back");
        robot.interact(() -> window.setPresenting(false));
        assertNull(stage.getScene().getCursor());
    }
}
