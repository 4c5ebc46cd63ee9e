package org.cronomapa.ui;

import java.io.File;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.collections.FXCollections;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import org.controlsfx.control.SegmentedButton;
import org.cronomapa.state.DatasetOpener;
import org.cronomapa.state.ViewerState;
import org.cronomapa.timeline.Metric;
import org.cronomapa.timeline.TimeIndex;

/**
 * The window: toolbar on top, map in the centre, details on the right, timeline bar below.
 * Owns the one AnimationTimer, which advances playback by elapsed time and redraws the map.
 */
public final class MainWindow {
    private final ViewerState state;
    private final Texts texts;
    private final DatasetOpener opener;
    private final MapView map;
    private final TimelineBar timeline;
    private final BorderPane root = new BorderPane();
    private final AnimationTimer pulse;

    public MainWindow(ViewerState state, Texts texts, DatasetOpener opener, Consumer<String> openLink) {
        this.state = state;
        this.texts = texts;
        this.opener = opener;
        this.map = new MapView(state, texts);
        this.timeline = new TimelineBar(state, texts);
        root.setTop(toolbar());
        root.setCenter(map);
        root.setRight(new DetailsPanel(state, texts, openLink));
        root.setBottom(timeline);
        pulse = new AnimationTimer() {
            private long last = -1;

            @Override
            public void handle(long now) {
                if (last >= 0) {
                    state.advance(now - last);
                }
                last = now;
                map.redrawIfNeeded();
            }
        };
    }

    public Scene scene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(MainWindow.class.getResource("cronomapa.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        pulse.start();
        return scene;
    }

    public MapView map() {
        return map;
    }

    public void stop() {
        pulse.stop();
    }

    private void onKey(KeyEvent e) {
        KeyCode k = e.getCode();
        if (k == KeyCode.SPACE) {
            state.togglePlay();
        } else if (k == KeyCode.LEFT) {
            state.stepDays(-1);
        } else if (k == KeyCode.RIGHT) {
            state.stepDays(1);
        } else if (k == KeyCode.HOME) {
            state.goToStart();
        } else if (k == KeyCode.END) {
            state.goToEnd();
        } else if (k == KeyCode.PLUS || k == KeyCode.ADD || k == KeyCode.EQUALS) {
            zoomAtCentre(1.25);
        } else if (k == KeyCode.MINUS || k == KeyCode.SUBTRACT) {
            zoomAtCentre(0.8);
        } else if (k == KeyCode.DIGIT0 || k == KeyCode.NUMPAD0) {
            state.resetView();
        } else {
            return;
        }
        e.consume();
    }

    private void zoomAtCentre(double factor) {
        var v = state.viewport().viewport();
        if (v != null) {
            state.zoomAt(factor, v.width() / 2.0, v.height() / 2.0);
        }
    }

    private ToolBar toolbar() {
        Button open = new Button(texts.get("button.open"));
        open.setOnAction(e -> chooseFile());
        open.setFocusTraversable(false);
        Button reset = new Button(texts.get("button.resetView"));
        reset.setOnAction(e -> state.resetView());
        reset.setFocusTraversable(false);
        // Two exclusive buttons (ControlsFX's SegmentedButton): both choices are visible at once.
        ToggleButton events = new ToggleButton(texts.get("metric.events"));
        ToggleButton deaths = new ToggleButton(texts.get("metric.fatalities"));
        events.setUserData(Metric.EVENTS);
        deaths.setUserData(Metric.FATALITIES);
        SegmentedButton metric = new SegmentedButton(events, deaths);
        metric.setId("metric");
        (state.timeline().metric() == Metric.EVENTS ? events : deaths).setSelected(true);
        metric.getToggleGroup().selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true); // keep one metric chosen
            } else {
                state.setMetric((Metric) b.getUserData());
            }
        });
        events.setFocusTraversable(false);
        deaths.setFocusTraversable(false);
        ChoiceBox<Integer> window = new ChoiceBox<>(FXCollections.observableArrayList(1, 3, 7, 14, 30, TimeIndex.ALL_SO_FAR));
        window.setConverter(converter(d -> d == TimeIndex.ALL_SO_FAR ? texts.get("window.all")
                : d == 1 ? texts.get("window.day") : texts.get("window.days", d)));
        window.setValue(state.timeline().windowDays());
        window.valueProperty().addListener((o, a, b) -> state.setWindowDays(b));
        window.setFocusTraversable(false);
        window.setId("window-choice");
        return new ToolBar(open, new Separator(), new Label(texts.get("label.metric")), metric,
                new Label(texts.get("label.window")), window, new Separator(), reset);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("open.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get("open.filter"),
                "*.geojson", "*.json", "*.csv"));
        File file = chooser.showOpenDialog(root.getScene().getWindow());
        if (file != null) {
            open(file.toPath());
        }
    }

    /** Opens a file off the FX thread; on problems shows them and keeps the current data. */
    public void open(java.nio.file.Path file) {
        Task<DatasetOpener.Opened> task = new Task<>() {
            @Override
            protected DatasetOpener.Opened call() {
                return opener.open(file);
            }
        };
        task.setOnSucceeded(e -> {
            DatasetOpener.Opened result = task.getValue();
            if (result.ok()) {
                state.loadDataset(result.dataset());
                ((Stage) root.getScene().getWindow()).setTitle(texts.get("app.title") + " — " + result.dataset().name());
            } else {
                state.reportProblems(result.problems());
                ProblemsDialog.create(file, result.problems(), texts).show();
            }
        });
        task.setOnFailed(e -> {
            // The opener reports problems rather than throwing; this is the last line of defence.
            var problems = org.cronomapa.model.ProblemReport.of(file.toString(), "file",
                    "could not read: " + task.getException());
            state.reportProblems(problems);
            ProblemsDialog.create(file, problems, texts).show();
        });
        Thread t = new Thread(task, "open-" + file.getFileName());
        t.setDaemon(true);
        t.start();
    }
}
