package org.cronomapa.ui;

import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.cronomapa.labels.Texts;
import org.cronomapa.model.Event;
import org.cronomapa.state.ViewerState;

/**
 * What the mouse does on the map: the wheel zooms, dragging pans, hovering shows a tooltip for the
 * marker drawn on top (or the region's counts), a click selects a marker, lists the markers stacked
 * at the spot to choose from, or opens a region's panel (with Shift or Ctrl/Cmd the region joins or
 * leaves the filter). Asks the {@link MapView} what its frame drew where.
 */
final class MapPointer {
    private final MapView map;
    private final ViewerState state;
    private final Texts texts;
    private final Label tooltip = new Label();
    private final MarkerStackMenu stackMenu;
    private java.util.function.IntConsumer onRegion = r -> { };
    private Point2D dragFrom;
    private boolean dragged;

    MapPointer(MapView map, ViewerState state, Texts texts) {
        this.map = map;
        this.state = state;
        this.texts = texts;
        stackMenu = new MarkerStackMenu(texts);
        tooltip.getStyleClass().add("map-tooltip");
        tooltip.setVisible(false);
        tooltip.setMouseTransparent(true);
        map.setOnScroll(this::onScroll);
        map.setOnMousePressed(e -> {
            map.requestFocus();
            dragFrom = new Point2D(e.getX(), e.getY());
            dragged = false;
        });
        map.setOnMouseDragged(this::onDrag);
        map.setOnMouseReleased(this::onRelease);
        map.setOnMouseMoved(this::onMove);
        map.setOnMouseExited(e -> tooltip.setVisible(false));
    }

    /** The tooltip over the map (a child of the map, placed by this). */
    Label tooltip() {
        return tooltip;
    }

    void setOnRegion(java.util.function.IntConsumer action) {
        this.onRegion = action;
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
            int[] rows = map.rowsAt(e.getX(), e.getY());
            if (rows.length > 1) {
                tooltip.setVisible(false);
                stackMenu.show(map, e.getScreenX() + 36, e.getScreenY() - 12, // beside the stack, not over it
                        state.data().dataset(), rows, state::select, map::highlight);
            } else if (rows.length == 1) {
                state.select(rows[0]);
            } else {
                state.select(-1);
                clickedRegion(e);
            }
        }
        dragFrom = null;
    }

    /** Where the map has no marker: a region opens its panel; with Shift or Ctrl/Cmd it joins or leaves the filter. */
    private void clickedRegion(MouseEvent e) {
        int r = map.regionAt(e.getX(), e.getY());
        if (r < 0) {
            return;
        }
        if (e.isShiftDown() || e.isShortcutDown()) {
            String code = state.data().dataset().regions().get(r).code();
            java.util.Set<String> regions = new java.util.TreeSet<>(state.filter().filter().regions());
            if (!regions.remove(code)) {
                regions.add(code);
            }
            state.setRegions(regions);
        } else {
            onRegion.accept(r);
        }
    }

    private void onMove(MouseEvent e) {
        int row = map.rowAt(e.getX(), e.getY());
        if (row < 0) {
            int r = map.regionAt(e.getX(), e.getY());
            if (r < 0 || state.filter().filtered() == null) {
                tooltip.setVisible(false);
                return;
            }
            var shown = state.filter().filtered(); // the counts the map is coloured by
            int day = state.timeline().day();
            tooltip.setText(texts.get("tooltip.region", texts.regionNames(state.data().dataset().regions()).get(r),
                    shown.cumulativeEvents(day, r), shown.cumulativeFatalities(day, r)));
            place(e);
            return;
        }
        Event ev = state.data().dataset().event(row);
        tooltip.setText(EventText.tooltip(ev, texts));
        place(e);
    }

    private void place(MouseEvent e) {
        tooltip.autosize();
        double x = Math.min(e.getX() + 14, map.getWidth() - tooltip.getWidth() - 4);
        double y = Math.min(e.getY() + 14, map.getHeight() - tooltip.getHeight() - 4);
        tooltip.relocate(Math.max(0, x), Math.max(0, y));
        tooltip.setVisible(true);
    }
}
