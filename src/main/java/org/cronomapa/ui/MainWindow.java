package org.cronomapa.ui;

import org.cronomapa.labels.Texts;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.VBox;
import org.cronomapa.state.Exports;
import org.cronomapa.state.RecentFiles;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import org.cronomapa.state.DatasetOpener;
import org.cronomapa.state.ViewerState;

/**
 * The window: toolbar on top, map in the centre, details on the right, timeline bar below.
 * Owns the one AnimationTimer ({@link Pulse}); hiding the window stops it and any file being opened.
 */
public final class MainWindow {
    private final ViewerState state;
    private final Texts texts;
    private final FileActions files;
    private final ExportActions exporting;
    private SidePanel side;
    private Consumer<java.util.Locale> onLanguage = l -> { };
    private final ChangeListener<Boolean> onShowing = (o, was, is) -> showingChanged(is);
    private final MapView map;
    private final TimelineBar timeline;
    private final BorderPane root = new BorderPane();
    private final Pulse pulse;
    private final StoryPlayer story;
    private final org.cronomapa.state.StoryDocument stories = new org.cronomapa.state.StoryDocument();
    private final StoryActions storyActions;
    private final javafx.event.EventHandler<javafx.stage.WindowEvent> onClose = e -> {
        if (!storyActions().confirmDiscard()) {
            e.consume(); // the user kept the window to save the story
        }
    };
    private final PresentationMode presentation;
    private javafx.scene.control.CheckMenuItem frameTimesItem;

    public MainWindow(ViewerState state, Texts texts, DatasetOpener opener, Consumer<String> openLink) {
        this(state, texts, opener, new RecentFiles(java.util.List.of()), Exports.NONE, openLink);
    }

