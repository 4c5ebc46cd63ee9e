package org.cronomapa.render;

import org.cronomapa.map.Viewport;
import org.cronomapa.model.RegionMap;

/**
 * Which region a point of the map's screen shows. The capital inset is drawn over the main map, so
 * a point inside it means what the inset shows there (Lima Province, Lima Region, Callao at their
 * magnified scale), read through the inset's own view; its title strip shows no region.
 */
public final class RegionPick {
    private RegionPick() {
    }

    /** The region index under screen point ({@code x}, {@code y}) of {@code main}, or -1 (sea, title strip, no region). */
    public static int regionAt(RegionMap regions, Viewport main, double x, double y) {
        CapitalInset inset = CapitalInset.place(regions, main, MapRenderer.uiScale(main.width(), main.height()));
        if (inset != null && inset.covers(x, y)) {
            double insetY = y - inset.y0 - inset.titleHeight();
            return insetY < 0 ? -1 : regions.regionAt(inset.view.lon(x - inset.x0), inset.view.lat(insetY));
        }
        return regions.regionAt(main.lon(x), main.lat(y));
    }
}
