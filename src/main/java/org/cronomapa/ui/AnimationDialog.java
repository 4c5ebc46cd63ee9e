package org.cronomapa.ui;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.cronomapa.labels.Texts;
import org.cronomapa.model.Story;
import org.cronomapa.state.Exports;
import org.cronomapa.state.ViewerState;

/**
 * File → Export → Animation: format (GIF or MP4), dates (the filter's range by default), speed
 * (the timeline's presets), size, frame rate, whether the story is replayed with its captions, and
 * the file. The export runs off the FX thread (drawing each picture on it) while the window stays
 * usable; a progress bar and Cancel, which leaves no file; the status says where it went.
 */
final class AnimationDialog {
    static final List<Double> SPEEDS = List.of(0.5, 1.0, 2.0, 4.0, 8.0);
    static final List<String> SIZES = List.of("1280x720", "1920x1080", "854x480");
    static final List<Integer> RATES = List.of(5, 10, 15, 25, 30);
    private final ViewerState state;
    private final Texts texts;
    private final Exports exports;
    private final Supplier<Story> story;
    /** The window's status line, told how the export ended. */
    private final java.util.function.Consumer<String> report;
    private final Stage stage = new Stage();
    private final ChoiceBox<String> format = new ChoiceBox<>(FXCollections.observableArrayList("GIF", "MP4"));
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ChoiceBox<Double> speed = new ChoiceBox<>(FXCollections.observableArrayList(SPEEDS));
    private final ChoiceBox<String> size = new ChoiceBox<>(FXCollections.observableArrayList(SIZES));
    private final ChoiceBox<Integer> fps = new ChoiceBox<>(FXCollections.observableArrayList(RATES));
    private final CheckBox captions = new CheckBox();
    private final TextField file = new TextField();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final Button start = new Button();
    private final Button cancel = new Button();
    private final Button browse = new Button();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private Task<Void> running;

    AnimationDialog(ViewerState state, Texts texts, Exports exports, Supplier<Story> story, Window owner,
            java.util.function.Consumer<String> report) {
        this.state = state;
        this.report = report;
        this.texts = texts;
        this.exports = exports;
        this.story = story;
        stage.initOwner(owner);
        stage.setTitle(texts.get("animation.title"));
        format.setValue("MP4");
        // dates written as the language writes them, as in the Story tab
        from.setConverter(StoryStepEditor.dates(texts));
        to.setConverter(StoryStepEditor.dates(texts));
        speed.setValue(1.0);
        // as the timeline bar words its speed
        speed.setConverter(WindowToolbar.converter(v -> v == 1 ? texts.get("label.speed.one")
                : texts.get("label.speed.value", java.text.NumberFormat.getNumberInstance(texts.locale()).format(v))));
        size.setValue(SIZES.get(0));
        size.setConverter(WindowToolbar.converter(s -> s.replace("x", " × ")));
        fps.setValue(10);
        captions.setText(texts.get("animation.captions"));
        start.setText(texts.get("animation.start"));
        cancel.setText(texts.get("animation.cancel"));
        cancel.setDisable(true);
        start.setDefaultButton(true);
        browse.setText(texts.get("animation.browse"));
        browse.setOnAction(e -> choose());
        start.setOnAction(e -> start());
        cancel.setOnAction(e -> cancel());
        format.valueProperty().addListener((o, was, is) -> extension());
        ids(format, "animation-format", from, "animation-from", to, "animation-to", speed, "animation-speed", size,
                "animation-size", fps, "animation-fps", captions, "animation-captions", file, "animation-file", start,
                "animation-start", cancel, "animation-cancel", progress, "animation-progress", status, "animation-status",
                browse, "animation-browse");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        row(grid, 0, texts.get("animation.format"), format);
        row(grid, 1, texts.get("animation.from"), from);
        row(grid, 2, texts.get("animation.to"), to);
        row(grid, 3, texts.get("animation.speed"), speed);
        row(grid, 4, texts.get("animation.size"), size);
        row(grid, 5, texts.get("animation.fps"), fps);
        grid.add(captions, 1, 6);
        row(grid, 7, texts.get("animation.file"), new HBox(6, file, browse));
        file.setAccessibleText(texts.get("animation.file"));
        file.setPrefColumnCount(28);
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setAccessibleText(texts.get("animation.progress"));
        grid.add(progress, 0, 8, 2, 1);
        status.setWrapText(true);
        status.setMaxWidth(460);
        grid.add(status, 0, 9, 2, 1);
        grid.add(new HBox(8, start, cancel), 1, 10);
        stage.setScene(new Scene(grid));
    }

