package org.cronomapa.render;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.cronomapa.model.EventType;

/** Each type's icon pre-drawn once per size class at a given scale (FX thread to build). */
final class MarkerSprites {
    private final double scale;
    private final MapLook look;
    private final Sprite[][] sprites = new Sprite[EventType.count()][MapStyle.RADII.length];

    /** All sprites are drawn on one canvas and rasterised with a single snapshot (an atlas). */
    MarkerSprites(double scale, MapLook look) {
        this.scale = scale;
        this.look = look;
        int sizes = MapStyle.RADII.length;
        int cell = size(radius(sizes - 1));
        Canvas atlas = new Canvas(cell * sizes, cell * EventType.count());
        GraphicsContext g = atlas.getGraphicsContext2D();
        for (EventType t : EventType.values()) {
            for (int c = 0; c < sizes; c++) {
                int size = size(radius(c));
                drawIcon(g, t, c * cell + size / 2.0, t.ordinal() * cell + size / 2.0, radius(c), look);
            }
        }
        int[] pixels = Snapshots.pixels(atlas, true);
        for (EventType t : EventType.values()) {
            for (int c = 0; c < sizes; c++) {
                int size = size(radius(c));
                sprites[t.ordinal()][c] = Sprite.cut(pixels, cell * sizes, c * cell, t.ordinal() * cell, size, size);
            }
        }
    }

    private static int size(double radius) {
        return (int) Math.ceil(radius * 2 + (radius >= 2.5 ? 4 : 1)) | 1;
    }

    double scale() {
        return scale;
    }

    double radius(int sizeClass) {
        return radius(scale, sizeClass);
    }

    /** A marker's radius in pixels; never below 1.6 so the densest data stays visible. */
    static double radius(double scale, int sizeClass) {
        return Math.max(1.6, MapStyle.RADII[sizeClass] * scale);
    }

    Sprite get(int type, int sizeClass) {
        return sprites[type][sizeClass];
    }

    /** The outline's width in pixels, whatever the marker's size. */
    static final double OUTLINE_WIDTH = 1.6;

    /** Tiny markers (dense data) skip the outline, which would otherwise swamp the colour. */
    static boolean outlined(double radius) {
        return radius >= 4;
    }

    /** White around every icon but the yellow one, which would vanish into a white edge. */
    static Color outline(EventType type) {
        return type == EventType.ATTACK_ON_PROPERTY ? Color.web("#555555") : Color.WHITE;
    }

    /** Draws one icon centred at (cx, cy); shared by sprites and the legend (vector targets: {@link SvgTarget}). */
    static void drawIcon(GraphicsContext g, EventType type, double cx, double cy, double radius, MapLook look) {
        double k = 2 * radius / Icons.VIEW_BOX;
        g.save();
        g.translate(cx - radius, cy - radius);
        g.scale(k, k);
        g.beginPath();
        g.appendSVGPath(Icons.path(type));
        g.setFill(MapStyle.colour(type));
        g.fill();
        if (look.outlined(radius)) {
            g.setStroke(look.outline(type));
            g.setLineWidth(look.markerOutlineWidth() / k);
            g.stroke();
        }
        g.restore();
    }
}
