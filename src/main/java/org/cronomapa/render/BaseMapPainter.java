package org.cronomapa.render;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.cronomapa.map.Viewport;
import org.cronomapa.model.EventType;
import org.cronomapa.model.Region;
import org.cronomapa.model.RegionMap;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * Paints the parts of a frame that change only when the view or the words move: the background
 * (sea, neighbouring countries) and the overlay (region borders, names, subtitle, legend), onto
 * any {@link MapCanvas}. The raster caches them as snapshots; a vector target gets them as shapes.
 * Region fills are not painted here: {@link RegionRaster} or {@link VectorMap} colours them.
 */
final class BaseMapPainter {
    private BaseMapPainter() {
    }

    static void paintBackground(MapCanvas c, RenderFrame f) {
        Viewport v = f.viewport();
        MapLook look = f.look();
        c.fillRect(0, 0, v.width(), v.height(), look.sea());
        for (Geometry g : f.regions().context()) {
            MapPath p = MapPath.of(g, v);
            c.fill(p, look.contextLand());
            c.stroke(p, look.coast(), look.coastWidth());
        }
    }

    static void paintOverlay(MapCanvas c, RenderFrame f, double ui) {
        Viewport v = f.viewport();
        RegionMap regions = f.regions();
        c.beginLayer("borders");
        MapLook look = f.look();
        for (int r = 0; r < regions.size(); r++) {
            c.stroke(MapPath.of(regions.get(r).outline(), v), look.border(), look.borderWidth());
        }
        CapitalInset.outline(c, regions, v, ui);
        c.endLayer();
        c.beginLayer("region-names");
        LabelGrid taken = labels(c, f, ui);
        c.endLayer();
        c.beginLayer("towns");
        reserveFurniture(taken, f, ui);
        if (TownsLayer.paint(c, f, ui, taken) > 0) {
            TownsLayer.credit(c, v, f.labels().townsCredit(), ui);
        }
        c.endLayer();
        c.beginLayer("subtitle");
        subtitle(c, f, ui);
        c.endLayer();
        c.beginLayer("legend");
        legend(c, f, ui);
        c.endLayer();
    }

