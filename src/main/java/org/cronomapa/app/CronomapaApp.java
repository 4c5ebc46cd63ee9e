package org.cronomapa.app;

import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import javafx.stage.Stage;
import org.cronomapa.io.DatasetFiles;
import org.cronomapa.io.InputFileException;
import org.cronomapa.io.Loaded;
import org.cronomapa.model.ProblemReport;
import org.cronomapa.state.DatasetOpener;
import org.cronomapa.ui.MainWindow;
import org.cronomapa.ui.SystemBrowser;

/** The JavaFX application: wires a session into the main window. */
public final class CronomapaApp extends Application {
    private static Locale locale = Locale.ENGLISH;
    private static Path data;
    private MainWindow window;

    static void configure(Locale l, Path dataFile) {
        locale = l;
        data = dataFile;
    }

    @Override
    public void start(Stage stage) throws Exception {
        // A bug must not drown the user in a stack trace: one line says what failed.
        Thread.setDefaultUncaughtExceptionHandler((thread, e) ->
                System.err.println("error in " + thread.getName() + ": " + e));
        Session session;
        try {
            session = new Session(locale, data);
        } catch (InputFileException e) {
            System.err.println("cannot open " + data + "; showing the bundled data instead:");
            e.problems().forEach(p -> System.err.println("  " + p));
            session = new Session(locale, null);
        }
        window = new MainWindow(session.state, session.texts, opener(session), RecentFilesOnDisk.load(),
                new WindowExports(session), SystemBrowser.of(getHostServices()));
        stage.setTitle(session.texts.get("app.title"));
        stage.setScene(window.scene(1400, 900));
        stage.show();
    }

    static DatasetOpener opener(Session session) {
        return new DatasetOpener() {
            @Override
            public Opened open(Path file) {
                return load(file, false);
            }

            @Override
            public Opened openValidRows(Path file) {
                return load(file, true);
            }

            @Override
            public Opened openBundled() {
                return new Opened(DatasetFiles.bundled(session.regions), ProblemReport.of(java.util.List.of()));
            }

            private Opened load(Path file, boolean skipBadRows) {
                try {
                    Loaded l = DatasetFiles.load(file, session.regions, skipBadRows);
                    return new Opened(l.dataset(), l.skipped(), l.notes());
                } catch (InputFileException e) {
                    return new Opened(null, e.report());
                } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                    // DatasetFiles already turns these into problems; this guards the window all the same.
                    return new Opened(null, ProblemReport.of(file.toString(), "file", "could not read: " + e));
                }
            }
        };
    }

    @Override
    public void stop() {
        if (window != null) {
            window.stop();
        }
    }
}
