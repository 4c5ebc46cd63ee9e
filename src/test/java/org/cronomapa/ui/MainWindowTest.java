package org.cronomapa.ui;

import org.cronomapa.labels.Texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;


import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.cronomapa.TestData;
import org.cronomapa.io.DatasetFiles;
import org.cronomapa.state.DatasetOpener;
import org.cronomapa.state.ViewerState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Wiring smoke tests: the window's controls drive the state and the map follows. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private final ViewerState state = new ViewerState();
    private MainWindow window;
    private static final List<org.cronomapa.model.Problem> PROBLEMS = List.of(
            new org.cronomapa.model.Problem("bad.csv:3", "date", "'2023-02-30' is not a date in the form YYYY-MM-DD"));

    @Start
    void start(Stage stage) {
        state.loadDataset(DatasetFiles.bundled(TestData.regions()));
        Texts texts = TestData.english();
        DatasetOpener refuseAll = f -> new DatasetOpener.Opened(null, org.cronomapa.model.ProblemReport.of(PROBLEMS));
        window = new MainWindow(state, texts, refuseAll, url -> { });
        stage.setScene(window.scene(1200, 800));
        stage.show();
    }

    private void settle() throws Exception {
        TestData.settle(window);
    }

    private long mapChecksum() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            MapView m = window.map();
            long sum = 0;
            for (int y = 0; y < m.getHeight() - 1; y += 7) {
                for (int x = 0; x < m.getWidth() - 1; x += 7) {
                    sum = sum * 31 + m.pixel(x, y);
                }
            }
            return sum;
        }).get();
    }

    @Test
    void draggingTheSliderPausesAndMovesDateAndMap(FxRobot robot) throws Exception {
        settle();
        robot.interact(state::play);
        String dateBefore = window.map().shownDate();
        long mapBefore = mapChecksum();
        int dayBefore = state.timeline().day();
        Node thumb = robot.lookup("#day-slider .thumb").query();
        robot.drag(thumb).moveBy(350, 0).drop();
        settle();
        assertFalse(state.timeline().playback().playing(), "dragging pauses playback");
        assertTrue(state.timeline().day() > dayBefore + 10, "the day follows the drag");
        assertNotEquals(dateBefore, window.map().shownDate());
        assertNotEquals(mapBefore, mapChecksum());
    }

    @Test
    void playAdvancesTheDate(FxRobot robot) throws Exception {
        settle();
        int first = state.timeline().day();
        robot.clickOn("#play");
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        settle();
        assertTrue(state.timeline().playback().playing());
        assertTrue(state.timeline().day() > first, "one day per second by default");
        robot.clickOn("#play");
        settle();
        assertFalse(state.timeline().playback().playing());
    }

    @Test
    void aRefusedFileShowsItsProblemsAndKeepsTheData(FxRobot robot) throws Exception {
        settle();
        var before = state.data().dataset();
        robot.interact(() -> window.open(java.nio.file.Path.of("bad.csv")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#problems-text").tryQuery().isPresent());
        settle();
        javafx.scene.control.TextArea text = robot.lookup("#problems-text").queryAs(javafx.scene.control.TextArea.class);
        assertTrue(text.getText().contains("bad.csv:3 [date]"), text.getText());
        assertEquals(before, state.data().dataset(), "the data shown before is kept");
        assertEquals(PROBLEMS, state.ui().problemsProperty().get().listed());
        robot.interact(() -> ((javafx.stage.Stage) text.getScene().getWindow()).close());
    }

    @Test
    void keyboardControlsTheTimeline(FxRobot robot) throws Exception {
        settle();
        int first = state.timeline().playback().firstDay();
        int last = state.timeline().playback().lastDay();
        robot.clickOn(window.map());
        robot.type(KeyCode.RIGHT);
        settle();
        assertEquals(first + 1, state.timeline().day());
        robot.type(KeyCode.END);
        settle();
        assertEquals(last, state.timeline().day());
        robot.type(KeyCode.LEFT);
        settle();
        assertEquals(last - 1, state.timeline().day());
        robot.type(KeyCode.HOME);
        settle();
        assertEquals(first, state.timeline().day());
        robot.type(KeyCode.PLUS);
        settle();
        assertEquals(1.25, state.viewport().viewport().zoom(), 1e-9);
        robot.type(KeyCode.DIGIT0);
        settle();
        assertEquals(1.0, state.viewport().viewport().zoom(), 1e-9);
        robot.type(KeyCode.SPACE);
        settle();
        assertTrue(state.timeline().playback().playing());
        robot.type(KeyCode.SPACE);
        settle();
        assertFalse(state.timeline().playback().playing());
    }

    @Test
    void clickingAMarkerSelectsItsEvent(FxRobot robot) throws Exception {
        robot.interact(() -> state.seek((int) java.time.LocalDate.of(2023, 1, 9).toEpochDay()));
        settle();
        int[] target = WaitForAsyncUtils.asyncFx(() -> {
            var m = window.map();
            for (int y = 0; y < m.getHeight(); y += 3) {
                for (int x = 0; x < m.getWidth(); x += 3) {
                    int[] rows = m.rowsAt(x, y);
                    int row = rows.length == 1 ? rows[0] : -1; // a stack opens a list instead
                    if (row >= 0) {
                        return new int[] {x, y, row};
                    }
                }
            }
            return null;
        }).get();
        assertTrue(target != null, "some marker is drawn on 9 January 2023");
        var p = window.map().localToScreen(target[0], target[1]);
        robot.moveTo(p);
        settle();
        assertTrue(window.map().tooltipLabel().isVisible(), "hovering shows a tooltip");
        robot.clickOn(p);
        settle();
        assertEquals(target[2], state.selection().selectedRow());
    }

    /** An event no second reading could confirm says so beside its description; its sources show their credit. */
    @Test
    void anUnconfirmedEventSaysSoInTheDetails(FxRobot robot) throws Exception {
        var d = state.data().dataset();
        int row = -1;
        for (int i = 0; i < d.events().size() && row < 0; i++) {
            if (d.event(i).details().unconfirmed()) {
                row = i;
            }
        }
        assertTrue(row >= 0, "the bundled data has unconfirmed events");
        int selected = row;
        robot.interact(() -> state.select(selected));
        settle();
        assertTrue(robot.lookup(".details-unconfirmed").queryAs(javafx.scene.control.TextInputControl.class).getText()
                .startsWith("Not confirmed by a second reading"));
    }

    /** Help → About credits the map, the towns (GeoNames, CC BY 4.0) and the events' sources. */
    @Test
    void aboutCreditsTheDataAndItsLicences(FxRobot robot) throws Exception {
        org.cronomapa.TestData.clickMenus(robot, "#help-menu", "#about");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#about-text").tryQuery().isPresent());
        String text = robot.lookup("#about-text").queryAs(javafx.scene.control.TextArea.class).getText();
        assertTrue(text.contains("GeoNames") && text.contains("CC BY 4.0") && text.contains("Natural Earth"), text);
        assertTrue(text.contains("JavaFX") && text.contains("Apache License 2.0") && text.contains("issue tracker"), text);
        javafx.stage.Stage dialog = (javafx.stage.Stage) robot.lookup("#about-text").query().getScene().getWindow();
        String header = ((javafx.scene.control.DialogPane) dialog.getScene().getRoot()).getHeaderText();
        assertTrue(header.contains("Version " + AppIcon.version()) && !AppIcon.version().equals("?"), header);
        assertEquals(6, dialog.getIcons().size(), "the dialog carries the app icon");
        robot.interact(dialog::close);
    }

    /** Help → Guide explains markers and keys; Help → About the data shows the dataset's documentation. */
    @Test
    void theGuideAndTheDataDocumentationAreInTheHelpMenu(FxRobot robot) throws Exception {
        org.cronomapa.TestData.clickMenus(robot, "#help-menu", "#guide");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#guide-text").tryQuery().isPresent());
        String guide = robot.lookup("#guide-text").queryAs(javafx.scene.control.TextArea.class).getText();
        assertTrue(guide.contains("fades") && guide.contains("Space play/pause"), guide);
        robot.interact(() -> ((javafx.stage.Stage) robot.lookup("#guide-text").query().getScene().getWindow()).close());
        org.cronomapa.TestData.clickMenus(robot, "#help-menu", "#docs");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#docs-text").tryQuery().isPresent());
        String docs = robot.lookup("#docs-text").queryAs(javafx.scene.control.TextArea.class).getText();
        assertTrue(docs.contains("ACLED") && docs.contains("GeoNames"), docs.substring(0, 200));
        robot.interact(() -> ((javafx.stage.Stage) robot.lookup("#docs-text").query().getScene().getWindow()).close());
    }
}