    /**
     * Region names at their interior points, skipping any that would overlap one already placed;
     * returns the space they took, for the towns.
     */
    private static LabelGrid labels(MapCanvas c, RenderFrame f, double ui) {
        Viewport v = f.viewport();
        double size = Math.max(9, Math.min(22, 11 * ui * Math.sqrt(v.zoom())));
        Font font = Font.font("DejaVu Sans", FontWeight.BOLD, size);
        TextStyle style = TextStyle.plain(font, f.look().label(), TextAlignment.CENTER, VPos.CENTER)
                .withHalo(f.look().labelHalo(), f.look().haloWidth());
        List<double[]> placed = new ArrayList<>();
        // The date and the line under it have no panel behind them: a zoomed map's names keep clear of them.
        placed.add(badgeBox(ui));
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
            c.text(name, x, y, style);
        }
        LabelGrid taken = new LabelGrid(v.width(), v.height());
        for (double[] b : placed) {
            taken.reserve(b[0], b[1], b[2], b[3]);
        }
        return taken;
    }

    /** What town names must not cover: date and subtitle, legend, density legend and credit, the inset. */
    private static void reserveFurniture(LabelGrid taken, RenderFrame f, double ui) {
        Viewport v = f.viewport();
        double[] badge = badgeBox(ui);
        taken.reserve(badge[0], badge[1], badge[2], badge[3]);
        double[] legend = legendBox(f, ui);
        taken.reserve(legend[0], legend[1], legend[2], legend[3]);
        double[] density = DensityLayer.legendBox(v.width(), v.height(), ui);
        taken.reserve(density[0], density[1], density[2], v.height());
        CapitalInset inset = CapitalInset.place(f.regions(), v, ui);
        if (inset != null) {
            taken.reserve(inset.x0, inset.y0, inset.x0 + inset.width, inset.y0 + inset.height);
        }
    }

    /** The date badge and the subtitle under it, top left: x0, y0, x1, y1. */
    static double[] badgeBox(double ui) {
        return new double[] {0, 0, 440 * ui, DateBadge.height(ui) + 34 * ui};
    }

    /** The legend's panel: x0, y0, x1, y1. */
    static double[] legendBox(RenderFrame f, double ui) {
        double pad = 10 * ui;
        double row = 20 * ui;
        double height = pad * 2 + row * (1 + f.ramp().classes()) + row * (1 + legendTypes(f).length);
        double x0 = 12 * ui;
        double y0 = f.viewport().height() - height - 12 * ui;
        return new double[] {x0, y0, x0 + 190 * ui, y0 + height};
    }

    /** The event types the legend lists: those the filter lets through (all when it names none). */
    static int[] legendTypes(RenderFrame f) {
        var chosen = f.filtered().filter().types();
        return java.util.stream.IntStream.range(0, EventType.count())
                .filter(t -> chosen.isEmpty() || chosen.contains(EventType.ofIndex(t))).toArray();
    }

    private static boolean overlaps(double[] a, List<double[]> placed) {
        for (double[] b : placed) {
            if (a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]) {
                return true;
            }
        }
        return false;
    }

    private static void subtitle(MapCanvas c, RenderFrame f, double ui) {
        TextStyle style = TextStyle.plain(Font.font("DejaVu Sans", 14 * ui), f.look().ink(), TextAlignment.LEFT, VPos.TOP);
        // Zoomed in, the subtitle can lie over a dark region: the projector look gives it a halo.
        c.text(f.labels().subtitle(), 16 * ui, DateBadge.height(ui) + 10 * ui,
                f.look().highContrast() ? style.withHalo(f.look().labelHalo(), f.look().haloWidth()) : style);
    }

    /** Bottom-left: the colour ramp with its numbers, then one icon per event type the filter shows. */
    private static void legend(MapCanvas c, RenderFrame f, double ui) {
        ColourRamp ramp = f.ramp();
        double pad = 10 * ui;
        double sw = 22 * ui;
        double row = 20 * ui;
        double[] box = legendBox(f, ui);
        double x0 = box[0];
        double y0 = box[1];
        MapLook look = f.look();
        c.fillRoundRect(x0, y0, box[2] - x0, box[3] - y0, 8 * ui, look.panel());
        if (look.highContrast()) {
            c.strokeRect(x0, y0, box[2] - x0, box[3] - y0, look.ink(), 1.5 * ui);
        }
        TextStyle title = TextStyle.plain(Font.font("DejaVu Sans", FontWeight.BOLD, 12 * ui), look.label(),
                TextAlignment.LEFT, VPos.CENTER);
        TextStyle entry = TextStyle.plain(Font.font("DejaVu Sans", 12 * ui), look.label(),
                TextAlignment.LEFT, VPos.CENTER);
        double y = y0 + pad + row / 2;
        c.text(f.labels().legendTitle(), x0 + pad, y, title);
        for (int k = 0; k < ramp.classes(); k++) {
            y += row;
            c.fillRect(x0 + pad, y - row * 0.4, sw, row * 0.8, ramp.colour(k, look));
            c.strokeRect(x0 + pad, y - row * 0.4, sw, row * 0.8, look.swatchEdge(), look.highContrast() ? 1.2 : 0.6);
            c.text(ramp.label(k), x0 + pad + sw + 8 * ui, y, entry);
        }
        y += row;
        c.text(f.labels().markersTitle(), x0 + pad, y + row * 0.1, title);
        for (int t : legendTypes(f)) {
            y += row;
            c.marker(EventType.ofIndex(t), x0 + pad + sw / 2, y, 7 * ui, 255);
            c.text(f.labels().typeNames().get(t), x0 + pad + sw + 8 * ui, y, entry);
        }
    }
}
