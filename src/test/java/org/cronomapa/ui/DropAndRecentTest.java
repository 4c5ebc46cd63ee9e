package org.cronomapa.ui;

import org.cronomapa.labels.Texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import com.sun.javafx.tk.Toolkit;
import java.nio.file.Path;
import java.util.List;


import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import org.cronomapa.TestData;
import org.cronomapa.io.DatasetFiles;
import org.cronomapa.io.InputFileException;
import org.cronomapa.model.Dataset;
import org.cronomapa.model.ProblemReport;
import org.cronomapa.state.DatasetOpener;
import org.cronomapa.state.RecentFiles;
import org.cronomapa.state.ViewerState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A file dropped on the window opens; File → Recent lists it, with the bundled dataset one click away. */
@ExtendWith(ApplicationExtension.class)
class DropAndRecentTest {
    @TempDir
    static Path dir;
    private final ViewerState state = new ViewerState();
    private final RecentFiles recent = new RecentFiles(List.of());
    private Dataset bundled;
    private Path three;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        bundled = DatasetFiles.bundled(TestData.regions());
        TestData.threeEvents(dir);
        three = dir.resolve("three.geojson");
        state.loadDataset(bundled);
        Texts texts = TestData.english();
        DatasetOpener opener = new DatasetOpener() {
            @Override
            public Opened open(Path file) {
                try {
                    return new Opened(DatasetFiles.open(file, TestData.regions()), ProblemReport.of(List.of()));
                } catch (InputFileException e) {
                    return new Opened(null, e.report());
                }
            }

            @Override
            public Opened openBundled() {
                return new Opened(bundled, ProblemReport.of(List.of()));
            }
        };
        MainWindow window = new MainWindow(state, texts, opener, recent, org.cronomapa.state.Exports.NONE, url -> { });
        stage.setScene(window.scene(1200, 800));
        stage.show();
    }

    /** A drop as the platform delivers it: a dragboard holding the file, over the window's middle. */
    private void drop(FxRobot robot, Path file) {
        robot.interact(() -> {
            // A file manager's drag offers its transfer modes; an in-memory clipboard does not, so
            // the test's clipboard answers that one question and leaves the rest to JavaFX's own.
            TKClipboard local = Toolkit.getToolkit().createLocalClipboard();
            TKClipboard offering = (TKClipboard) java.lang.reflect.Proxy.newProxyInstance(TKClipboard.class.getClassLoader(),
                    new Class<?>[] {TKClipboard.class}, (proxy, method, args) -> method.getName().equals("getTransferModes")
                            ? java.util.EnumSet.of(TransferMode.COPY) : method.invoke(local, args));
            Dragboard board = DragboardHelper.createDragboard(offering);
            ClipboardContent content = new ClipboardContent();
            content.putFiles(List.of(file.toFile()));
            board.setContent(content);
            var scene = stage.getScene();
            Event.fireEvent(scene, new DragEvent(DragEvent.DRAG_OVER, board, 600, 400, 600, 400, TransferMode.COPY,
                    null, null, null));
            Event.fireEvent(scene, new DragEvent(DragEvent.DRAG_DROPPED, board, 600, 400, 600, 400, TransferMode.COPY,
                    null, null, null));
        });
    }

    @Test
    void aDroppedFileOpensAndJoinsTheRecentFiles(FxRobot robot) throws Exception {
        drop(robot, three);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> state.data().dataset() != bundled);
        assertEquals(3, state.data().dataset().events().size());
        assertEquals(List.of(three.toAbsolutePath().normalize()), recent.list());
        assertTrue(stage.getTitle().endsWith("three.geojson"), stage.getTitle());

        org.cronomapa.TestData.clickMenus(robot, "#file-menu", "Recent");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("three.geojson  —  " + three.toAbsolutePath().normalize().getParent()).tryQuery().isPresent(),
                "the opened file is listed under Recent");
        robot.clickOn("Bundled dataset: Peru, Dec 2022 – Mar 2023");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> state.data().dataset() == bundled);
        assertSame(bundled, state.data().dataset());
    }
}
