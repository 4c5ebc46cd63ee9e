package org.cronomapa.ui;

import org.cronomapa.labels.FrameFactory;
import org.cronomapa.labels.Texts;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import java.nio.IntBuffer;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import org.cronomapa.state.ViewerState;

/**
 * The map: shows the renderer's frame and follows resizing; what the mouse does on it is
 * {@link MapPointer}'s, which asks it what the frame drew where. A ring over the frame (not in the renderer's
 * cache) highlights the event hovered in a list. Redraws at most once per pulse, when something
 * it depends on has changed, on its own thread ({@link FrameWorker}). Its context menu fans out
 * markers that share a spot.
 */
public final class MapView extends Region {
    private final ViewerState state;
    private final FrameFactory frames;
    private final Texts texts;
    private final FrameWorker worker = new FrameWorker();
    /** The frame on screen, with the markers it drew (null before the first). */
    private FrameWorker.Finished shown;
    private PixelBuffer<IntBuffer> buffer;
    private final ImageView view = new ImageView();
    private final MapPointer pointer;
    private final Label tooltip;
    private final Pane rings = new Pane();
    private int highlighted = -1;
    private ContextMenu menu;
    private WritableImage image;
    private boolean dirty = true;
    private String shownDate = "";
    private Runnable onFirstFrame;
    private final FrameOverlay frameOverlay;
    private final DataTitle dataTitle;

    public MapView(ViewerState state, Texts texts) {
        this.state = state;
        this.texts = texts;
        this.frames = new FrameFactory(texts);
        getStyleClass().add("map-view");
        pointer = new MapPointer(this, state, texts);
        tooltip = pointer.tooltip();
        rings.setMouseTransparent(true);
        rings.setManaged(false);
        frameOverlay = new FrameOverlay(texts);
        dataTitle = new DataTitle(state, texts);
        // Tab reaches the map (its keys zoom and step the days); a ring over it shows it has the focus.
        Region focusRing = new Region();
        focusRing.getStyleClass().add("map-focus-ring");
        focusRing.setMouseTransparent(true);
        focusRing.setManaged(false);
        focusRing.visibleProperty().bind(focusedProperty());
        focusRing.prefWidthProperty().bind(widthProperty());
        focusRing.prefHeightProperty().bind(heightProperty());
        setFocusTraversable(true);
        setAccessibleRole(javafx.scene.AccessibleRole.IMAGE_VIEW);
        setAccessibleText(texts.get("a11y.map"));
        getChildren().addAll(view, rings, dataTitle.node(), tooltip, frameOverlay.node(), focusRing); // the focus ring last: layoutChildren sizes it
        setMinSize(200, 150);
        state.timeline().dayProperty().addListener((o, a, b) -> dirty = true);
        state.timeline().windowDaysProperty().addListener((o, a, b) -> dirty = true);
        state.timeline().metricProperty().addListener((o, a, b) -> dirty = true);
        state.viewport().viewportProperty().addListener((o, a, b) -> dirty = true);
        state.data().datasetProperty().addListener((o, a, b) -> dirty = true);
        state.layers().densityProperty().addListener((o, a, b) -> dirty = true);
        state.layers().fanOutProperty().addListener((o, a, b) -> dirty = true);
        state.layers().highContrastProperty().addListener((o, a, b) -> dirty = true);
        setOnContextMenuRequested(e -> {
            tooltip.setVisible(false);
            contextMenu().show(this, e.getScreenX(), e.getScreenY());
            e.consume();
        });
    }

    /**
     * Called once per pulse: asks the render thread for a frame if anything changed since the last
     * request, and shows the newest frame it finished. Returns that frame's time (drawing plus
     * handing it to the image) in nanoseconds, or -1 when no new frame was shown.
     */
    public long redrawIfNeeded() {
        if (dirty && state.data().dataset() != null && state.viewport().viewport() != null) {
            dirty = false;
            worker.request(frames.frame(state));
        }
        FrameWorker.Finished f = worker.take();
        if (f == null) {
            return -1;
        }
        long start = System.nanoTime();
        show(f);
        return f.renderNanos + System.nanoTime() - start;
    }

