package org.cronomapa.render;

import java.util.Arrays;
import java.util.List;
import javafx.scene.canvas.Canvas;
import org.cronomapa.filter.Visible;
import org.cronomapa.map.Viewport;

/**
 * The one renderer, used by the window and by every file export. A frame is built in plain
 * Java from cached layers: the background and the overlay (borders, names, legend) are painted
 * with a Canvas only when the view or the words change; region fills are coloured from a
 * per-pixel region raster when a class changes; markers and the date are stamped every frame.
 * Call {@link #render} on the JavaFX thread: cache misses draw with a Canvas. The same layers also
 * draw onto a vector target ({@link #renderVector}, docs/decisions/0009).
 */
public final class MapRenderer {
    private final DrawnMarkers drawn = new DrawnMarkers();
    private final DensityLayer density = new DensityLayer();
    private final DensityLayer insetDensity = new DensityLayer();
    private Raster raster;
    /** Whether {@link #raster} draws into a caller's buffer, which the next frame of its own must not touch. */
    private boolean borrowed;
    private Object viewKey;
    private int[] background;
    private RegionRaster regionRaster;
    private Object overlayKey;
    private Sprite overlay;
    /** The overlay before the last change, kept for frames up to 4 Mpx: turning a filter off and on repaints nothing. */
    private Object previousOverlayKey;
    private Sprite previousOverlay;
    private String classesKey;
    private int[] base;
    private final java.util.Map<List<Object>, MarkerSprites> spriteSets = new java.util.HashMap<>();
    private final CaptionBox caption = new CaptionBox();
    private TextStamper dateText;
    private double dateScale;
    private int[] fill = new int[0];
    private String insetKey;
    private String insetFillKey;
    private RegionRaster insetRaster;
    private int[] insetSea;
    private int[] insetMap;
    private Sprite insetOverlay;
    private double[] values = new double[0];
    private int[] classes = new int[0];

    /** Draws the frame; the returned raster is reused by the next call. */
    public Raster render(RenderFrame f) {
        return render(f, null);
    }

    /**
     * Draws the frame into {@code into} (width × height pixels) when given, a buffer the caller keeps
     * (an export hands each frame's buffer to its PNG encoder, with no copy); else into a raster of
     * the renderer's own, reused by the next call.
     */
    public Raster render(RenderFrame f, int[] into) {
        Viewport v = f.viewport();
        double ui = uiScale(v.width(), v.height());
        int[] layers = base(f, ui);
        if (into != null) {
            raster = new Raster(v.width(), v.height(), into);
            borrowed = true;
        } else if (borrowed || raster == null || raster.width() != v.width() || raster.height() != v.height()) {
            // Made after the layers, the old one dropped first: at 8000x5000 each frame-sized buffer is
            // 160 MB, and the first frame of a size must not hold this one and the layers' canvas at once.
            raster = null;
            raster = new Raster(v.width(), v.height());
            borrowed = false;
        }
        raster.copyFrom(layers);
        stampMarkers(f, ui);
        dateGlyphs(f, ui).stamp(raster, f.labels().date(), DateBadge.x(ui), DateBadge.y(ui));
        caption.stamp(raster, f.labels().caption(), ui);
        return raster;
    }

    /**
     * Makes what a frame of this view needs whatever the data: the background, each pixel's region,
     * the capital inset's layers and the date's glyphs, but not the overlay (its legend follows the
     * data) nor markers. A cold export does this while its events load (ExportFramesCommand);
     * {@link #render} then finds them made.
     */
    public void prepare(RenderFrame f) {
        Viewport v = f.viewport();
        double ui = uiScale(v.width(), v.height());
        Object view = viewKey(f);
        if (!view.equals(viewKey)) {
            background = newView(f, view, new Canvas(v.width(), v.height())).get();
        }
        CapitalInset inset = CapitalInset.place(f.regions(), v, ui);
        if (inset != null) {
            insetLayers(f, ui, inset);
        }
        dateGlyphs(f, ui);
    }

