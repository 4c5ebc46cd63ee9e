package org.cronomapa.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.cronomapa.TestData;
import org.cronomapa.app.StoryFilesOnDisk;
import org.cronomapa.io.DatasetFiles;
import org.cronomapa.io.StoryReader;
import org.cronomapa.model.EventType;
import org.cronomapa.model.Story;
import org.cronomapa.model.StoryStep;
import org.cronomapa.state.Command;
import org.cronomapa.state.StoryDocument;
import org.cronomapa.state.ViewerState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 10: a teacher prepares a story in the Story tab, saves it and opens it back. */
@ExtendWith(ApplicationExtension.class)
class StoryPanelTest {
    private final ViewerState state = new ViewerState();
    private MainWindow window;
    private int juliaca;

    @Start
    void start(Stage stage) {
        state.loadDataset(DatasetFiles.bundled(TestData.regions()));
        var d = state.data().dataset();
        for (int row = 0; row < d.events().size(); row++) {
            if (d.event(row).id().equals("k-20230109-juliaca")) {
                juliaca = row;
            }
        }
        window = new MainWindow(state, TestData.english(), TestData.noFiles(), url -> { });
        window.setStoryFiles(new StoryFilesOnDisk());
        stage.setScene(window.scene(1200, 800));
        stage.show();
        for (javafx.scene.Node n : stage.getScene().getRoot().lookupAll(".tab-pane")) {
            ((TabPane) n).getTabs().stream().filter(t -> "story-tab".equals(t.getId())).findFirst()
                    .ifPresent(t -> t.getTabPane().getSelectionModel().select(t));
        }
    }

    @SuppressWarnings("unchecked")
    private ListView<StoryStep> list(FxRobot robot) {
        return robot.lookup("#story-steps").queryAs(ListView.class);
    }

    private List<String> captions(FxRobot robot) {
        assertEquals(window.stories().story().steps(), list(robot).getItems(), "the list shows the story");
        return list(robot).getItems().stream().map(StoryStep::captionEn).toList();
    }

    private void add(FxRobot robot, int day, String en, String es) {
        robot.interact(() -> state.seek(day));
        robot.clickOn("#story-add");
        type(robot, "#story-caption-en", en);
        type(robot, "#story-caption-es", es);
    }

