package org.cronomapa.ui;

import org.cronomapa.labels.Texts;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.IntSupplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import org.cronomapa.state.Exports;
import org.cronomapa.state.ViewerState;

/**
 * File → Export: the events shown as CSV or GeoJSON, the map as PNG (up to 8000 px wide) or SVG,
 * the chart the Charts tab shows as PNG or SVG, the timeline as a GIF or MP4 ({@link AnimationDialog}),
 * a briefing PDF with a page per step of the window's story.
 * Writing runs off the FX thread; a progress line appears when it takes more than a moment, and
 * the status says what was written or why not.
 */
final class ExportActions {
    /** Sizes offered for a PNG: the window's, then common screen and print sizes. */
    private static final List<int[]> SIZES = List.of(new int[] {1920, 1080}, new int[] {3840, 2160},
            new int[] {8000, 5000});
    /** A chart's size in a file, as {@code --chart} writes by default. */
    static final int CHART_WIDTH = 1200;
    static final int CHART_HEIGHT = 700;
    private final ViewerState state;
    private final Texts texts;
    private final Exports exports;
    /** The chart the Charts tab shows (a region's index or the country), read when a chart is exported. */
    private final IntSupplier chartScope;
    private final Label status = new Label();
    private final ProgressIndicator progress = new ProgressIndicator();
    private Scene scene;
    /** The story the window holds (for the briefing's step pages and the animation's captions). */
    private java.util.function.Supplier<org.cronomapa.model.Story> story = () -> org.cronomapa.model.Story.NONE;
    private AnimationDialog animation;

    ExportActions(ViewerState state, Texts texts, Exports exports, IntSupplier chartScope) {
        this.state = state;
        this.texts = texts;
        this.exports = exports;
        this.chartScope = chartScope;
        status.setId("export-status");
        progress.setPrefSize(16, 16);
        progress.setVisible(false);
    }

    /** The progress and the last export's outcome, for the toolbar. */
    HBox statusLine() {
        HBox box = new HBox(6, progress, status);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    void attach(Scene s) {
        scene = s;
    }

    void storyFrom(java.util.function.Supplier<org.cronomapa.model.Story> s) {
        story = s;
    }

    /** The window is closing: an animation being written stops and leaves no file. */
    void stop() {
        if (animation != null) {
            animation.cancelIfRunning();
        }
    }

    /** File → Export → Animation's dialog, made on first use and kept (an export may still run in it). */
    AnimationDialog animationDialog() {
        if (animation == null) {
            animation = new AnimationDialog(state, texts, exports, story, scene == null ? null : scene.getWindow(),
                    status::setText);
        }
        return animation;
    }

    Menu menu() {
        MenuItem csv = item(texts.get("menu.export.csv"), "export-csv", () -> events("csv"));
        MenuItem geojson = item(texts.get("menu.export.geojson"), "export-geojson", () -> events("geojson"));
        MenuItem png = item(texts.get("menu.export.png"), "export-png", this::png);
        MenuItem svg = item(texts.get("menu.export.svg"), "export-svg", () -> map("svg", viewWidth(), viewHeight()));
        MenuItem chartPng = item(texts.get("menu.export.chart.png"), "export-chart-png",
                () -> chooseTarget("png").ifPresent(this::chartTo));
        MenuItem chartSvg = item(texts.get("menu.export.chart.svg"), "export-chart-svg",
                () -> chooseTarget("svg").ifPresent(this::chartTo));
        MenuItem briefing = item(texts.get("menu.export.briefing"), "export-briefing",
                () -> chooseTarget("pdf").ifPresent(this::briefingTo));
        MenuItem animated = item(texts.get("menu.export.animation"), "export-animation", () -> animationDialog().show());
        Menu menu = new Menu(texts.get("menu.export"), null, csv, geojson, png, svg, new SeparatorMenuItem(), chartPng, chartSvg,
                new SeparatorMenuItem(), animated, briefing);
        menu.setId("export-menu");
        return menu;
    }

    private MenuItem item(String label, String id, Runnable action) {
        MenuItem i = new MenuItem(label);
        i.setId(id);
        i.setOnAction(e -> action.run());
        return i;
    }

    private Optional<Path> chooseTarget(String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("export.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(java.util.Locale.ROOT),
                "*." + extension));
        String name = state.data().dataset() == null ? "cronomapa" : state.data().dataset().name().replaceAll("\\.[^.]*$", "");
        chooser.setInitialFileName(name + "." + extension);
        File f = chooser.showSaveDialog(scene == null ? null : scene.getWindow());
        if (f == null) {
            return Optional.empty();
        }
        Path p = f.toPath();
        return Optional.of(p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith("." + extension)
                ? p : p.resolveSibling(p.getFileName() + "." + extension));
    }