    public MainWindow(ViewerState state, Texts texts, DatasetOpener opener, RecentFiles recent, Exports exports,
            Consumer<String> openLink) {
        this.state = state;
        this.texts = texts;
        this.files = new FileActions(state, texts, opener, recent, this::showing);
        this.exporting = new ExportActions(state, texts, exports, () -> side.chartScope());
        this.map = new MapView(state, texts);
        map.setOnRegion(this::showRegion);
        this.timeline = new TimelineBar(state, texts);
        javafx.scene.control.Menu file = files.menu();
        file.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), exporting.menu());
        javafx.scene.control.Menu help = AboutDialog.helpMenu(texts);
        this.story = new StoryPlayer(state);
        exporting.storyFrom(story::story);
        this.storyActions = new StoryActions(stories, story, texts,
                () -> root.getScene() == null ? null : root.getScene().getWindow());
        file.getItems().add(storyActions.menu());
        this.presentation = new PresentationMode(state, texts, root, story);
        javafx.scene.control.Menu view = new javafx.scene.control.Menu(texts.get("menu.view"), null, presentation.menuItem(),
                presentation.contrastItem(), frameTimesItem(), new javafx.scene.control.SeparatorMenuItem(), languageMenu());
        view.setId("view-menu");
        MenuBar menus = new MenuBar(file, view, help);
        menus.setId("menu-bar");
        WindowToolbar bar = new WindowToolbar(state, texts);
        root.setTop(new VBox(menus, bar.toolbar(files::choose, exporting.statusLine()), bar.chips()));
        root.setCenter(presentation.over(map));
        this.side = new SidePanel(state, texts, openLink, map::highlight);
        side.addStory(() -> new StoryPanel(state, texts, stories, story, storyActions), stories, texts);
        root.setRight(side);
        root.setBottom(timeline);
        pulse = new Pulse(state, map);
    }

    public Scene scene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(MainWindow.class.getResource("cronomapa.css").toExternalForm());
        WindowKeys keys = new WindowKeys(state, timeline, presentation, () -> setFrameTimesShown(!frameTimesShown()));
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys::onKey);
        files.acceptDrops(scene);
        exporting.attach(scene);
        scene.windowProperty().addListener((o, old, now) -> {
            if (old != null) {
                old.showingProperty().removeListener(onShowing);
                old.removeEventFilter(javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST, onClose);
            }
            if (now != null) {
                now.showingProperty().addListener(onShowing);
                now.addEventFilter(javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST, onClose);
            }
        });
        pulse.start();
        return scene;
    }

    /**
     * Lays the window out at its scene's size before the stage is shown, and asks for the first map at
     * once: the render thread draws it while the stage is shown (docs/decisions/0028). Only when the
     * scene keeps that size on screen (no saved place, no maximised window); otherwise the first pulse
     * lays it out as usual.
     */
    public void layOutBeforeShow() {
        Scene scene = root.getScene();
        root.resize(scene.getWidth(), scene.getHeight());
        root.applyCss();
        root.layout();
        root.layout(); // a second pass: the side panel's tabs know their width only once their skins are laid out
        map.redrawIfNeeded();
    }

    public MapView map() {
        return map;
    }

    public void stop() {
        pulse.stop();
        map.stopDrawing();
        files.cancelAll();
        exporting.stop();
    }

    /** View → Frame times (F12): the overlay of the map's frame time and the frame rate. */
    private javafx.scene.control.CheckMenuItem frameTimesItem() {
        frameTimesItem = new javafx.scene.control.CheckMenuItem(texts.get("menu.frameTimes"));
        frameTimesItem.setId("frame-times-item");
        frameTimesItem.setAccelerator(new javafx.scene.input.KeyCodeCombination(KeyCode.F12));
        frameTimesItem.setOnAction(e -> setFrameTimesShown(frameTimesItem.isSelected()));
        return frameTimesItem;
    }

    /** Shows or hides the frame-time overlay, as F12 does. */
    public void setFrameTimesShown(boolean on) {
        map.frameOverlay().set(on);
        frameTimesItem.setSelected(on);
    }

    public boolean frameTimesShown() {
        return map.frameOverlay().isOn();
    }

    /** The map's frame times and the pulses, as the overlay shows them ({@code --bench-window} reads them). */
    public FrameTimes frameTimes() {
        return pulse.times();
    }

    /** Work run first in every pulse, as an event handler would run before it (a benchmark's scripted slider drag). */
    public void setEveryPulse(Runnable work) {
        pulse.setFirst(work);
    }

    /**
     * Exports as File → Export does, to a file chosen by the caller: events for {@code .csv} or
     * {@code .geojson}, the map at {@code width} x {@code height} for {@code .png} or {@code .svg}.
     */
    public void export(Path file, int width, int height) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".pdf")) {
            exporting.briefingTo(file);
        } else if (name.endsWith(".png") || name.endsWith(".svg")) {
            exporting.mapTo(file, width, height);
        } else {
            exporting.eventsTo(file);
        }
    }

    /** Shows File → Export → Animation's dialog (tests drive it by its controls' ids). */
    public void showAnimationExport() {
        exporting.animationDialog().show();
    }

    /** Exports the chart the Charts tab shows, as File → Export → Chart does: PNG or SVG by the extension. */
    public void exportChart(Path file) {
        exporting.chartTo(file);
    }

    /** The guided story Page Up and Page Down step through (and the caption shows), as the bundled story: nothing unsaved. */
    public void setStory(org.cronomapa.model.Story s) {
        setStory(s, null);
    }

    /** A story read from {@code file} (null: bundled or new), shown with nothing unsaved. */
    public void setStory(org.cronomapa.model.Story s, Path file) {
        stories.load(s, file);
        story.setStory(s);
    }

    /** The story shown and edited in the Story tab (its file, and whether it has unsaved edits). */
    public org.cronomapa.state.StoryDocument stories() {
        return stories;
    }

    /** How File → Story reads and writes story files (the app wires in its readers and writers). */
    public void setStoryFiles(org.cronomapa.state.StoryFiles files) {
        storyActions.setFiles(files);
    }

    /** Opens a story file as File → Story → Open does (asking first about unsaved edits; problems shown, the story kept). */
    public void openStory(Path file) {
        storyActions.open(file);
    }

    /** Saves the story to a file as File → Story → Save as does; false if it was not written (a message says why). */
    public boolean saveStory(Path file) {
        return storyActions.saveAs(file);
    }

    private StoryActions storyActions() {
        return storyActions;
    }

    /** Language: the window is rebuilt in the words chosen, over the same view state (nothing shown is lost). */
    private javafx.scene.control.Menu languageMenu() {
        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        javafx.scene.control.Menu menu = new javafx.scene.control.Menu(texts.get("menu.language"));
        menu.setId("language-menu");
        for (java.util.Locale l : new java.util.Locale[] {java.util.Locale.ENGLISH, new java.util.Locale("es")}) {
            javafx.scene.control.RadioMenuItem item = new javafx.scene.control.RadioMenuItem(
                    l.getDisplayLanguage(l).substring(0, 1).toUpperCase(l) + l.getDisplayLanguage(l).substring(1));
            item.setId("language-" + l.getLanguage());
            item.setToggleGroup(group);
            item.setSelected(texts.locale().getLanguage().equals(l.getLanguage()));
            item.setOnAction(e -> {
                if (!texts.locale().getLanguage().equals(l.getLanguage())) {
                    onLanguage.accept(l);
                }
            });
            menu.getItems().add(item);
        }
        return menu;
    }

    /** Called with the language the user chose from View → Language (the app rebuilds the window in it). */
    public void setOnLanguage(Consumer<java.util.Locale> action) {
        this.onLanguage = action;
    }

    /** Presentation mode on or off, as View → Presentation (F11) and Escape do. */
    public void setPresenting(boolean on) {
        presentation.set(on);
    }

    public boolean presenting() {
        return presentation.isOn();
    }

    /** Which dataset is the bundled one: the map's title calls it by its name, any other by its file's. */
    public void setBundledData(java.util.function.Predicate<org.cronomapa.model.Dataset> isBundled) {
        map.dataTitle().setBundled(isBundled);
    }

    /** Whether the hint on how to start still shows (it goes at the first Play). */
    public boolean startHintShown() {
        return map.dataTitle().hintShown();
    }

    /** Hides the hint on how to start, as the first Play does (a window rebuilt in another language keeps it hidden). */
    public void dismissStartHint() {
        map.dataTitle().dismissHint();
    }

    /** Opens a region's panel (its index in the map): totals, chart and events. */
    public void showRegion(int regionIndex) {
        side.showRegion(regionIndex);
    }

    /** Where the charts find published totals to draw beside the data (the app knows the bundled data). */
    public void setPublishedTotals(java.util.function.Function<org.cronomapa.model.Dataset,
            java.util.List<org.cronomapa.charts.DailySeries.PublishedTotal>> source) {
        side.setPublished(source);
    }

    /** Opens a file as File → Open does (off the FX thread; problems shown, the data kept). */
    public void open(Path file) {
        files.open(file);
    }

    private boolean showing() {
        Scene scene = root.getScene();
        return scene != null && scene.getWindow() != null && scene.getWindow().isShowing();
    }

    /** A hidden window stops its pulse and the files it was opening; shown again, it pulses again. */
    private void showingChanged(boolean isShowing) {
        if (isShowing) {
            pulse.start();
        } else {
            stop();
        }
    }
}
