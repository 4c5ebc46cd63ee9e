package org.cronomapa.app;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.cronomapa.model.Dataset;
import org.cronomapa.state.DatasetOpener;
import org.cronomapa.state.ViewerState;

/**
 * Keeps the settings file up to date while the window runs: each change the user makes (speed,
 * loop, window, metric, filter, a dataset opened, the window moved or resized) is written a second after
 * the last one, so a crash loses at most that second, and {@link #saveNow()} writes at once (on
 * closing). Used on the FX thread only, except {@link #tracking}'s opener.
 */
final class SettingsKeeper {
    static final Duration QUIET = Duration.seconds(1);
    private final SettingsFile file;
    private final PauseTransition debounce = new PauseTransition(QUIET);
    private final List<Origin> origins = new ArrayList<>();
    private Settings current;
    private Settings written;
    private boolean failedOnce;

    /** {@code written} is what the file holds now, or null when it holds nothing usable. */
    SettingsKeeper(SettingsFile file, Settings current, Settings written) {
        this.file = file;
        this.current = current;
        this.written = written;
        debounce.setOnFinished(e -> saveNow());
    }

    Settings current() {
        return current;
    }

    /** The language chosen from the menu. */
    void language(java.util.Locale language) {
        changed(current.withLanguage(language));
    }

    /** The story file shown last (opened or saved in the Story tab), or null for a new or the bundled story. */
    void story(Path storyFile) {
        java.util.Map<String, String> kept = new java.util.TreeMap<>(current.others());
        if (storyFile == null) {
            kept.remove(Settings.STORY_FILE);
        } else {
            kept.put(Settings.STORY_FILE, storyFile.toAbsolutePath().normalize().toString());
        }
        changed(current.withOthers(kept));
    }

    /** Follows the user's timeline choices and the dataset shown. */
    void watch(ViewerState state) {
        // Playback changes every pulse while playing; only a new speed or loop makes a new value.
        InvalidationListener timeline = o -> changed(current.withTimeline(state));
        state.timeline().playbackProperty().addListener(timeline);
        state.timeline().windowDaysProperty().addListener(timeline);
        state.timeline().metricProperty().addListener(timeline);
        state.filter().filterProperty().addListener((o, old, f) -> changed(current.withFilter(f)));
        state.data().datasetProperty().addListener((o, old, shown) -> {
            Origin origin = originOf(shown);
            if (origin != null) {
                changed(current.withDataset(origin.file, origin.validRowsOnly));
            }
        });
    }

    /** Follows the window's place and size; while maximised or minimised, the last normal place is kept. */
    void watch(Stage stage) {
        InvalidationListener moved = o -> {
            Settings.Placement was = current.placement();
            if (stage.isIconified() || Double.isNaN(stage.getX() + stage.getY() + stage.getWidth() + stage.getHeight())) {
                return; // minimised, or not yet placed
            }
            if (stage.isMaximized()) {
                changed(current.withPlacement(was != null
                        ? new Settings.Placement(was.x(), was.y(), was.width(), was.height(), true, was.sceneWidth(),
                                was.sceneHeight())
                        : new Settings.Placement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), true)));
                return;
            }
            javafx.scene.Scene scene = stage.getScene();
            changed(current.withPlacement(scene == null
                    ? new Settings.Placement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false)
                    : new Settings.Placement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false,
                            scene.getWidth(), scene.getHeight())));
        };
        // The scene's size follows the window's, and may settle after it (the window manager's frame).
        javafx.beans.value.ChangeListener<javafx.scene.Scene> sceneChanged = (o, old, now) -> {
            if (old != null) {
                old.widthProperty().removeListener(moved);
                old.heightProperty().removeListener(moved);
            }
            if (now != null) {
                now.widthProperty().addListener(moved);
                now.heightProperty().addListener(moved);
            }
        };
        stage.sceneProperty().addListener(sceneChanged);
        sceneChanged.changed(null, null, stage.getScene());
        stage.xProperty().addListener(moved);
        stage.yProperty().addListener(moved);
        stage.widthProperty().addListener(moved);
        stage.heightProperty().addListener(moved);
        stage.maximizedProperty().addListener(moved);
        stage.iconifiedProperty().addListener(moved);
        moved.invalidated(null);
    }

    /**
     * The window's opener, noting which file each dataset came from, so that the dataset shown
     * can be saved as the last opened one. Called off the FX thread.
     */
    DatasetOpener tracking(DatasetOpener opener) {
        return new DatasetOpener() {
            @Override
            public Opened open(Path file) {
                return noted(opener.open(file), file, false);
            }

            @Override
            public Opened openValidRows(Path file) {
                return noted(opener.openValidRows(file), file, true);
            }

            @Override
            public Opened openBundled() {
                return noted(opener.openBundled(), null, false);
            }
        };
    }

    private DatasetOpener.Opened noted(DatasetOpener.Opened opened, Path file, boolean validRowsOnly) {
        if (opened.ok()) {
            synchronized (origins) {
                origins.removeIf(o -> o.dataset.get() == null);
                origins.add(new Origin(new WeakReference<>(opened.dataset()),
                        file == null ? null : file.toAbsolutePath().normalize(), validRowsOnly));
            }
        }
        return opened;
    }

    private Origin originOf(Dataset shown) {
        synchronized (origins) {
            for (int i = origins.size() - 1; i >= 0; i--) {
                if (origins.get(i).dataset.get() == shown) {
                    return origins.get(i);
                }
            }
        }
        return null;
    }

    private void changed(Settings next) {
        if (!next.equals(current)) {
            current = next;
            debounce.playFromStart();
        }
    }

    /** Writes the settings if they differ from the file's; a failure is one line on standard error, once. */
    void saveNow() {
        debounce.stop();
        if (current.equals(written)) {
            return;
        }
        try {
            file.write(current);
            written = current;
        } catch (IOException | RuntimeException e) {
            if (!failedOnce) {
                org.cronomapa.labels.Texts texts = new org.cronomapa.labels.Texts(Session.bundle(
                        current.language() != null ? current.language() : Options.systemLocale()));
                System.err.println(texts.get("cli.settingsNotSaved", String.valueOf(e.getMessage())));
                failedOnce = true;
            }
        }
    }

    private record Origin(WeakReference<Dataset> dataset, Path file, boolean validRowsOnly) {
    }
}
