package org.cronomapa.render;

import javafx.scene.paint.Color;
import org.cronomapa.filter.Visible;
import org.cronomapa.map.Viewport;
import org.cronomapa.model.EventType;
import org.cronomapa.model.RegionMap;

/**
 * A whole frame drawn as shapes, in the raster's layer order: background, region fills, overlay
 * (borders, names, subtitle, legend), markers, the capital inset, the date. The layers are the
 * raster's own ({@link BaseMapPainter}, {@link CapitalInset}, {@link MarkerPlacement}); only the
 * two layers the raster keeps as pixels for speed — region fills and stamped markers — are drawn
 * here as paths instead.
 */
final class VectorMap {
    private VectorMap() {
    }

    static void draw(RenderFrame f, MapCanvas c, DrawnMarkers drawn) {
        Viewport v = f.viewport();
        RegionMap regions = f.regions();
        double ui = MapRenderer.uiScale(v.width(), v.height());
        c.look(f.look());
        c.beginLayer("background");
        BaseMapPainter.paintBackground(c, f);
        c.endLayer();
        Color[] fills = regionFills(f);
        c.beginLayer("regions");
        for (int r = 0; r < regions.size(); r++) {
            c.fill(MapPath.of(regions.get(r).outline(), v), fills[r]);
        }
        c.endLayer();
        BaseMapPainter.paintOverlay(c, f, ui);

        drawn.clear();
        Visible w = f.visible();
        double scale = MarkerPlacement.scale(ui * f.look().markerScale(), w);
        CapitalInset inset = CapitalInset.place(regions, v, ui);
        MarkerPlacement.onMap(f, w, inset, scale, drawn);
        boolean binned = DensityLayer.chosen(f.density(), drawn.events(), v.width(), v.height());
        drawn.binned(binned);
        MarkerPlacement.fanOut(f, binned, drawn, 0);
        c.beginLayer(binned ? "density" : "markers");
        if (binned) {
            DensityLayer.draw(c, drawn, 0, drawn.size(), 0, 0, v.width(), v.height(), ui, BaseMapPainter.legendBox(f, ui),
                    DensityLayer.cornerBox(v.width(), v.height(), ui));
        } else {
            markers(c, drawn, 0, scale);
        }
        c.endLayer();
        if (inset != null) {
            c.beginLayer("capital-inset");
            c.save();
            c.translate(inset.x0, inset.y0);
            inset.paint(c, regions, fills, f.labels().insetTitle(), ui);
            c.restore();
            int first = drawn.size();
            MarkerPlacement.inInset(f, w, inset, scale, drawn);
            MarkerPlacement.fanOut(f, binned, drawn, first);
            c.save();
            c.clip(inset.x0, inset.y0 + inset.titleHeight(), inset.width, inset.view.height());
            if (binned) {
                DensityLayer.draw(c, drawn, first, drawn.size(), inset.x0, inset.y0 + inset.titleHeight(), inset.width,
                        inset.view.height(), ui);
            } else {
                markers(c, drawn, first, scale);
            }
            c.restore();
            c.endLayer();
        }
        if (binned) {
            c.beginLayer("density-legend");
            DensityLayer.paintLegend(c, f.labels().densityTitle(), DensityLayer.legendBox(v.width(), v.height(), ui), ui);
            c.endLayer();
        }
        c.beginLayer("date");
        c.text(f.labels().date(), DateBadge.x(ui), DateBadge.y(ui), DateBadge.style(ui));
        c.endLayer();
    }

    /** Each region's colour on this day, from the same aggregate and ramp as the raster's fills. */
    private static Color[] regionFills(RenderFrame f) {
        int n = f.regions().size();
        double[] values = new double[n];
        f.filtered().aggregate(f.day(), f.metric(), values);
        Color[] fills = new Color[n];
        for (int r = 0; r < n; r++) {
            fills[r] = f.ramp().colour(f.ramp().classOf(values[r]), f.look());
        }
        return fills;
    }

    /** In the order the raster stamps them, so overlapping markers stack the same way; leader lines under them. */
    private static void markers(MapCanvas c, DrawnMarkers drawn, int from, double scale) {
        for (int k = from; k < drawn.size(); k++) {
            if (drawn.fanned(k)) {
                c.polyline(new double[] {drawn.trueX(k), drawn.trueY(k), drawn.x(k), drawn.y(k)}, MarkerPlacement.LEADER, 1);
            }
        }
        for (int k = from; k < drawn.size(); k++) {
            c.marker(EventType.ofIndex(drawn.type(k)), drawn.x(k), drawn.y(k),
                    MarkerSprites.radius(scale, drawn.sizeClass(k)), drawn.fade(k));
        }
    }
}
