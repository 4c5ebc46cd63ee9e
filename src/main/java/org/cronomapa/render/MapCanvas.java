package org.cronomapa.render;

import javafx.scene.paint.Color;
import org.cronomapa.model.EventType;

/**
 * The narrow drawing target every map layer paints onto, so one set of layers serves a raster
 * (the window, PNG; {@link FxCanvas}) and a vector file (SVG; {@link SvgTarget}, later PDF).
 * It offers only what the layers use: even-odd paths, rectangles, haloed text, event markers,
 * a rectangular clip and a translation. Colours may carry alpha; coordinates are pixels.
 */
public interface MapCanvas {
    /** The raster target over a JavaFX canvas's graphics context (the window's charts, the file exports). */
    static MapCanvas on(javafx.scene.canvas.GraphicsContext g) {
        return new FxCanvas(g);
    }

    /**
     * Paints onto a fresh {@code width} x {@code height} canvas and returns its ARGB pixels (opaque);
     * call on the JavaFX thread.
     */
    static int[] pixels(int width, int height, java.util.function.Consumer<MapCanvas> painter) {
        javafx.scene.canvas.Canvas canvas = new javafx.scene.canvas.Canvas(width, height);
        painter.accept(new FxCanvas(canvas.getGraphicsContext2D()));
        return Snapshots.pixels(canvas, false);
    }

    /** Fills the path with the even-odd rule. */
    void fill(MapPath path, Color colour);

    void stroke(MapPath path, Color colour, double width);

    void fillRect(double x, double y, double w, double h, Color colour);

    /** An open line through the points x0, y0, x1, y1, … (charts' series; never closed). */
    void polyline(double[] xy, Color colour, double width);

    void fillRoundRect(double x, double y, double w, double h, double arc, Color colour);

    void strokeRect(double x, double y, double w, double h, Color colour, double width);

    /** The text with its halo (if the style has one) under the letters. */
    void text(String text, double x, double y, TextStyle style);

    /** One event marker (its type's icon) centred at (cx, cy), faded by {@code alpha} (0–255). */
    void marker(EventType type, double cx, double cy, double radius, int alpha);

    void save();

    /** Undoes every clip and translation since the matching {@link #save}. */
    void restore();

    /** Clips what follows, until {@link #restore}, to the rectangle (in current coordinates). */
    void clip(double x, double y, double w, double h);

    void translate(double dx, double dy);

    /** The look the markers that follow are outlined in (high contrast: dark outlines); a target may ignore it. */
    default void look(MapLook look) {
    }

    /** Names the layers that follow, until {@link #endLayer} (an SVG group; a raster ignores it). */
    default void beginLayer(String name) {
    }

    default void endLayer() {
    }
}
