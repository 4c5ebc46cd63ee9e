package org.cronomapa.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.cronomapa.ui.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Closing the window while an export is being written throws nothing and leaves no half-written file. */
@ExtendWith(ApplicationExtension.class)
class ExportWhileClosingTest {
    @TempDir
    static Path dir;
    private final List<Throwable> fxErrors = new CopyOnWriteArrayList<>();
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Session session = new Session(Locale.ENGLISH, null);
        window = TestWindows.show(stage, session);
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> fxErrors.add(e));
    }

    @Test
    void closingTheWindowDuringAnExportLeavesAWholeFileOrNone(FxRobot robot) throws Exception {
        Path png = dir.resolve("big.png");
        robot.interact(() -> {
            window.export(png, 4000, 2500);
            stage.close(); // in the same pulse: the frame is drawn, the file is still being written
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            try (var files = Files.list(dir)) {
                return files.noneMatch(p -> p.getFileName().toString().endsWith(".part"));
            }
        });
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fxErrors.isEmpty(), "no exception on the FX thread: " + fxErrors);
        if (Files.exists(png)) {
            var image = ImageIO.read(png.toFile());
            assertEquals(4000, image.getWidth(), "a file under its name is whole");
        }
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary file is left");
        }
    }
}
