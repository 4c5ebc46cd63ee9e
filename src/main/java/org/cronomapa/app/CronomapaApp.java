package org.cronomapa.app;

import org.cronomapa.labels.Texts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import org.cronomapa.io.DatasetFiles;
import org.cronomapa.io.InputFileException;
import org.cronomapa.io.Loaded;
import org.cronomapa.model.ProblemReport;
import org.cronomapa.state.DatasetOpener;
import org.cronomapa.state.ViewerState;
import org.cronomapa.ui.MainWindow;
import org.cronomapa.ui.SystemBrowser;

/** The JavaFX application: wires a session and the remembered settings into the main window. */
public final class CronomapaApp extends Application {
    /** The language asked for with --lang, or null to use the saved one (else the system's). */
    private static final double DEFAULT_WIDTH = 1400;
    private static final double DEFAULT_HEIGHT = 900;
    private static Locale locale;
    private static Path data;
    private static boolean defaults;
    private static SettingsFile settingsFile;
    private MainWindow window;
    private SettingsKeeper settings;
    private ViewerState state;

    /**
     * @param language {@code --lang}, or null
     * @param dataFile {@code --data}, or null
     * @param withDefaults {@code --defaults}: start as on a first run, neither reading nor writing the settings
     */
    static void configure(Locale language, Path dataFile, boolean withDefaults) {
        configure(language, dataFile, withDefaults, SettingsFile.inUserHome());
    }

    static void configure(Locale language, Path dataFile, boolean withDefaults, SettingsFile file) {
        locale = language;
        data = dataFile;
        defaults = withDefaults;
        settingsFile = file;
    }

    /**
     * Reads the bundled map, and the bundled data unless a file or the saved settings name another,
     * while the toolkit starts; call after {@link #configure}.
     */
    static void preload() {
        SettingsFile file = settingsFile;
        Session.preload(() -> data == null && (defaults || file == null || file.read().settings().dataset() == null));
        // The bundled story (read with Jackson: ~60 ms cold) is read on another core while the toolkit
        // starts, instead of on the FX thread before the window can be built.
        bundledStory = java.util.concurrent.CompletableFuture.supplyAsync(org.cronomapa.io.StoryReader::bundled);
    }

    private static java.util.concurrent.CompletableFuture<org.cronomapa.io.StoryReader.Result> bundledStory;

    /** The bundled story: read early by {@link #preload}, or here. */
    private static org.cronomapa.io.StoryReader.Result bundledStory() {
        var early = bundledStory;
        bundledStory = null;
        return early != null ? early.join() : org.cronomapa.io.StoryReader.bundled();
    }

    @Override
    public void start(Stage stage) throws Exception {
        StartupTrace.mark("toolkit up");
        // The icon's PNGs (~25 ms) are decoded on another core while the window is built; images need the toolkit up.
        java.util.concurrent.CompletableFuture.runAsync(org.cronomapa.ui.AppIcon::images);
        // A bug must not drown the user in a stack trace: one line says what failed.
        Thread.setDefaultUncaughtExceptionHandler((thread, e) ->
                System.err.println("error in " + thread.getName() + ": " + e));
        SettingsFile file = settingsFile != null ? settingsFile : SettingsFile.inUserHome();
        Settings saved = Settings.DEFAULTS;
        Settings written = null;
        if (!defaults) {
            SettingsFile.Read read = file.read();
            read.report().forEach(System.err::println);
            saved = read.settings();
            written = read.report().isEmpty() ? saved : null; // a damaged file is replaced at once
        }
        Locale language = locale != null ? locale : saved.language() != null ? saved.language() : Options.systemLocale();
        Settings shown = saved.withLanguage(language);
        FirstData first;
        Texts texts = new Texts(Session.bundle(language));
        if (data != null) {
            first = open(language, data, false, texts.get("cli.cannotOpenData", data.toString()));
        } else if (saved.dataset() != null && !Files.isRegularFile(saved.dataset())) {
            System.err.println(texts.get("cli.lastDatasetGone", saved.dataset().toString()));
            first = open(language, null, false, null);
        } else {
            first = open(language, saved.dataset(), saved.validRowsOnly(),
                    texts.get("cli.lastDatasetBad", String.valueOf(saved.dataset())));
        }
        Session session = first.session();
        state = session.state;
        shown = shown.withDataset(first.file(), first.validRowsOnly());
        shown.applyTo(session.state);
        if (!defaults) {
            shown = shown.withFilter(SavedFilter.fitted(shown.filter(), session.regions, state.data().index(), System.err::println));
            state.setFilter(shown.filter()); // after the dataset is loaded: the saved filter was fitted to it
        }
        // --defaults leaves the saved settings as they are: a run with a clean slate, not a reset.
        settings = defaults ? null : new SettingsKeeper(file, shown, written);
        DatasetOpener opener = settings == null ? opener(session) : settings.tracking(opener(session));
        var recent = RecentFilesOnDisk.load(file.path().toAbsolutePath().resolveSibling("recent-files.txt"), session.texts);
        var story = bundledStory();
        story.problems().listed().forEach(p -> System.err.println(session.texts.get("cli.storyProblem", p.toString(session.texts.locale()))));
        // The scene takes the default size (fitted to the screen), or the one it had when the window was last
        // closed, and the window adds its frame: the map's size is then known before the window is shown, and
        // its first frame is drawn meanwhile. A maximised window, or a place saved without the scene's size,
        // is placed as before and laid out at its first pulse.
        Settings.Placement placement = shown.placement();
        Rectangle2D size = placement == null ? WindowPlacement.defaultScene(DEFAULT_WIDTH, DEFAULT_HEIGHT)
                : WindowPlacement.restoredScene(placement);
        showWindow(stage, session, session.texts, opener, recent, story.story(),
                size != null ? size.getWidth() : DEFAULT_WIDTH, size != null ? size.getHeight() : DEFAULT_HEIGHT);
        StartupTrace.mark("window built");
        window.map().setOnFirstFrame(this::firstMapDrawn);
        if (settings != null) {
            openLastStory(settings, session.texts.locale());
        }
        if (placement == null) {
            stage.centerOnScreen();
            window.layOutBeforeShow();
        } else if (size != null) {
            stage.setX(size.getMinX());
            stage.setY(size.getMinY());
            window.layOutBeforeShow();
        } else {
            WindowPlacement.place(stage, placement);
        }
        stage.show();
        StartupTrace.mark("stage shown");
        if (settings != null) {
            settings.watch(session.state);
            settings.watch(stage);
            settings.saveNow();
        }
    }