    private void events(String extension) {
        chooseTarget(extension).ifPresent(this::eventsTo);
    }

    /** Writes the events shown to {@code file}; public to the window for its keyboard and tests. */
    void eventsTo(Path file) {
        run(file, () -> texts.get("export.events.done", exports.events(state, file), file.getFileName()));
    }

    private void png() {
        List<String> choices = new java.util.ArrayList<>();
        choices.add(texts.get("export.size.window", String.valueOf(viewWidth()), String.valueOf(viewHeight())));
        SIZES.forEach(s -> choices.add(s[0] + " × " + s[1]));
        ChoiceDialog<String> ask = new ChoiceDialog<>(choices.get(0), choices);
        ask.setTitle(texts.get("export.size.title"));
        ask.setHeaderText(texts.get("export.size.header"));
        ask.showAndWait().ifPresent(choice -> {
            int i = choices.indexOf(choice);
            int[] size = i == 0 ? new int[] {viewWidth(), viewHeight()} : SIZES.get(i - 1);
            map("png", size[0], size[1]);
        });
    }

    private void map(String extension, int width, int height) {
        chooseTarget(extension).ifPresent(file -> mapTo(file, width, height));
    }

    /** Draws the map now (FX thread), then writes it off the FX thread. */
    void mapTo(Path file, int width, int height) {
        showProgress(file);
        // Let the progress line paint before the frame is drawn on this thread.
        Platform.runLater(() -> {
            Exports.Writing writing;
            try {
                writing = exports.map(state, file, width, height);
            } catch (Exception | OutOfMemoryError e) {
                failed(file, e);
                return;
            }
            run(file, () -> {
                writing.write();
                return texts.get("export.map.done", file.getFileName(), String.valueOf(width), String.valueOf(height));
            });
        });
    }

    /** Builds the briefing of what the window shows (FX thread), then writes it off the FX thread. */
    void briefingTo(Path file) {
        showProgress(file);
        Platform.runLater(() -> {
            Exports.Writing writing;
            try {
                writing = exports.briefing(state, file, story.get());
            } catch (Exception | OutOfMemoryError e) {
                failed(file, e);
                return;
            }
            run(file, () -> {
                writing.write();
                return texts.get("export.briefing.done", file.getFileName());
            });
        });
    }

    /** Draws the chart the Charts tab shows now (FX thread), then writes it off the FX thread. */
    void chartTo(Path file) {
        showProgress(file);
        int region = chartScope.getAsInt();
        Platform.runLater(() -> {
            Exports.Writing writing;
            try {
                writing = exports.chart(state, file, region, CHART_WIDTH, CHART_HEIGHT);
            } catch (Exception | OutOfMemoryError e) {
                failed(file, e);
                return;
            }
            run(file, () -> {
                writing.write();
                return texts.get("export.map.done", file.getFileName(), String.valueOf(CHART_WIDTH), String.valueOf(CHART_HEIGHT));
            });
        });
    }

    private void run(Path file, Callable<String> work) {
        showProgress(file);
        Task<String> task = new Task<>() {
            @Override
            protected String call() throws Exception {
                return work.call();
            }
        };
        PauseTransition moment = new PauseTransition(Duration.millis(300));
        moment.setOnFinished(e -> progress.setVisible(task.isRunning()));
        task.setOnSucceeded(e -> {
            progress.setVisible(false);
            status.setText(task.getValue());
        });
        task.setOnFailed(e -> failed(file, task.getException()));
        Thread t = new Thread(task, "export-" + file.getFileName());
        t.setDaemon(true);
        t.start();
        moment.play();
    }

    private void showProgress(Path file) {
        status.setText(texts.get("export.writing", file.getFileName()));
    }

    private void failed(Path file, Throwable e) {
        progress.setVisible(false);
        status.setText(texts.get("export.failed", file.getFileName()));
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle(texts.get("export.failed.title"));
        alert.setHeaderText(texts.get("export.failed", file.getFileName()));
        alert.setContentText(e instanceof OutOfMemoryError ? texts.get("export.memory") : String.valueOf(e.getMessage()));
        alert.show();
    }

    private int viewWidth() {
        var v = state.viewport().viewport();
        return v == null ? 1280 : v.width();
    }

    private int viewHeight() {
        var v = state.viewport().viewport();
        return v == null ? 800 : v.height();
    }
}
