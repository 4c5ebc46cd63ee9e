package org.cronomapa.ui;

import org.cronomapa.labels.Texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;


import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.cronomapa.TestData;
import org.cronomapa.io.DatasetFiles;
import org.cronomapa.model.Dataset;
import org.cronomapa.model.Problem;
import org.cronomapa.model.ProblemReport;
import org.cronomapa.state.DatasetOpener;
import org.cronomapa.state.ViewerState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A file with bad rows: the user sees what would be left out and chooses to load the valid rows
 * or keep what is shown; a loaded file's notes (events outside the map) are shown, not hidden.
 */
@ExtendWith(ApplicationExtension.class)
class OpenWithProblemsTest {
    @TempDir
    static Path dir;
    private final ViewerState state = new ViewerState();
    private Dataset bundled;
    private Dataset three;
    private MainWindow window;

    private static ProblemReport oneBadRowOfThree() {
        SortedMap<String, Long> byField = new TreeMap<>();
        byField.put("date", 1L);
        return new ProblemReport(List.of(new Problem("mixed.csv:3", "date", "'2023-02-30' is not a date")), byField, 3, 1);
    }

    @Start
    void start(Stage stage) throws Exception {
        bundled = DatasetFiles.bundled(TestData.regions());
        three = TestData.threeEvents(dir);
        state.loadDataset(bundled);
        Texts texts = TestData.english();
        DatasetOpener opener = new DatasetOpener() {
            @Override
            public Opened open(Path file) {
                return file.toString().endsWith("acled.csv")
                        ? new Opened(three, ProblemReport.of(List.of()), ProblemReport.of("acled.csv", "country",
                                "2 event(s) in Bolivia left out: the map covers Peru only"))
                        : new Opened(null, oneBadRowOfThree());
            }

            @Override
            public Opened openValidRows(Path file) {
                return new Opened(three, oneBadRowOfThree());
            }
        };
        window = new MainWindow(state, texts, opener, url -> { });
        stage.setScene(window.scene(1200, 800));
        stage.show();
    }

    private static void waitFor(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theUserCanLoadTheValidRowsAfterSeeingWhatIsLeftOut(FxRobot robot) throws Exception {
        robot.interact(() -> window.open(Path.of("mixed.csv")));
        waitFor(robot, "Load the 2 valid rows");
        assertSame(bundled, state.data().dataset(), "nothing changes before the user chooses");
        Button load = robot.lookup("Load the 2 valid rows").queryAs(Button.class);
        robot.clickOn(load);
        waitFor(robot, "#loaded-text");
        assertSame(three, state.data().dataset());
        String text = robot.lookup("#loaded-text").queryAs(TextArea.class).getText();
        assertTrue(text.contains("1 rows with problems were left out") && text.contains("mixed.csv:3 [date]"), text);
        robot.interact(() -> ((Stage) robot.lookup("#loaded-text").query().getScene().getWindow()).close());
    }

    @Test
    void keepingTheDataShownLeavesItAsItWas(FxRobot robot) throws Exception {
        robot.interact(() -> window.open(Path.of("mixed.csv")));
        waitFor(robot, "Keep the data shown");
        robot.clickOn(robot.lookup("Keep the data shown").queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(bundled, state.data().dataset());
        assertEquals(1, state.ui().problemsProperty().get().rowsWithProblems());
    }

    @Test
    void notesOfALoadedFileAreShown(FxRobot robot) throws Exception {
        robot.interact(() -> window.open(Path.of("acled.csv")));
        waitFor(robot, "#loaded-text");
        assertSame(three, state.data().dataset());
        String text = robot.lookup("#loaded-text").queryAs(TextArea.class).getText();
        assertTrue(text.contains("Bolivia left out"), text);
        robot.interact(() -> ((Stage) robot.lookup("#loaded-text").query().getScene().getWindow()).close());
    }
}
