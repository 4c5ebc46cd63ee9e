package org.cronomapa.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.cronomapa.io.StoryReader;
import org.cronomapa.model.Story;
import org.cronomapa.model.StoryStep;
import org.cronomapa.ui.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The story being prepared survives a change of language, and the last story file opens again at the next start. */
@ExtendWith(ApplicationExtension.class)
class StoryRememberedTest {
    private static final StoryStep STEP = new StoryStep(LocalDate.of(2023, 1, 9), -70.6, -15.9, -69.7, -15.1, 3, Set.of(),
            Set.of(), 0, "Juliaca, 9 de enero", "Juliaca, 9 January", "k-20230109-juliaca");
    @TempDir
    Path dir;
    private SettingsFile file;
    private CronomapaApp app;
    private Stage stage;

    @Start
    void start(Stage ignored) {
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            if (app != null) {
                app.stop();
            }
            if (stage != null) {
                stage.hide();
            }
        });
    }

    private void launch(FxRobot robot) {
        CronomapaApp.configure(Locale.ENGLISH, null, false, file);
        robot.interact(() -> {
            stage = new Stage();
            app = new CronomapaApp();
            try {
                app.start(stage);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void anEditedStorySurvivesTheLanguageAndASavedOneOpensAtTheNextStart(FxRobot robot) throws Exception {
        file = new SettingsFile(dir.resolve("settings.properties"));
        launch(robot);
        Story bundled = StoryReader.bundled().story();
        assertEquals(bundled, app.window().stories().story(), "the bundled story at first");
        robot.interact(() -> app.window().stories().edit(s -> s.withName("Lección").inserted(0, STEP)));
        MainWindow english = app.window();
        robot.clickOn("#view-menu");
        robot.clickOn("#language-menu");
        robot.clickOn("#language-es");
        WaitForAsyncUtils.waitForFxEvents();
        assertNotSame(english, app.window(), "the window was rebuilt in Spanish");
        assertEquals("Lección", app.window().stories().story().name(), "the story being edited is kept");
        assertEquals(STEP, app.window().stories().story().steps().get(0));
        assertTrue(app.window().stories().dirty(), "and still marked unsaved");

        Path lesson = dir.resolve("lección.json");
        assertTrue(WaitForAsyncUtils.asyncFx(() -> app.window().saveStory(lesson)).get());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lesson.toAbsolutePath().equals(file.read().settings().storyFile()));
        Story saved = app.window().stories().story();
        close(robot);

        launch(robot);
        assertEquals(saved, app.window().stories().story(), "the last story file opens again");
        assertEquals(lesson, app.window().stories().file());
        close(robot);

        Files.delete(lesson);
        launch(robot);
        assertEquals(bundled, app.window().stories().story(), "a story file gone: the bundled story");
        close(robot);
        assertNull(file.read().settings().storyFile(), "and forgotten");
        assertEquals(List.of(), file.read().report());
    }
}
