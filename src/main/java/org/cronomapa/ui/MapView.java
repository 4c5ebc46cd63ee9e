package org.cronomapa.ui;

import org.cronomapa.labels.FrameFactory;
import org.cronomapa.labels.Texts;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import org.cronomapa.model.Dataset;
import org.cronomapa.model.Event;
import org.cronomapa.render.MapRenderer;
import org.cronomapa.render.Raster;
import org.cronomapa.state.ViewerState;

/**
 * The map: shows the renderer's frame, follows resizing, zooms with the wheel, pans by dragging,
 * shows a tooltip over a marker and selects it on click. Redraws at most once per pulse, when
 * something it depends on has changed.
 */
public final class MapView extends Region {
    private final ViewerState state;
    private final FrameFactory frames;
    private final Texts texts;
    private final MapRenderer renderer = new MapRenderer();
    private final ImageView view = new ImageView();
    private final Label tooltip = new Label();
    private WritableImage image;
    /** The data the last frame drew; its markers say nothing about other data. */
    private Dataset drawnData;
    private boolean dirty = true;
    private Point2D dragFrom;
    private boolean dragged;
    private String shownDate = "";

    public MapView(ViewerState state, Texts texts) {
        this.state = state;
        this.texts = texts;
        this.frames = new FrameFactory(texts);
        getStyleClass().add("map-view");
        tooltip.getStyleClass().add("map-tooltip");
        tooltip.setVisible(false);
        tooltip.setMouseTransparent(true);
        getChildren().addAll(view, tooltip);
        setMinSize(200, 150);
        state.timeline().dayProperty().addListener((o, a, b) -> dirty = true);
        state.timeline().windowDaysProperty().addListener((o, a, b) -> dirty = true);
        state.timeline().metricProperty().addListener((o, a, b) -> dirty = true);
        state.viewport().viewportProperty().addListener((o, a, b) -> dirty = true);
        state.data().datasetProperty().addListener((o, a, b) -> dirty = true);
        state.layers().densityProperty().addListener((o, a, b) -> dirty = true);
        setOnScroll(this::onScroll);
        setOnMousePressed(e -> {
            dragFrom = new Point2D(e.getX(), e.getY());
            dragged = false;
        });
        setOnMouseDragged(this::onDrag);
        setOnMouseReleased(this::onRelease);
        setOnMouseMoved(this::onMove);
        setOnMouseExited(e -> tooltip.setVisible(false));
    }

    /** Draws a new frame if anything changed since the last one; called once per pulse. */
    public void redrawIfNeeded() {
        if (!dirty || state.data().dataset() == null || state.viewport().viewport() == null) {
            return;
        }
        dirty = false;
        var frame = frames.frame(state);
        Raster r = renderer.render(frame);
        drawnData = state.data().dataset();
        shownDate = frame.labels().date();
        if (image == null || image.getWidth() != r.width() || image.getHeight() != r.height()) {
            image = new WritableImage(r.width(), r.height());
            view.setImage(image);
        }
        image.getPixelWriter().setPixels(0, 0, r.width(), r.height(), PixelFormat.getIntArgbPreInstance(),
                r.pixels(), 0, r.width());
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
        return drawnData != state.data().dataset() ? -1 : renderer.drawn().rowAt(x, y);
    }

    @Override
    protected void layoutChildren() {
        int w = (int) Math.max(1, Math.floor(getWidth()));
        int h = (int) Math.max(1, Math.floor(getHeight()));
        state.resize(w, h);
        view.relocate(0, 0);
        tooltip.autosize();
    }

    private void onScroll(ScrollEvent e) {
        if (state.viewport().viewport() != null && e.getDeltaY() != 0) {
            state.zoomAt(e.getDeltaY() > 0 ? 1.25 : 0.8, e.getX(), e.getY());
        }
        e.consume();
    }

    private void onDrag(MouseEvent e) {
        if (dragFrom != null && e.getButton() == MouseButton.PRIMARY) {
            state.panBy(e.getX() - dragFrom.getX(), e.getY() - dragFrom.getY());
            dragged |= dragFrom.distance(e.getX(), e.getY()) > 2;
            dragFrom = new Point2D(e.getX(), e.getY());
            tooltip.setVisible(false);
        }
    }

    private void onRelease(MouseEvent e) {
        if (!dragged && e.getButton() == MouseButton.PRIMARY) {
            state.select(rowAt(e.getX(), e.getY()));
        }
        dragFrom = null;
    }

    private void onMove(MouseEvent e) {
        int row = rowAt(e.getX(), e.getY());
        if (row < 0) {
            tooltip.setVisible(false);
            return;
        }
        Event ev = state.data().dataset().event(row);
        tooltip.setText(EventText.tooltip(ev, texts));
        tooltip.autosize();
        double x = Math.min(e.getX() + 14, getWidth() - tooltip.getWidth() - 4);
        double y = Math.min(e.getY() + 14, getHeight() - tooltip.getHeight() - 4);
        tooltip.relocate(Math.max(0, x), Math.max(0, y));
        tooltip.setVisible(true);
    }

    public Label tooltipLabel() {
        return tooltip;
    }
}