    /** Shows the dialog with the defaults of what the window shows now. */
    void show() {
        if (running == null) {
            var shown = state.filter().filtered();
            from.setValue(LocalDate.ofEpochDay(shown.firstDay()));
            to.setValue(LocalDate.ofEpochDay(shown.lastDay()));
            captions.setDisable(story.get().steps().isEmpty());
            captions.setSelected(!captions.isDisabled());
            if (file.getText().isBlank()) {
                String name = state.data().dataset() == null ? "cronomapa"
                        : state.data().dataset().name().replaceAll("\\.[^.]*$", "");
                file.setText(Path.of(System.getProperty("user.home"), name + ".mp4").toString());
                extension();
            }
        }
        stage.show();
        stage.toFront();
    }

    Stage stage() {
        return stage;
    }

    private void extension() {
        String f = file.getText().strip();
        if (!f.isEmpty()) {
            file.setText(f.replaceAll("(?i)\\.(gif|mp4)$", "") + (gif() ? ".gif" : ".mp4"));
        }
    }

    private boolean gif() {
        return "GIF".equals(format.getValue());
    }

    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("animation.title"));
        String ext = gif() ? "gif" : "mp4";
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.toUpperCase(Locale.ROOT), "*." + ext));
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            file.setText(chosen.getPath());
            extension();
        }
    }

    /** Checks the choices, then writes the animation off the FX thread. */
    void start() {
        if (running != null) {
            return;
        }
        LocalDate a = from.getValue();
        LocalDate b = to.getValue();
        if (a == null || b == null || a.isAfter(b)) {
            status.setText(texts.get("animation.dates.bad"));
            return;
        }
        if (file.getText().isBlank()) {
            status.setText(texts.get("animation.file.missing"));
            return;
        }
        extension();
        Path target = Path.of(file.getText().strip());
        String[] wh = size.getValue().split("x");
        var request = new Exports.Animation(gif(), Integer.parseInt(wh[0]), Integer.parseInt(wh[1]), fps.getValue(),
                speed.getValue(), a, b, captions.isSelected() && !captions.isDisabled());
        cancelled.set(false);
        Exports.Writing writing;
        try {
            writing = exports.animation(state, story.get(), request, target,
                    (done, of) -> Platform.runLater(() -> progress.setProgress(done / (double) of)), cancelled::get);
        } catch (Exception | OutOfMemoryError e) {
            status.setText(texts.get("export.failed", target.getFileName()) + ": " + e.getMessage());
            return;
        }
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                writing.write();
                return null;
            }
        };
        running = task;
        progress.setProgress(0);
        status.setText(texts.get("export.writing", target.getFileName()));
        busy(true);
        task.setOnSucceeded(e -> finished(texts.get("animation.done", target.toString()),
                texts.get("animation.done", target.getFileName().toString())));
        task.setOnFailed(e -> {
            String why = task.getException() instanceof CancellationException ? texts.get("animation.cancelled")
                    : texts.get("export.failed", target.getFileName()) + ": " + task.getException().getMessage();
            finished(why, why);
        });
        Thread t = new Thread(task, "animation-" + target.getFileName());
        t.setDaemon(true);
        t.start();
    }

    /** Stops the export between two pictures; its partial file is deleted. */
    void cancel() {
        cancelled.set(true);
        status.setText(texts.get("animation.cancelling"));
    }

    /** The dialog's words (the whole path) and the window status line's (the file's name). */
    void cancelIfRunning() {
        if (running != null) {
            cancel();
        }
    }

    private void finished(String message, String forWindow) {
        running = null;
        report.accept(forWindow);
        busy(false);
        progress.setProgress(0);
        status.setText(message);
    }

    private void busy(boolean on) {
        start.setDisable(on);
        cancel.setDisable(!on);
        for (Control c : List.of(format, from, to, speed, size, fps, captions, file, browse)) {
            c.setDisable(on || (c == captions && story.get().steps().isEmpty()));
        }
    }

    private static void row(GridPane grid, int row, String text, javafx.scene.Node control) {
        Label label = new Label(text);
        label.setLabelFor(control);
        grid.add(label, 0, row);
        grid.add(control, 1, row);
    }

    private static void ids(Object... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            ((javafx.scene.Node) pairs[i]).setId((String) pairs[i + 1]);
        }
    }
}
