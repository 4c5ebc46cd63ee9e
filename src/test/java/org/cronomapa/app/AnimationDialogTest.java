package org.cronomapa.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.cronomapa.io.StoryReader;
import org.cronomapa.ui.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File → Export → Animation in the real window: an export started, seen progressing and cancelled
 * leaves no file while the window keeps working; a second one runs to the end and decodes.
 */
@ExtendWith(ApplicationExtension.class)
class AnimationDialogTest {
    @TempDir
    Path dir;
    private Session session;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        session = new Session(Locale.ENGLISH, null);
        window = TestWindows.show(stage, session);
        window.setStory(StoryReader.bundled().story());
    }

    @SuppressWarnings("unchecked")
    private <T> ChoiceBox<T> choice(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(ChoiceBox.class);
    }

    /** Fires the button as a click or Enter would (the dialog's place on the headless screen varies). */
    private static void press(FxRobot robot, String id) {
        Button b = robot.lookup(id).queryAs(Button.class);
        assertFalse(b.isDisabled(), id + " is enabled");
        robot.interact(b::fire);
    }

    private String status(FxRobot robot) {
        return robot.lookup("#animation-status").queryAs(Label.class).getText();
    }

    @Test
    void cancelLeavesNoFileAndASecondExportDecodes(FxRobot robot) throws Exception {
        robot.interact(window::showAnimationExport);
        DatePicker from = robot.lookup("#animation-from").queryAs(DatePicker.class);
        DatePicker to = robot.lookup("#animation-to").queryAs(DatePicker.class);
        assertEquals(LocalDate.ofEpochDay(session.state.filter().filtered().firstDay()), from.getValue(), "the filter's range");
        assertEquals(LocalDate.ofEpochDay(session.state.filter().filtered().lastDay()), to.getValue());
        assertTrue(robot.lookup("#animation-captions").queryAs(CheckBox.class).isSelected(), "the window has a story");
        Path mp4 = dir.resolve("wave.mp4");
        robot.interact(() -> {
            choice(robot, "animation-format").setValue("MP4");
            choice(robot, "animation-size").setValue("854x480");
            choice(robot, "animation-fps").setValue(30);
            choice(robot, "animation-speed").setValue(0.5);
            robot.lookup("#animation-file").queryAs(TextField.class).setText(mp4.toString());
        });
        press(robot, "#animation-start");
        ProgressBar bar = robot.lookup("#animation-progress").queryAs(ProgressBar.class);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> bar.getProgress() > 0 || !status(robot).startsWith("Writing"));
        assertTrue(bar.getProgress() > 0, status(robot));
        // the window stays usable while the export runs
        int day = session.state.timeline().day();
        robot.interact(() -> session.state.stepDays(1));
        assertEquals(day + 1, session.state.timeline().day());
        press(robot, "#animation-cancel");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> status(robot).startsWith("Cancelled"));
        assertTrue(bar.getProgress() < 1);
        assertFalse(Files.exists(mp4), "a cancelled export leaves no file");
        assertNoPartFiles();

        Path gif = dir.resolve("wave.gif");
        robot.interact(() -> {
            choice(robot, "animation-format").setValue("GIF");
            robot.lookup("#animation-file").queryAs(TextField.class).setText(gif.toString());
            from.setValue(LocalDate.of(2023, 1, 7));
            to.setValue(LocalDate.of(2023, 1, 10));
            choice(robot, "animation-fps").setValue(5);
            choice(robot, "animation-speed").setValue(1.0);
        });
        press(robot, "#animation-start");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> status(robot).startsWith("Wrote the animation"));
        assertEquals("Wrote the animation to " + gif, status(robot));
        assertEquals("Wrote the animation to wave.gif", robot.lookup("#export-status").queryAs(Label.class).getText(),
                "the window's status says where it went");
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertEquals(4, reader.getNumImages(true), "one picture a day, 7 to 10 January");
            var last = reader.read(3);
            assertEquals(854, last.getWidth());
            assertEquals(480, last.getHeight());
        }
        assertNoPartFiles();
    }

    @Test
    void closingTheWindowStopsAnAnimationAndLeavesNoFile(FxRobot robot) throws Exception {
        robot.interact(window::showAnimationExport);
        Path mp4 = dir.resolve("closing.mp4");
        robot.interact(() -> {
            choice(robot, "animation-size").setValue("854x480");
            choice(robot, "animation-speed").setValue(0.5);
            robot.lookup("#animation-file").queryAs(TextField.class).setText(mp4.toString());
        });
        press(robot, "#animation-start");
        ProgressBar bar = robot.lookup("#animation-progress").queryAs(ProgressBar.class);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> bar.getProgress() > 0 || !status(robot).startsWith("Writing"));
        Label said = robot.lookup("#animation-status").queryAs(Label.class); // the dialog closes with its owner
        robot.interact(() -> robot.lookup("#export-status").queryAs(Label.class).getScene().getWindow().hide());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> said.getText().startsWith("Cancelled"));
        assertFalse(Files.exists(mp4));
        assertNoPartFiles();
    }

    private void assertNoPartFiles() throws Exception {
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".part")));
        }
    }
}
