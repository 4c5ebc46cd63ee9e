package org.cronomapa.render;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import org.cronomapa.model.EventType;

/**
 * The raster target: a JavaFX {@link GraphicsContext}, snapshotted into the cached layers by
 * {@link MapRenderer}. Each call sets the state it needs, so the layers issue the same canvas
 * calls (and get the same pixels) as when they drew on the context directly.
 */
final class FxCanvas implements MapCanvas {
    private final GraphicsContext g;
    private final MapLook look;

    FxCanvas(GraphicsContext g) {
        this(g, MapLook.STANDARD);
    }

    /** A canvas whose markers (the legend's) are drawn in a look's outlines. */
    FxCanvas(GraphicsContext g, MapLook look) {
        this.g = g;
        this.look = look;
    }

    @Override
    public void fill(MapPath path, Color colour) {
        g.setFillRule(FillRule.EVEN_ODD);
        g.setFill(colour);
        trace(path);
        g.fill();
    }

    @Override
    public void stroke(MapPath path, Color colour, double width) {
        g.setStroke(colour);
        g.setLineWidth(width);
        trace(path);
        g.stroke();
    }

    private void trace(MapPath path) {
        g.beginPath();
        for (int r = 0; r < path.rings(); r++) {
            double[] xy = path.ringView(r);
            g.moveTo(xy[0], xy[1]);
            for (int i = 2; i < xy.length; i += 2) {
                g.lineTo(xy[i], xy[i + 1]);
            }
            g.closePath();
        }
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Color colour) {
        g.setFill(colour);
        g.fillRect(x, y, w, h);
    }

    @Override
    public void polyline(double[] xy, Color colour, double width) {
        if (xy.length < 4) {
            return;
        }
        g.setStroke(colour);
        g.setLineWidth(width);
        g.beginPath();
        g.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            g.lineTo(xy[i], xy[i + 1]);
        }
        g.stroke();
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc, Color colour) {
        g.setFill(colour);
        g.fillRoundRect(x, y, w, h, arc, arc);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, Color colour, double width) {
        g.setStroke(colour);
        g.setLineWidth(width);
        g.strokeRect(x, y, w, h);
    }

    @Override
    public void text(String text, double x, double y, TextStyle style) {
        g.setFont(style.font());
        g.setTextAlign(style.align());
        g.setTextBaseline(style.baseline());
        if (style.halo() != null) {
            g.setLineWidth(style.haloWidth());
            g.setStroke(style.halo());
            // Round joins: a mitred halo spikes out of sharp letters (the M of "Santa María").
            g.setLineJoin(javafx.scene.shape.StrokeLineJoin.ROUND);
            g.strokeText(text, x, y);
            g.setLineJoin(javafx.scene.shape.StrokeLineJoin.MITER);
        }
        g.setFill(style.fill());
        g.fillText(text, x, y);
    }

    /** Faded markers are stamped as sprites; here alpha applies to fill and outline separately. */
    @Override
    public void marker(EventType type, double cx, double cy, double radius, int alpha) {
        if (alpha != 255) {
            g.save();
            g.setGlobalAlpha(alpha / 255.0);
        }
        MarkerSprites.drawIcon(g, type, cx, cy, radius, look);
        if (alpha != 255) {
            g.restore();
        }
    }

    @Override
    public void save() {
        g.save();
    }

    @Override
    public void restore() {
        g.restore();
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        g.beginPath();
        g.rect(x, y, w, h);
        g.clip();
    }

    @Override
    public void translate(double dx, double dy) {
        g.translate(dx, dy);
    }
}
