package org.cronomapa.render;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.cronomapa.map.Viewport;
import org.cronomapa.model.Region;
import org.cronomapa.model.RegionMap;
import org.locationtech.jts.geom.Envelope;

/**
 * A magnified box of Lima and Callao in the top-right corner of the country view: the capital
 * is a few pixels wide at country scale, yet many events happened there. Shown only while the
 * map is near its fitted zoom; a zoomed-in map shows Lima itself.
 */
final class CapitalInset {
    static final List<String> CODES = List.of("PE-LMA", "PE-CAL");
    private static final double MAX_ZOOM_SHOWN = 1.6;

    final int x0;
    final int y0;
    final int width;
    final int height;
    final Viewport view;
    final Envelope lonLat;
    /** The box's edges, for {@link #holds}: asked for every row of the window, every frame. */
    private final double minLon;
    private final double maxLon;
    private final double minLat;
    private final double maxLat;

    private CapitalInset(int x0, int y0, int width, int height, Viewport view, Envelope lonLat) {
        this.x0 = x0;
        this.y0 = y0;
        this.width = width;
        this.height = height;
        this.view = view;
        this.lonLat = lonLat;
        minLon = lonLat.getMinX();
        maxLon = lonLat.getMaxX();
        minLat = lonLat.getMinY();
        maxLat = lonLat.getMaxY();
    }

    /** Whether the inset shows this point: {@code lonLat.contains(lon, lat)}, without a call C1 would not inline. */
    boolean holds(double lon, double lat) {
        return lon >= minLon && lon <= maxLon && lat >= minLat && lat <= maxLat;
    }

    /** Where the inset goes on this frame, or null when it is not shown. */
    static CapitalInset place(RegionMap regions, Viewport main, double ui) {
        if (main.zoom() > MAX_ZOOM_SHOWN || main.width() < 640 || main.height() < 480) {
            return null;
        }
        Envelope box = new Envelope();
        for (String code : CODES) {
            int i = regions.indexOf(code).orElse(RegionMap.NATIONAL_INDEX);
            if (i < 0) {
                return null;
            }
            box.expandToInclude(regions.get(i).outline().getEnvelopeInternal());
        }
        box.expandBy(box.getWidth() * 0.08, box.getHeight() * 0.08);
        int w = (int) Math.round(main.width() * 0.22);
        double aspect = box.getHeight() / (box.getWidth() * main.projection().x(1));
        int h = (int) Math.min(main.height() * 0.45, Math.round(w * aspect));
        int title = (int) Math.round(22 * ui);
        Viewport view = Viewport.fit(box, w, h - title, 0.02, main.projection());
        return new CapitalInset(main.width() - w - (int) (12 * ui), (int) (12 * ui), w, h, view, box);
    }

    boolean covers(double x, double y) {
        return x >= x0 && x < x0 + width && y >= y0 && y < y0 + height;
    }

    int titleHeight() {
        return height - view.height();
    }

    /** What does not change with the data (borders, title strip, frame), as the raster caches it. */
    Sprite overlay(RegionMap regions, String title, double ui) {
        Canvas canvas = new Canvas(width, height);
        paint(new FxCanvas(canvas.getGraphicsContext2D()), regions, null, title, ui);
        return Sprite.of(Snapshots.pixels(canvas, true), width, height);
    }

    /**
     * The box in its own coordinates (0, 0 at its top-left corner). With {@code fills} (one colour
     * per region) it paints the sea and the regions first, as a vector target needs; the raster
     * passes null and composes the fills from its own region raster underneath.
     */
    void paint(MapCanvas c, RegionMap regions, Color[] fills, String title, double ui) {
        int top = titleHeight();
        c.save();
        c.clip(0, top, width, height - top);
        c.translate(0, top);
        if (fills != null) {
            c.fillRect(0, 0, width, height - top, MapStyle.SEA);
            // The whole box, margins included, as the raster's region raster fills it.
            Envelope shown = new Envelope(view.lon(0), view.lon(width), view.lat(0), view.lat(view.height()));
            for (int r = 0; r < regions.size(); r++) {
                if (regions.get(r).outline().getEnvelopeInternal().intersects(shown)) {
                    c.fill(MapPath.of(regions.get(r).outline(), view), fills[r]);
                }
            }
        }
        Color border = Color.web("#7a7a7a");
        for (Region region : regions.regions()) {
            if (region.outline().getEnvelopeInternal().intersects(lonLat)) {
                c.stroke(MapPath.of(region.outline(), view), border, 1);
            }
        }
        c.restore();
        c.fillRect(0, 0, width, top, MapStyle.PANEL);
        c.text(title, 8 * ui, top / 2.0, TextStyle.plain(Font.font("DejaVu Sans", FontWeight.BOLD, 12 * ui),
                MapStyle.LABEL, TextAlignment.LEFT, VPos.CENTER));
        c.strokeRect(1, 1, width - 2, height - 2, Color.web("#444444"), 2);
    }

    /** The area the inset magnifies, outlined on the main map. */
    static void outline(MapCanvas c, RegionMap regions, Viewport main, double ui) {
        CapitalInset inset = place(regions, main, ui);
        if (inset == null) {
            return;
        }
        Envelope b = inset.lonLat;
        double x = main.screenX(b.getMinX());
        double y = main.screenY(b.getMaxY());
        c.strokeRect(x, y, main.screenX(b.getMaxX()) - x, main.screenY(b.getMinY()) - y, Color.web("#444444"), 1.2);
    }
}