    /**
     * Builds the window in a language over the view state, which holds everything shown (data,
     * filter, day, view, selection): a language chosen from the menu rebuilds the window in the new
     * words, and the user loses nothing.
     */
    private void showWindow(Stage stage, Session session, org.cronomapa.labels.Texts texts, DatasetOpener opener,
            org.cronomapa.state.RecentFiles recent, org.cronomapa.model.Story story, double width, double height) {
        org.cronomapa.state.StoryDocument before = null;
        boolean hintGone = false;
        if (window != null) {
            window.stop();
            before = window.stories(); // the story being edited, kept across a change of language
            hintGone = !window.startHintShown(); // and the hint on how to start, once played, stays gone
        }
        window = new MainWindow(session.state, texts, opener, recent, new WindowExports(texts),
                SystemBrowser.of(getHostServices()));
        window.setPublishedTotals(WindowExports::publishedTotals);
        window.setBundledData(d -> org.cronomapa.io.DatasetFiles.BUNDLED_NAME.equals(d.name()));
        if (hintGone) {
            window.dismissStartHint();
        }
        window.setStory(story);
        window.setStoryFiles(new StoryFilesOnDisk());
        if (before != null) {
            window.stories().copyFrom(before);
        }
        if (settings != null) {
            window.stories().fileProperty().addListener((o, was, now) -> settings.story(now));
        }
        window.setOnLanguage(language -> {
            if (settings != null) {
                settings.language(language);
            }
            showWindow(stage, session, new org.cronomapa.labels.Texts(Session.bundle(language)), opener, recent, story,
                    stage.getScene().getWidth(), stage.getScene().getHeight());
        });
        stage.setTitle(texts.get("app.title"));
        org.cronomapa.ui.AppIcon.apply(stage);
        stage.setScene(window.scene(width, height));
    }

    /** The story file shown when the app was last closed, opened again; if it cannot be, the bundled story and a note. */
    private void openLastStory(SettingsKeeper kept, Locale language) {
        Path file = kept.current().storyFile();
        if (file == null) {
            return;
        }
        var read = Files.isRegularFile(file) ? org.cronomapa.io.StoryReader.read(file) : null;
        if (read != null && read.ok()) {
            window.setStory(read.story(), file);
            return;
        }
        Texts texts = new Texts(Session.bundle(language));
        System.err.println(read == null ? texts.get("cli.lastStoryGone", file.toString())
                : texts.get("cli.lastStoryBad", file.toString()));
        if (read != null) {
            read.problems().listed().forEach(p -> System.err.println("  " + p.toString(language)));
        }
        kept.story(null);
    }

    /** The window shown (for tests). */
    MainWindow window() {
        return window;
    }

    /** The session the window starts with, and the file it shows (null: the bundled data). */
    private record FirstData(Session session, Path file, boolean validRowsOnly) {
    }

    /** The session with the file, or with the bundled data (and the file's problems on standard error). */
    private static FirstData open(Locale language, Path file, boolean validRowsOnly, String fallback) throws InputFileException {
        if (file != null) {
            try {
                return new FirstData(new Session(language, file, validRowsOnly), file.toAbsolutePath().normalize(), validRowsOnly);
            } catch (InputFileException e) {
                System.err.println(fallback);
                e.problems().forEach(p -> System.err.println("  " + p.toString(language)));
            }
        }
        return new FirstData(new Session(language, null), null, false);
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
                    return new Opened(null, ProblemReport.of(java.util.List.of(org.cronomapa.model.Problem.of(
                            file.toString(), "file", "problem.file.couldNotReadShort", e.toString()))));
                }
            }
        };
    }

    /**
     * The trace's last marks: the first frame handed to the map view, and the next pulse, by which the
     * scene holding it has been painted. With {@code -Dcronomapa.startup.exit=true} the application then
     * quits, so a training run (the class-data archive, pom.xml) or a measurement ends by itself.
     */
    private void firstMapDrawn() {
        StartupTrace.mark("first map drawn");
        // Now the event records (the details panel's, parsed from the GeoJSON) are read on another thread,
        // after the first map rather than competing with the toolkit and the window for the two cores.
        org.cronomapa.io.DatasetFiles.readRecordsEarly(state.data().dataset());
        new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                StartupTrace.mark("first map on screen");
                StartupTrace.report();
                if (Boolean.getBoolean("cronomapa.startup.exit")) {
                    javafx.application.Platform.exit();
                }
            }
        }.start();
    }

    /** What the window shows (for tests). */
    ViewerState state() {
        return state;
    }

    @Override
    public void stop() {
        if (window != null) {
            window.stop();
        }
        if (settings != null) {
            settings.saveNow();
        }
    }
}