    private TextStamper dateGlyphs(RenderFrame f, double ui) {
        if (dateText == null || dateScale != ui) {
            dateScale = ui;
            dateText = new TextStamper(DateBadge.font(ui), DateBadge.halo(ui), "0123456789 " + f.labels().date());
        }
        return dateText;
    }

    private static Object viewKey(RenderFrame f) {
        return List.of(f.viewport(), f.regions(), f.look().highContrast());
    }

    /**
     * A new view: paints its background on the canvas and hands it to be rasterised (off the FX thread,
     * the FX thread does it while this one finds each pixel's region); take the pixels with {@code get()}.
     */
    private java.util.function.Supplier<int[]> newView(RenderFrame f, Object view, Canvas canvas) {
        Viewport v = f.viewport();
        BaseMapPainter.paintBackground(new FxCanvas(canvas.getGraphicsContext2D(), f.look()), f);
        java.util.function.Supplier<int[]> pixels = Snapshots.later(canvas, false);
        regionRaster = new RegionRaster(f.regions(), v);
        viewKey = view;
        overlayKey = null;
        base = new int[v.width() * v.height()];
        return pixels;
    }

    /**
     * Draws the frame as shapes onto a vector target (SVG), through the same layers and marker
     * rules as {@link #render}; {@link #drawn} then lists its markers. Needs the JavaFX toolkit
     * (fonts, text measuring) but no canvas.
     */
    public void renderVector(RenderFrame f, MapCanvas target) {
        VectorMap.draw(f, target, drawn);
    }

    /** The markers drawn by the last {@link #render} or {@link #renderVector}. */
    public DrawnMarkers drawn() {
        return drawn;
    }

    /** Text and markers grow with the frame, so a 1920-wide export reads like the window. */
    /** Where the date badge and the line under it end, going down, and how far right they reach, in a map of this size. */
    public static double[] badgeBlock(int width, int height) {
        double ui = uiScale(width, height);
        double[] box = BaseMapPainter.badgeBox(ui);
        return new double[] {box[3], box[2], 16 * ui};
    }

    static double uiScale(int width, int height) {
        return Math.max(0.75, Math.min(2.0, Math.min(width / 1280.0, height / 800.0) * 1.1));
    }

    private int[] base(RenderFrame f, double ui) {
        Viewport v = f.viewport();
        Object view = viewKey(f);
        // One canvas for both layers when both change: the toolkit keeps a dropped canvas's frame-sized
        // buffer alive for a while, and at 8000x5000 a second one is what ran out of heap.
        Canvas scratch = null;
        boolean huge = (long) v.width() * v.height() > 4_000_000L;
        java.util.function.Supplier<int[]> backgroundLater = null;
        if (!view.equals(viewKey)) {
            Canvas canvas = new Canvas(v.width(), v.height());
            scratch = canvas;
            // Off the FX thread (the window), the background is rasterised while this thread paints the
            // overlay on a second canvas: the first map comes sooner.
            backgroundLater = newView(f, view, canvas);
            if (huge || Snapshots.atOnce()) {
                background = backgroundLater.get(); // one full-size canvas at a time (see above); on the FX thread, taken already
                backgroundLater = null;
            }
        }
        Object words = List.of(view, f.ramp(), f.labels().subtitle(), f.labels().legendTitle(), f.labels().markersTitle(),
                f.labels().regionNames(), f.labels().typeNames(), f.labels().townsCredit(),
                f.filtered().filter().types());
        if (!words.equals(overlayKey) && words.equals(previousOverlayKey)) {
            Sprite o = overlay;
            Object k = overlayKey;
            overlay = previousOverlay;
            overlayKey = previousOverlayKey;
            previousOverlay = o;
            previousOverlayKey = k;
            classesKey = null;
        }
        if (!words.equals(overlayKey)) {
            boolean keep = overlay != null && !huge && overlayKey != null
                    && ((List<?>) overlayKey).get(0).equals(view);
            previousOverlay = keep ? overlay : null;
            previousOverlayKey = keep ? overlayKey : null;
            Canvas canvas = scratch != null && backgroundLater == null ? scratch : new Canvas(v.width(), v.height());
            canvas.getGraphicsContext2D().clearRect(0, 0, v.width(), v.height());
            BaseMapPainter.paintOverlay(new FxCanvas(canvas.getGraphicsContext2D(), f.look()), f, ui);
            overlay = Sprite.of(Snapshots.pixels(canvas, true), v.width(), v.height());
            overlayKey = words;
            classesKey = null;
        }
        if (backgroundLater != null) {
            background = backgroundLater.get();
        }
        int n = f.regions().size();
        if (values.length != n) {
            values = new double[n];
            classes = new int[n];
        }
        f.filtered().aggregate(f.day(), f.metric(), values);
        for (int r = 0; r < n; r++) {
            classes[r] = f.ramp().classOf(values[r]);
        }
        String key = Arrays.toString(classes);
        if (!key.equals(classesKey)) {
            fill = new int[n];
            for (int r = 0; r < n; r++) {
                fill[r] = argb(f.ramp().colour(classes[r], f.look()));
            }
            Raster into = new Raster(v.width(), v.height(), base);
            regionRaster.compose(background, fill, base);
            into.stamp(overlay, v.width() / 2, v.height() / 2, 255);
            classesKey = key;
        }
        return base;
    }

