package org.cronomapa.render;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.canvas.Canvas;
import org.cronomapa.model.EventColumns;
import org.cronomapa.timeline.TimeIndex;
import org.cronomapa.timeline.TimeWindow;
import org.cronomapa.map.Viewport;

/**
 * The one renderer, used by the window and by every file export. A frame is the cached base
 * map (repainted only when a region changes class, the view moves or the words change), with
 * the window's markers stamped in oldest first and the date badge on top.
 * Call {@link #render} on the JavaFX thread: cache misses draw with a Canvas.
 */
public final class MapRenderer {
    private final DrawnMarkers drawn = new DrawnMarkers();
    private final Map<String, Sprite> dates = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Sprite> e) {
            return size() > 256;
        }
    };
    private Raster raster;
    private int[] base;
    private Object baseKey;
    private MarkerSprites sprites;
    private double[] values = new double[0];
    private int[] classes = new int[0];

    /** Draws the frame; the returned raster is reused by the next call. */
    public Raster render(RenderFrame f) {
        Viewport v = f.viewport();
        double ui = uiScale(v.width(), v.height());
        if (raster == null || raster.width() != v.width() || raster.height() != v.height()) {
            raster = new Raster(v.width(), v.height());
        }
        raster.copyFrom(base(f, ui));
        stampMarkers(f, ui);
        Sprite date = dates.computeIfAbsent(f.labels().date() + "@" + ui, k -> DateBadge.draw(f.labels().date(), ui));
        raster.stamp(date, date.width() / 2, date.height() / 2, 255);
        return raster;
    }

    /** The markers drawn by the last {@link #render}. */
    public DrawnMarkers drawn() {
        return drawn;
    }

    /** Text and markers grow with the frame, so a 1920-wide export reads like the window. */
    static double uiScale(int width, int height) {
        return Math.max(0.75, Math.min(2.0, Math.min(width / 1280.0, height / 800.0) * 1.1));
    }

    private int[] base(RenderFrame f, double ui) {
        int n = f.regions().size();
        if (values.length != n) {
            values = new double[n];
            classes = new int[n];
        }
        f.index().aggregate(f.day(), f.metric(), values);
        for (int r = 0; r < n; r++) {
            classes[r] = f.ramp().classOf(values[r]);
        }
        BaseKey key = new BaseKey(f.viewport(), Arrays.toString(classes), f.ramp(), f.labels().subtitle(),
                f.labels().legendTitle(), f.labels().regionNames(), f.labels().typeNames(), f.regions());
        if (!key.equals(baseKey)) {
            Canvas canvas = new Canvas(f.viewport().width(), f.viewport().height());
            BaseMapPainter.paint(canvas.getGraphicsContext2D(), f, classes, ui);
            base = Snapshots.pixels(canvas, false);
            baseKey = key;
        }
        return base;
    }

    private void stampMarkers(RenderFrame f, double ui) {
        if (sprites == null || sprites.scale() != ui) {
            sprites = new MarkerSprites(ui);
        }
        drawn.clear();
        TimeIndex index = f.index();
        EventColumns events = index.events();
        TimeWindow w = index.window(f.day(), f.windowDays());
        Viewport v = f.viewport();
        int width = v.width();
        int height = v.height();
        for (int i = w.lo(); i < w.hi(); i++) {
            if (events.region(i) < 0 || !w.contains(events, i)) {
                continue;
            }
            double x = v.screenX(events.lon(i));
            double y = v.screenY(events.lat(i));
            if (x < -30 || y < -30 || x > width + 30 || y > height + 30) {
                continue;
            }
            int type = events.type(i);
            int size = MapStyle.sizeClass(events.fatalities(i), events.count(i));
            int fade = MapStyle.fade(w.age(events, i), f.windowDays());
            raster.stamp(sprites.get(type, size), (int) Math.round(x), (int) Math.round(y), fade);
            drawn.add((float) x, (float) y, (float) sprites.radius(size), i, type);
        }
    }

    private record BaseKey(Viewport viewport, String classes, ColourRamp ramp, String subtitle, String legendTitle,
            Object regionNames, Object typeNames, Object regions) {
    }
}