    /** Types into a field as the keyboard does, once it has the focus (it may be scrolled out of sight). */
    private static void type(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup(id).query().requestFocus());
        robot.write(text);
    }

    /** Puts a long id in a field at once (typing it would only slow the test). */
    private static void fill(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup(id).queryAs(javafx.scene.control.TextInputControl.class).setText(text));
    }

    @Test
    void aStoryIsMadeFromTheViewEditedReorderedSavedAndOpenedBack(FxRobot robot, @TempDir Path dir) throws Exception {
        int jan9 = (int) LocalDate.of(2023, 1, 9).toEpochDay();
        robot.interact(() -> {
            state.apply(Command.All.of(new Command.ZoomTo(-70.6, -15.9, -69.7, -15.1), new Command.SetWindow(3),
                    new Command.SetFilter(state.filter().filter().withTypes(Set.of(EventType.KILLING)).withMinDeaths(1))));
            state.select(juliaca);
        });
        add(robot, jan9, "Juliaca", "Juliaca, 9 de enero");
        StoryDocument doc = window.stories();
        StoryStep first = doc.story().steps().get(0);
        assertEquals(LocalDate.of(2023, 1, 9), first.date());
        assertEquals("k-20230109-juliaca", first.sourceEventId(), "the selected event is the source");
        assertEquals(3, first.windowDays());
        assertEquals(Set.of(EventType.KILLING), first.types());
        assertEquals(1, first.minDeaths());
        assertTrue(first.west() < -70.1 && first.east() > -70.2 && first.south() < -15.5 && first.north() > -15.5, "the box shown");
        assertEquals("Juliaca, 9 de enero", first.captionEs());
        assertTrue(doc.dirty());

        // the caption edited: the list follows
        robot.interact(() -> robot.lookup("#story-caption-en").queryAs(TextArea.class).end());
        type(robot, "#story-caption-en", ", 9 January");
        assertEquals(List.of("Juliaca, 9 January"), captions(robot));

        // a step with no event selected: its source is required, flagged, and saving is refused
        robot.interact(() -> state.select(-1));
        add(robot, jan9 + 10, "Lima", "Lima");
        Label issues = robot.lookup("#story-issues").queryAs(Label.class);
        assertTrue(issues.isVisible() && issues.getText().contains("no source event"), issues.getText());
        Path file = dir.resolve("lección.json");
        assertFalse(WaitForAsyncUtils.asyncFx(() -> window.saveStory(file)).get());
        assertFalse(Files.exists(file));
        closeDialog(robot);
        type(robot, "#story-source", "typo");
        assertTrue(issues.getText().contains("not in the data shown"), "an unknown event is flagged: " + issues.getText());
        fill(robot, "#story-source", "dec-20221207-congress-removes-castillo");
        assertFalse(issues.isVisible());

        add(robot, jan9 - 30, "Removal", "Vacancia");
        fill(robot, "#story-source", "dec-20221207-congress-removes-castillo");
        assertEquals(List.of("Juliaca, 9 January", "Lima", "Removal"), captions(robot));
        // moved up twice: first in the list
        robot.clickOn("#story-up").clickOn("#story-up");
        assertEquals(List.of("Removal", "Juliaca, 9 January", "Lima"), captions(robot));
        assertTrue(robot.lookup("#story-up").queryAs(Button.class).isDisabled() == false);
        // the middle one deleted
        robot.interact(() -> list(robot).getSelectionModel().select(1));
        robot.clickOn("#story-delete");
        assertEquals(List.of("Removal", "Lima"), captions(robot));
        robot.interact(() -> robot.lookup("#story-name").queryAs(javafx.scene.control.TextField.class).clear());
        type(robot, "#story-name", "Lección: diciembre–enero");

        Story made = doc.story();
        assertTrue(WaitForAsyncUtils.asyncFx(() -> window.saveStory(file)).get());
        assertFalse(doc.dirty());
        StoryReader.Result read = StoryReader.read(file);
        assertTrue(read.ok(), read.problems().listed().toString());
        assertEquals(made, read.story());
        assertEquals("Lección: diciembre–enero", read.story().name());

        // another story, then the file opened back
        robot.interact(() -> window.setStory(Story.NONE));
        assertEquals(List.of(), captions(robot));
        robot.interact(() -> window.openStory(file));
        assertEquals(List.of("Removal", "Lima"), captions(robot));
        assertEquals(file, doc.file());
        assertFalse(doc.dirty());
        robot.interact(() -> list(robot).getSelectionModel().select(1));
        assertEquals("Lima", robot.lookup("#story-caption-es").queryAs(TextArea.class).getText());

        // a malformed file is reported and the story shown is kept
        Path bad = TestData.write(dir, "bad.json", "{\"format_version\": 1, \"steps\": [{\"date\": \"2023-13-01\"}]}");
        robot.interact(() -> window.openStory(bad));
        String shown = robot.lookup("#problems-text").queryAs(TextArea.class).getText();
        assertTrue(shown.contains("bad.json#steps[0]") && shown.contains("date"), shown);
        closeDialog(robot);
        assertEquals(made, doc.story());
        assertEquals(file, doc.file());
    }

    @Test
    void goingToAStepMovesTheTimelineAndUnsavedEditsAreAskedAbout(FxRobot robot) {
        int dec15 = (int) LocalDate.of(2022, 12, 15).toEpochDay();
        add(robot, dec15, "Ayacucho", "Ayacucho");
        robot.interact(() -> state.seek(dec15 + 40));
        robot.clickOn("#story-go");
        WaitForAsyncUtils.sleep((long) StoryPlayer.GLIDE.toMillis() + 300, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(dec15, state.timeline().day());
        assertEquals("Ayacucho", robot.lookup("#story-caption").queryAs(Label.class).getText());
        // New with unsaved edits asks: Cancel keeps the story, Discard drops it
        robot.clickOn("#story-new");
        robot.clickOn("Cancel");
        assertEquals(1, window.stories().story().steps().size());
        robot.clickOn("#story-new");
        robot.clickOn("Discard changes");
        assertEquals(0, window.stories().story().steps().size());
        assertFalse(window.stories().dirty());
    }

    private static void closeDialog(FxRobot robot) {
        robot.clickOn(".dialog-pane .button");
        WaitForAsyncUtils.waitForFxEvents();
    }
}
