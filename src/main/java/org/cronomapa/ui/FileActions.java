package org.cronomapa.ui;

import org.cronomapa.labels.Texts;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.cronomapa.state.DatasetOpener;
import org.cronomapa.state.RecentFiles;
import org.cronomapa.state.ViewerState;

/**
 * Bringing data into the window: File → Open, File → Recent (the bundled dataset first), files
 * dropped onto the window. A file is read off the FX thread; a refused file shows its problems
 * with the choice to load its valid rows; a loaded file's notes are shown.
 */
final class FileActions {
    private final ViewerState state;
    private final Texts texts;
    private final FileOpening opening;
    private final RecentFiles recent;
    private final Scene[] scene = new Scene[1];
    private final BooleanSupplier showing;

    FileActions(ViewerState state, Texts texts, DatasetOpener opener, RecentFiles recent, BooleanSupplier showing) {
        this.state = state;
        this.texts = texts;
        this.opening = new FileOpening(opener);
        this.recent = recent;
        this.showing = showing;
    }

    /** The File menu; Recent is rebuilt each time it opens, so it lists what was opened last. */
    Menu menu() {
        MenuItem open = new MenuItem(texts.get("menu.open"));
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> choose());
        Menu recentMenu = new Menu(texts.get("menu.recent"));
        recentMenu.setId("recent-menu");
        recentMenu.getItems().add(new MenuItem()); // a menu with no item never shows
        recentMenu.setOnShowing(e -> fillRecent(recentMenu));
        fillRecent(recentMenu);
        Menu file = new Menu(texts.get("menu.file"), null, open, recentMenu);
        file.setId("file-menu");
        return file;
    }

    private void fillRecent(Menu menu) {
        MenuItem bundled = new MenuItem(texts.get("menu.bundled"));
        bundled.setId("open-bundled");
        bundled.setOnAction(e -> openBundled());
        menu.getItems().setAll(bundled, new SeparatorMenuItem());
        for (Path p : recent.list()) {
            MenuItem item = new MenuItem(p.getFileName() + "  —  " + p.getParent());
            item.setOnAction(e -> open(p));
            menu.getItems().add(item);
        }
    }

    /** Files dragged from a file manager onto the window open as if chosen with File → Open. */
    void acceptDrops(Scene s) {
        scene[0] = s;
        s.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        s.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
            if (!files.isEmpty()) {
                open(files.get(0).toPath());
            }
            e.setDropCompleted(!files.isEmpty());
            e.consume();
        });
    }

    void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("open.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(texts.get("open.filter"), "*.geojson", "*.json", "*.csv", "*.txt"),
                new FileChooser.ExtensionFilter(texts.get("open.all"), "*"));
        File file = chooser.showOpenDialog(scene[0] == null ? null : scene[0].getWindow());
        if (file != null) {
            open(file.toPath());
        }
    }

    void open(Path file) {
        opening.start(file.getFileName() + "", () -> opening.opener().open(file), result -> shown(file, result, false));
    }

    void openBundled() {
        opening.start("bundled", () -> opening.opener().openBundled(), result -> shown(null, result, false));
    }

    private void openValidRows(Path file) {
        opening.start(file.getFileName() + "", () -> opening.opener().openValidRows(file), result -> shown(file, result, true));
    }

    void cancelAll() {
        opening.cancelAll();
    }

    private void shown(Path file, DatasetOpener.Opened result, boolean validRowsOnly) {
        if (!showing.getAsBoolean()) {
            return; // finished in the same pulse as the close, before cancelAll could stop it
        }
        if (result.ok()) {
            state.loadDataset(result.dataset());
            if (scene[0] != null && scene[0].getWindow() instanceof Stage stage) {
                stage.setTitle(texts.get("app.title") + " — " + result.dataset().name());
            }
            if (file != null) {
                recent.remember(file);
            }
            if (result.problems().total() > 0 || result.notes().total() > 0) {
                ProblemsDialog.loaded(file == null ? Path.of(result.dataset().name()) : file, result, texts).show();
            }
            return;
        }
        state.reportProblems(result.problems());
        Path shownName = file == null ? Path.of("bundled") : file;
        var dialog = ProblemsDialog.create(shownName, result.problems(), texts);
        if (file != null && !validRowsOnly && result.validRowsLoadable()) {
            var loadValid = ProblemsDialog.offerValidRows(dialog, result.problems(), texts);
            dialog.resultProperty().addListener((o, a, chosen) -> {
                if (chosen == loadValid) {
                    openValidRows(file);
                }
            });
        }
        dialog.show();
    }
}
