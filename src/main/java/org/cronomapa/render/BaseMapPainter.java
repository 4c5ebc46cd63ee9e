package org.cronomapa.render;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.cronomapa.map.Viewport;
import org.cronomapa.model.EventType;
import org.cronomapa.model.Region;
import org.cronomapa.model.RegionMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Paints the parts of a frame that change only when the view or the words move: the background
 * (sea, neighbouring countries) and a transparent overlay (region borders, names, subtitle,
 * legend). Region fills are not painted here: {@link RegionRaster} colours them per frame.
 */
final class BaseMapPainter {
    private BaseMapPainter() {
    }

    static void paintBackground(GraphicsContext g, RenderFrame f) {
        Viewport v = f.viewport();
        g.setFill(MapStyle.SEA);
        g.fillRect(0, 0, v.width(), v.height());
        g.setFillRule(FillRule.EVEN_ODD);
        g.setFill(MapStyle.CONTEXT_LAND);
        g.setStroke(Color.web("#c9c5bb"));
        g.setLineWidth(0.6);
        for (Geometry c : f.regions().context()) {
            path(g, c, v);
            g.fill();
            g.stroke();
        }
    }

    static void paintOverlay(GraphicsContext g, RenderFrame f, double ui) {
        Viewport v = f.viewport();
        RegionMap regions = f.regions();
        g.setStroke(Color.web("#7a7a7a"));
        g.setLineWidth(1.0);
        for (int r = 0; r < regions.size(); r++) {
            path(g, regions.get(r).outline(), v);
            g.stroke();
        }
        CapitalInset.outline(g, regions, v, ui);
        labels(g, f, ui);
        subtitle(g, f, ui);
        legend(g, f, ui);
    }

    static void path(GraphicsContext g, Geometry geometry, Viewport v) {
        g.beginPath();
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Polygon p = (Polygon) geometry.getGeometryN(i);
            ring(g, p.getExteriorRing().getCoordinates(), v);
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                ring(g, p.getInteriorRingN(h).getCoordinates(), v);
            }
        }
    }

    private static void ring(GraphicsContext g, Coordinate[] cs, Viewport v) {
        g.moveTo(v.screenX(cs[0].x), v.screenY(cs[0].y));
        for (int i = 1; i < cs.length; i++) {
            g.lineTo(v.screenX(cs[i].x), v.screenY(cs[i].y));
        }
        g.closePath();
    }

    /** Region names at their interior points, skipping any that would overlap one already placed. */
    private static void labels(GraphicsContext g, RenderFrame f, double ui) {
        Viewport v = f.viewport();
        double size = Math.max(9, Math.min(22, 11 * ui * Math.sqrt(v.zoom())));
        Font font = Font.font("DejaVu Sans", FontWeight.BOLD, size);
        g.setFont(font);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setLineWidth(3);
        List<double[]> placed = new ArrayList<>();
        Text measure = new Text();
        measure.setFont(font);
        // Largest regions first: where names collide, the small one (Callao) gives way.
        Integer[] order = new Integer[f.regions().size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(f.regions().get(b).outline().getArea(),
                f.regions().get(a).outline().getArea()));
        for (int r : order) {
            Region region = f.regions().get(r);
            Point p = region.labelPoint();
            double x = v.screenX(p.getX());
            double y = v.screenY(p.getY());
            String name = f.labels().regionNames().get(r);
            measure.setText(name);
            Bounds b = measure.getLayoutBounds();
            double[] box = {x - b.getWidth() / 2, y - b.getHeight() / 2, x + b.getWidth() / 2, y + b.getHeight() / 2};
            if (box[2] < 0 || box[0] > v.width() || box[3] < 0 || box[1] > v.height() || overlaps(box, placed)) {
                continue;
            }
            placed.add(box);
            g.setStroke(MapStyle.LABEL_HALO);
            g.strokeText(name, x, y);
            g.setFill(MapStyle.LABEL);
            g.fillText(name, x, y);
        }
    }

    private static boolean overlaps(double[] a, List<double[]> placed) {
        for (double[] b : placed) {
            if (a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]) {
                return true;
            }
        }
        return false;
    }

    private static void subtitle(GraphicsContext g, RenderFrame f, double ui) {
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setFont(Font.font("DejaVu Sans", 14 * ui));
        g.setFill(Color.web("#333333"));
        g.fillText(f.labels().subtitle(), 16 * ui, DateBadge.height(ui) + 10 * ui);
    }

    /** Bottom-left: the colour ramp with its numbers, then one icon per event type. */
    private static void legend(GraphicsContext g, RenderFrame f, double ui) {
        ColourRamp ramp = f.ramp();
        double pad = 10 * ui;
        double sw = 22 * ui;
        double row = 20 * ui;
        int types = EventType.count();
        double height = pad * 2 + row * (1 + ramp.classes()) + row * (1 + types);
        double width = 190 * ui;
        double x0 = 12 * ui;
        double y0 = f.viewport().height() - height - 12 * ui;
        g.setFill(MapStyle.PANEL);
        g.fillRoundRect(x0, y0, width, height, 8 * ui, 8 * ui);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double y = y0 + pad + row / 2;
        g.setFill(MapStyle.LABEL);
        g.setFont(Font.font("DejaVu Sans", FontWeight.BOLD, 12 * ui));
        g.fillText(f.labels().legendTitle(), x0 + pad, y);
        g.setFont(Font.font("DejaVu Sans", 12 * ui));
        for (int c = 0; c < ramp.classes(); c++) {
            y += row;
            g.setFill(ramp.colour(c));
            g.fillRect(x0 + pad, y - row * 0.4, sw, row * 0.8);
            g.setStroke(Color.web("#8a8a8a"));
            g.setLineWidth(0.6);
            g.strokeRect(x0 + pad, y - row * 0.4, sw, row * 0.8);
            g.setFill(MapStyle.LABEL);
            g.fillText(ramp.label(c), x0 + pad + sw + 8 * ui, y);
        }
        y += row;
        g.setFont(Font.font("DejaVu Sans", FontWeight.BOLD, 12 * ui));
        g.fillText(f.labels().markersTitle(), x0 + pad, y + row * 0.1);
        g.setFont(Font.font("DejaVu Sans", 12 * ui));
        for (int t = 0; t < types; t++) {
            y += row;
            MarkerSprites.drawIcon(g, EventType.ofIndex(t), x0 + pad + sw / 2, y, 7 * ui);
            g.setFill(MapStyle.LABEL);
            g.fillText(f.labels().typeNames().get(t), x0 + pad + sw + 8 * ui, y);
        }
    }
}