    /** Hands a finished frame's pixels to the image (no conversion: both are premultiplied ARGB ints). */
    private void show(FrameWorker.Finished f) {
        if (buffer == null || buffer.getWidth() != f.width || buffer.getHeight() != f.height) {
            buffer = new PixelBuffer<>(f.width, f.height, IntBuffer.allocate(f.width * f.height),
                    PixelFormat.getIntArgbPreInstance());
            image = new WritableImage(buffer);
            view.setImage(image);
        }
        System.arraycopy(f.pixels, 0, buffer.getBuffer().array(), 0, f.pixels.length);
        buffer.updateBuffer(b -> null);
        if (shown != null) {
            worker.giveBack(shown);
        }
        shown = f;
        shownDate = f.frame.labels().date();
        placeRings();
        if (onFirstFrame != null) {
            Runnable first = onFirstFrame;
            onFirstFrame = null;
            first.run();
        }
    }

    /** Runs once, after the first frame is handed to the view (the start-up trace, docs/BENCHMARKS.md). */
    public void setOnFirstFrame(Runnable action) {
        onFirstFrame = action;
    }

    /** Whether the map shows the state as it is: nothing changed since the last frame asked for, and it is shown. */
    public boolean upToDate() {
        return !dirty && !worker.busy();
    }

    /** Ends the render thread (the window is closed or rebuilt); a change draws again. */
    void stopDrawing() {
        worker.stop();
    }

    /** The title and period over the map, and the hint before the first Play. */
    DataTitle dataTitle() {
        return dataTitle;
    }

    FrameOverlay frameOverlay() {
        return frameOverlay;
    }

    /** The map's own menu: fanning out markers that share a spot (docs/decisions/0016). */
    ContextMenu contextMenu() {
        if (menu == null) {
            CheckMenuItem fan = new CheckMenuItem(texts.get("map.fanOut"));
            fan.setId("fan-out");
            fan.setOnAction(a -> state.setFanOut(fan.isSelected()));
            menu = new ContextMenu(fan);
            menu.setOnShowing(a -> fan.setSelected(state.layers().fanOut()));
        }
        return menu;
    }

    /** Rings the markers of a dataset row (the main map's and the inset's), or clears them for -1. */
    public void highlight(int row) {
        highlighted = row;
        placeRings();
    }

    /** The row ringed on the map, or -1. */
    public int highlighted() {
        return highlighted;
    }

    /** How many rings are drawn (a row's markers on the map and in the inset). */
    public int ringCount() {
        return rings.getChildren().size();
    }

    private void placeRings() {
        rings.getChildren().clear();
        if (highlighted < 0 || !showsCurrentData()) {
            return;
        }
        var drawn = shown.drawn;
        for (int i : drawn.indicesOf(highlighted)) {
            Circle ring = new Circle(drawn.x(i), drawn.y(i), drawn.radius(i) + 5);
            ring.getStyleClass().add("highlight-ring");
            rings.getChildren().add(ring);
        }
    }

    /** The date drawn in the last frame, as the user reads it. */
    public String shownDate() {
        return shownDate;
    }

    /** The pixel of the last frame at a point, as premultiplied ARGB. */
    public int pixel(int x, int y) {
        return image == null ? 0 : image.getPixelReader().getArgb(x, y);
    }

    /** The dataset row of the marker at a point of this view, or -1 (also until new data is drawn). */
    public int rowAt(double x, double y) {
        return showsCurrentData() ? shown.drawn.rowAt(x, y) : -1;
    }

    /** The dataset rows of every marker at a point of this view, top-most first (empty until new data is drawn). */
    public int[] rowsAt(double x, double y) {
        return showsCurrentData() ? shown.drawn.rowsAt(x, y) : new int[0];
    }

    /** Whether the frame shown drew the data shown: its markers say nothing about other data. */
    private boolean showsCurrentData() {
        return shown != null && shown.frame.index() == state.data().index();
    }

    @Override
    protected void layoutChildren() {
        int w = (int) Math.max(1, Math.floor(getWidth()));
        int h = (int) Math.max(1, Math.floor(getHeight()));
        state.resize(w, h);
        view.relocate(0, 0);
        tooltip.autosize();
        dataTitle.layout(w, h);
        getChildren().get(getChildren().size() - 1).resizeRelocate(0, 0, w, h);
    }

    /** The region under a point of the map (inside the capital inset, what the inset shows), or -1 (the sea, no data). */
    public int regionAt(double x, double y) {
        var v = state.viewport().viewport();
        var d = state.data().dataset();
        return v == null || d == null ? -1 : org.cronomapa.render.RegionPick.regionAt(d.regions(), v, x, y);
    }

    /** Called with the region index when a region (not a marker) is clicked. */
    public void setOnRegion(java.util.function.IntConsumer action) {
        pointer.setOnRegion(action);
    }

    public Label tooltipLabel() {
        return tooltip;
    }
}
