package org.cronomapa.map;

import org.locationtech.jts.geom.Envelope;

/**
 * Which part of the world fills a screen of {@code width × height} pixels: the projected map
 * bounds fitted with a margin, then zoomed and panned. Immutable; every change returns a new one.
 * screen = (world − origin) × scale.
 */
public record Viewport(int width, int height, double scale, double originX, double originY, Envelope home,
        Projection projection) {
    public static final double MIN_ZOOM = 0.5;
    public static final double MAX_ZOOM = 40;

    /** Fits the lon/lat bounds into the screen, leaving {@code margin} of it free on each side. */
    public static Viewport fit(Envelope lonLat, int width, int height, double margin, Projection projection) {
        Envelope home = new Envelope(projection.x(lonLat.getMinX()), projection.x(lonLat.getMaxX()),
                projection.y(lonLat.getMaxY()), projection.y(lonLat.getMinY()));
        double usableW = width * (1 - 2 * margin);
        double usableH = height * (1 - 2 * margin);
        double scale = Math.min(usableW / home.getWidth(), usableH / home.getHeight());
        double originX = home.centre().x - width / 2.0 / scale;
        double originY = home.centre().y - height / 2.0 / scale;
        return new Viewport(width, height, scale, originX, originY, home, projection);
    }

    public double screenX(double lon) {
        return (projection.x(lon) - originX) * scale;
    }

    public double screenY(double lat) {
        return (projection.y(lat) - originY) * scale;
    }

    public double lon(double screenX) {
        return projection.lon(screenX / scale + originX);
    }

    public double lat(double screenY) {
        return projection.lat(screenY / scale + originY);
    }

    /** How far this is zoomed relative to the fitted view. */
    public double zoom() {
        return scale / fitScale(width, height);
    }

    private double fitScale(int w, int h) {
        return fit(new Envelope(projection.lon(home.getMinX()), projection.lon(home.getMaxX()),
                projection.lat(home.getMaxY()), projection.lat(home.getMinY())), w, h, MARGIN, projection).scale;
    }

    static final double MARGIN = 0.03;

    /** Zooms by {@code factor} keeping the world point under the screen point in place. */
    public Viewport zoomAt(double factor, double sx, double sy) {
        double z = zoom();
        double clamped = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z * factor)) / z;
        double newScale = scale * clamped;
        double wx = sx / scale + originX;
        double wy = sy / scale + originY;
        return new Viewport(width, height, newScale, wx - sx / newScale, wy - sy / newScale, home, projection);
    }

    public Viewport panBy(double dxPixels, double dyPixels) {
        return new Viewport(width, height, scale, originX - dxPixels / scale, originY - dyPixels / scale, home, projection);
    }

    /** The same view centre and zoom on a screen of another size. */
    public Viewport resize(int w, int h) {
        double z = zoom();
        double cx = originX + width / 2.0 / scale;
        double cy = originY + height / 2.0 / scale;
        Viewport fitted = reset(w, h);
        double s = fitted.scale * z;
        return new Viewport(w, h, s, cx - w / 2.0 / s, cy - h / 2.0 / s, home, projection);
    }

    /**
     * This lon/lat box as large as the screen allows with the usual margin, centred; the zoom is
     * kept within {@link #MIN_ZOOM} and {@link #MAX_ZOOM}, so a tiny box is shown at the largest zoom.
     */
    public Viewport showing(double west, double south, double east, double north) {
        Viewport box = fit(new org.locationtech.jts.geom.Envelope(west, east, south, north), width, height, MARGIN, projection);
        double fitted = fitScale(width, height);
        double s = Math.max(MIN_ZOOM * fitted, Math.min(MAX_ZOOM * fitted, box.scale));
        double cx = box.originX + width / 2.0 / box.scale;
        double cy = box.originY + height / 2.0 / box.scale;
        return new Viewport(width, height, s, cx - width / 2.0 / s, cy - height / 2.0 / s, home, projection);
    }

    /**
     * The lon/lat box {@code [west, south, east, north]} that {@link #showing} turns back into this
     * view: the screen less the margin it keeps, so a story step taken from the view replays it.
     */
    public double[] shownBox() {
        double mx = width * MARGIN;
        double my = height * MARGIN;
        return new double[] {lon(mx), lat(height - my), lon(width - mx), lat(my)};
    }

    public Viewport reset() {
        return reset(width, height);
    }

    private Viewport reset(int w, int h) {
        return fit(new Envelope(projection.lon(home.getMinX()), projection.lon(home.getMaxX()),
                projection.lat(home.getMaxY()), projection.lat(home.getMinY())), w, h, MARGIN, projection);
    }
}
