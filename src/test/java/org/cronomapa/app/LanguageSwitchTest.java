package org.cronomapa.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.cronomapa.model.EventType;
import org.cronomapa.state.ViewerState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View → Language switches the whole window while it runs, and keeps everything it shows. */
@ExtendWith(ApplicationExtension.class)
class LanguageSwitchTest {
    @TempDir
    Path dir;
    private CronomapaApp app;
    private Stage stage;

    @Start
    void start(Stage ignored) {
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            app.stop();
            stage.hide();
        });
    }

    @Test
    void switchingToSpanishKeepsTheDataTheDayAndTheFilter(FxRobot robot) throws Exception {
        CronomapaApp.configure(Locale.ENGLISH, null, true, new SettingsFile(dir.resolve("settings.properties")));
        robot.interact(() -> {
            stage = new Stage();
            app = new CronomapaApp();
            try {
                app.start(stage);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        ViewerState state = app.state();
        int day = (int) LocalDate.of(2023, 1, 9).toEpochDay();
        robot.interact(() -> {
            state.seek(day);
            state.setTypes(Set.of(EventType.KILLING));
        });
        var dataset = state.data().dataset();
        assertEquals("Play", robot.lookup("#play").queryAs(Button.class).getText());
        org.cronomapa.TestData.clickMenus(robot, "#view-menu", "#language-menu", "#language-es");
        WaitForAsyncUtils.waitForFxEvents();
        Button play = robot.lookup("#play").queryAs(Button.class);
        assertEquals("Reproducir", play.getText());
        javafx.scene.text.Text probe = new javafx.scene.text.Text("Reproducir");
        probe.setFont(play.getFont());
        assertEquals(true, play.getWidth() >= probe.getLayoutBounds().getWidth() + play.snappedLeftInset()
                + play.snappedRightInset(), "the Spanish Play label fits, not 'Reprodu…'");
        assertSame(dataset, state.data().dataset(), "the data shown stays");
        assertEquals(day, state.timeline().day(), "the day stays");
        assertEquals(Set.of(EventType.KILLING), state.filter().filter().types(), "the filter stays");
        var chips = robot.lookup("#filter-chips").queryAs(javafx.scene.layout.FlowPane.class);
        String chip = ((Button) chips.getChildren().get(0)).getText();
        assertEquals(true, chip.startsWith("Tipos: "), "the chips speak the new language: " + chip);
    }
}