    private static int argb(javafx.scene.paint.Color c) {
        return 0xFF000000 | (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }

    /**
     * Markers shrink when the window holds thousands of them, so dense data stays legible and a
     * 60,000-marker frame stamps in milliseconds; a curated dataset keeps full-size icons.
     */
    static double densityScale(int markers) {
        if (markers <= 1500) {
            return 1.0;
        }
        double s = Math.sqrt(1500.0 / markers);
        return s > 0.6 ? 0.7 : s > 0.4 ? 0.5 : s > 0.2 ? 0.35 : 0.25;
    }

    private void stampMarkers(RenderFrame f, double ui) {
        drawn.clear();
        Visible w = f.visible();
        MapLook look = f.look();
        double scale = MarkerPlacement.scale(ui * look.markerScale(), w);
        int height = f.viewport().height();
        CapitalInset inset = CapitalInset.place(f.regions(), f.viewport(), ui);
        MarkerPlacement.onMap(f, w, inset, scale, drawn);
        Viewport v = f.viewport();
        boolean binned = DensityLayer.chosen(f.density(), drawn.events(), v.width(), height);
        drawn.binned(binned);
        // Hexagons need no marker sprites: a dense export's first frames would make an atlas for each scale they pass.
        MarkerSprites sprites = binned ? null : sprites(scale, look);
        MarkerPlacement.fanOut(f, binned, drawn, 0);
        int onMap = drawn.size();
        // Two bands of rows on two threads: each stamps every marker (or hexagon), clipped to its rows.
        int half = height / 2;
        if (binned) {
            density.paint(raster, drawn, 0, onMap, 0, 0, v.width(), height, ui, 0, height, BaseMapPainter.legendBox(f, ui),
                    DensityLayer.cornerBox(v.width(), height, ui));
        } else if (drawn.size() > 2000) {
            var top = java.util.concurrent.CompletableFuture.runAsync(() -> stampBand(sprites, 0, half));
            stampBand(sprites, half, height);
            top.join();
        } else {
            stampBand(sprites, 0, height);
        }
        if (inset != null) {
            stampInset(f, ui, inset, w, scale, sprites, binned);
        }
        if (binned) {
            double[] box = DensityLayer.legendBox(v.width(), height, ui);
            Sprite legend = density.legendSprite(f.labels().densityTitle(), ui, box);
            raster.stamp(legend, (int) Math.round(box[0]) + legend.width() / 2,
                    (int) Math.round(box[1]) + legend.height() / 2, 255);
        }
    }

    private MarkerSprites sprites(double scale, MapLook look) {
        List<Object> key = List.of(scale, look.highContrast());
        if (spriteSets.size() > 8 && !spriteSets.containsKey(key)) {
            spriteSets.clear(); // resizing the window walks through many scales; keep only recent ones
        }
        return spriteSets.computeIfAbsent(key, k -> new MarkerSprites(scale, look));
    }

    /** The inset's layers for this view, when they are not made yet: like the main map's, a region raster and a snapshot. */
    private void insetLayers(RenderFrame f, double ui, CapitalInset inset) {
        String key = inset.width + "x" + inset.height + f.labels().insetTitle() + f.regions().hashCode() + f.look().highContrast();
        if (!key.equals(insetKey)) {
            int mapHeight = inset.view.height();
            insetRaster = new RegionRaster(f.regions(), inset.view);
            insetSea = new int[inset.width * mapHeight];
            Arrays.fill(insetSea, argb(f.look().sea()));
            insetMap = new int[inset.width * mapHeight];
            insetOverlay = inset.overlay(f.regions(), f.labels().insetTitle(), ui);
            insetKey = key;
            insetFillKey = null;
        }
    }

    /** The capital's box over the main map, then its markers at the main map's scale (sprites null when binned). */
    private void stampInset(RenderFrame f, double ui, CapitalInset inset, Visible w, double scale, MarkerSprites sprites,
            boolean binned) {
        int mapHeight = inset.view.height();
        insetLayers(f, ui, inset);
        if (!classesKey.equals(insetFillKey)) {
            insetRaster.compose(insetSea, fill, insetMap);
            insetFillKey = classesKey;
        }
        int top = inset.y0 + inset.titleHeight();
        raster.copyRows(insetMap, inset.width, mapHeight, inset.x0, top);
        raster.stamp(insetOverlay, inset.x0 + inset.width / 2, inset.y0 + inset.height / 2, 255);
        int first = drawn.size();
        MarkerPlacement.inInset(f, w, inset, scale, drawn);
        MarkerPlacement.fanOut(f, binned, drawn, first);
        if (binned) {
            insetDensity.paint(raster, drawn, first, drawn.size(), inset.x0, top, inset.width, mapHeight, ui, top,
                    inset.y0 + inset.height);
            return;
        }
        leaders(first, drawn.size(), top, inset.y0 + inset.height);
        for (int k = first; k < drawn.size(); k++) {
            raster.stamp(sprites.get(drawn.type(k), drawn.sizeClass(k)), Math.round(drawn.x(k)), Math.round(drawn.y(k)),
                    drawn.fade(k), top, inset.y0 + inset.height);
        }
    }

    /** Fanned markers' leader lines to their true spots, drawn under all the markers. */
    private void leaders(int from, int to, int yMin, int yMax) {
        int colour = premultiplied(MarkerPlacement.LEADER);
        for (int k = from; k < to; k++) {
            if (drawn.fanned(k)) {
                raster.line(drawn.trueX(k), drawn.trueY(k), drawn.x(k), drawn.y(k), colour, yMin, yMax);
            }
        }
    }

    private static int premultiplied(javafx.scene.paint.Color c) {
        double a = c.getOpacity();
        return (int) Math.round(a * 255) << 24 | (int) Math.round(c.getRed() * a * 255) << 16
                | (int) Math.round(c.getGreen() * a * 255) << 8 | (int) Math.round(c.getBlue() * a * 255);
    }

    private void stampBand(MarkerSprites sprites, int yMin, int yMax) {
        leaders(0, drawn.size(), yMin, yMax);
        for (int k = 0; k < drawn.size(); k++) {
            raster.stamp(sprites.get(drawn.type(k), drawn.sizeClass(k)), Math.round(drawn.x(k)), Math.round(drawn.y(k)),
                    drawn.fade(k), yMin, yMax);
        }
    }
}
