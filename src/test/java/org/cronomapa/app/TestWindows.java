package org.cronomapa.app;

import javafx.stage.Stage;
import org.cronomapa.state.RecentFiles;
import org.cronomapa.ui.MainWindow;

/** The app package's window tests start from here: the real window wired as CronomapaApp wires it. */
final class TestWindows {
    private TestWindows() {
    }

    /** The window over the session (its opener and exports, no recent files, no browser), shown at 1200 x 800. */
    static MainWindow show(Stage stage, Session session) {
        MainWindow window = new MainWindow(session.state, session.texts, CronomapaApp.opener(session),
                new RecentFiles(java.util.List.of()), new WindowExports(session), url -> { });
        stage.setScene(window.scene(1200, 800));
        stage.show();
        return window;
    }
}
