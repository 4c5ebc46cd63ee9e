package org.cronomapa.render;

import org.cronomapa.filter.Filtered;
import org.cronomapa.filter.Visible;
import org.cronomapa.map.Viewport;
import org.cronomapa.model.EventColumns;
import org.cronomapa.timeline.TimeWindow;

/**
 * Which events of the window a frame shows as markers, where, how large and how faded: one set of
 * rules for the raster (which stamps sprites) and the vector targets (which draw shapes).
 */
final class MarkerPlacement {
    private MarkerPlacement() {
    }

    /**
     * The markers' scale: the frame's text scale, shrunk when the window holds thousands of events
     * that pass the filter (a narrow filter on a million events keeps full-size markers). Without a
     * filter the count is the window's, read without a pass over its rows.
     */
    static double scale(double ui, Visible v) {
        return ui * MapRenderer.densityScale(passing(v));
    }

    /** The window's rows (ongoing or not, as without a filter) that pass the filter. */
    static int passing(Visible v) {
        TimeWindow w = v.window();
        Filtered filtered = v.filtered();
        if (filtered.filter().isAll()) {
            return w.hi() - w.lo();
        }
        int n = 0;
        for (int i = w.lo(); i < w.hi(); i++) {
            if (filtered.shows(i)) {
                n++;
            }
        }
        return n;
    }

    /**
     * Fans out the markers {@code from..} of {@code drawn} that share a spot, when the frame asks for it
     * and draws markers, not density (docs/decisions/0016). Raster and vector frames both call it,
     * so picking hits the fanned positions whichever drew them.
     */
    static void fanOut(RenderFrame f, boolean binned, DrawnMarkers drawn, int from) {
        if (f.fanOut() && !binned) {
            MarkerFan.spread(drawn, from, drawn.size());
        }
    }

    /** The leader lines' colour: thin and grey, under the markers. */
    static final javafx.scene.paint.Color LEADER = javafx.scene.paint.Color.rgb(40, 40, 40, 0.75);

    /** The window's markers on the main map, skipping those well off screen or under the capital inset. */
    static void onMap(RenderFrame f, Visible w, CapitalInset inset, double scale, DrawnMarkers drawn) {
        EventColumns events = f.index().events();
        Viewport v = f.viewport();
        int width = v.width();
        int height = v.height();
        TimeWindow window = w.window();
        float[] radii = radii(scale);
        int[] fades = fades(window, f.windowDays());
        for (int i = window.lo(); i < window.hi(); i++) {
            if (events.region(i) < 0) {
                continue;
            }
            int day = events.day(i); // once: the window's test and the marker's age both need it
            if (!w.includes(i, day)) {
                continue;
            }
            double x = v.screenX(events.lon(i));
            double y = v.screenY(events.lat(i));
            if (x < -30 || y < -30 || x > width + 30 || y > height + 30
                    || inset != null && inset.covers(x, y)) {
                continue;
            }
            int type = events.type(i);
            int size = MapStyle.sizeClass(events.fatalities(i), events.count(i));
            drawn.add((float) x, (float) y, radii[size], i, type, size, fade(fades, window.age(day), f.windowDays()));
        }
    }

    /** Each size class's radius at this scale, worked out once a frame instead of once a marker. */
    private static float[] radii(double scale) {
        float[] r = new float[MapStyle.RADII.length];
        for (int s = 0; s < r.length; s++) {
            r[s] = (float) MarkerSprites.radius(scale, s);
        }
        return r;
    }

    /** A marker's fade at this age, from the frame's table (or worked out, for an age past it). */
    private static int fade(int[] fades, int age, int windowDays) {
        return age >= 0 && age < fades.length ? fades[age] : MapStyle.fade(age, windowDays);
    }

    /** The fade of each age the window holds (0 to its length in days, at most 4096), worked out once a frame. */
    private static int[] fades(TimeWindow window, int windowDays) {
        int[] fades = new int[(int) Math.max(1, Math.min(4096L, (long) window.toDay() - window.fromDay() + 1))];
        for (int age = 0; age < fades.length; age++) {
            fades[age] = MapStyle.fade(age, windowDays);
        }
        return fades;
    }

    /**
     * The capital's markers at the inset's scale, in frame pixels. One also shown on the main map
     * is added as a copy: hit-testable, counted once.
     */
    static void inInset(RenderFrame f, Visible w, CapitalInset inset, double scale, DrawnMarkers drawn) {
        int top = inset.y0 + inset.titleHeight();
        drawn.cover(inset.x0, inset.y0, inset.width, inset.height);
        EventColumns events = f.index().events();
        Viewport main = f.viewport();
        TimeWindow window = w.window();
        float[] radii = radii(scale);
        int[] fades = fades(window, f.windowDays());
        for (int i = window.lo(); i < window.hi(); i++) {
            // The inset's box first: it rules out most rows without working out their days.
            if (events.region(i) < 0 || !inset.holds(events.lon(i), events.lat(i))) {
                continue;
            }
            int day = events.day(i);
            if (!w.includes(i, day)) {
                continue;
            }
            double x = inset.x0 + inset.view.screenX(events.lon(i));
            double y = top + inset.view.screenY(events.lat(i));
            int size = MapStyle.sizeClass(events.fatalities(i), events.count(i));
            double mainX = main.screenX(events.lon(i));
            double mainY = main.screenY(events.lat(i));
            boolean onMap = !inset.covers(mainX, mainY) && mainX >= -30 && mainY >= -30
                    && mainX <= main.width() + 30 && mainY <= main.height() + 30;
            int fade = fade(fades, window.age(day), f.windowDays());
            float r = radii[size];
            if (onMap) {
                drawn.addCopy((float) x, (float) y, r, i, events.type(i), size, fade);
            } else {
                drawn.add((float) x, (float) y, r, i, events.type(i), size, fade);
            }
        }
    }
}
