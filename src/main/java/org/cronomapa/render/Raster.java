package org.cronomapa.render;

/**
 * A frame as premultiplied ARGB pixels, row by row. Markers are stamped into it in plain Java:
 * no toolkit call per marker, which is what keeps a 60,000-marker frame within milliseconds.
 */
public final class Raster {
    private final int width;
    private final int height;
    private final int[] pixels;

    public Raster(int width, int height) {
        this(width, height, new int[width * height]);
    }

    /** A raster over existing pixels (drawing into a cached layer). */
    Raster(int width, int height, int[] pixels) {
        this.width = width;
        this.height = height;
        this.pixels = pixels;
    }

    public int width() { return width; }
    public int height() { return height; }

    /** The live pixel array (premultiplied ARGB); callers must not keep it past the next frame. */
    public int[] pixels() { return pixels; }

    public int argb(int x, int y) {
        return pixels[y * width + x];
    }

    void copyFrom(int[] source) {
        System.arraycopy(source, 0, pixels, 0, pixels.length);
    }

    /** Copies a {@code w × h} block of opaque pixels to (x0, y0), clipped to this raster. */
    void copyRows(int[] source, int w, int h, int x0, int y0) {
        int from = Math.max(0, -x0);
        int to = Math.min(w, width - x0);
        for (int y = Math.max(0, -y0); y < h && y0 + y < height; y++) {
            if (to > from) {
                System.arraycopy(source, y * w + from, pixels, (y0 + y) * width + x0 + from, to - from);
            }
        }
    }

    /** Draws the sprite centred on (cx, cy) with its alpha scaled by {@code fade} (0–255). */
    void stamp(Sprite s, int cx, int cy, int fade) {
        stamp(s, cx, cy, fade, 0, height);
    }

    /** The same, touching only rows {@code yMin..yMax-1}, so two threads can share one frame. */
    void stamp(Sprite s, int cx, int cy, int fade, int yMin, int yMax) {
        int x0 = cx - s.width() / 2;
        int y0 = cy - s.height() / 2;
        if (y0 >= yMax || y0 + s.height() <= yMin) {
            return;
        }
        boolean inside = x0 >= 0 && y0 >= yMin && x0 + s.width() <= width && y0 + s.height() <= yMax;
        int[] dx = s.dx();
        int[] dy = s.dy();
        int[] colour = s.argb();
        for (int k = 0; k < colour.length; k++) {
            int x = x0 + dx[k];
            int y = y0 + dy[k];
            if (!inside && (x < 0 || y < yMin || x >= width || y >= yMax)) {
                continue;
            }
            int i = y * width + x;
            int src = colour[k];
            if (fade == 255 && (src >>> 24) == 255) {
                pixels[i] = src;
            } else {
                pixels[i] = blend(src, pixels[i], fade);
            }
        }
    }

    /**
     * A one-pixel line from (x0, y0) to (x1, y1) in a premultiplied colour, touching only rows
     * {@code yMin..yMax-1} (a fanned marker's leader line).
     */
    void line(double x0, double y0, double x1, double y1, int colour, int yMin, int yMax) {
        int steps = (int) Math.ceil(Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0)));
        for (int s = 0; s <= steps; s++) {
            double t = steps == 0 ? 0 : (double) s / steps;
            int x = (int) Math.round(x0 + (x1 - x0) * t);
            int y = (int) Math.round(y0 + (y1 - y0) * t);
            if (x >= 0 && x < width && y >= yMin && y < yMax && y >= 0 && y < height) {
                pixels[y * width + x] = blend(colour, pixels[y * width + x], 255);
            }
        }
    }

    /** Source-over of a premultiplied pixel scaled by {@code fade} onto a premultiplied pixel. */
    static int blend(int src, int dst, int fade255) {
        int fade = fade255 + (fade255 >>> 7);
        int rb = (((src & 0x00FF00FF) * fade) >>> 8) & 0x00FF00FF;
        int ag = (((src >>> 8) & 0x00FF00FF) * fade) & 0xFF00FF00;
        int s = ag | rb;
        int inv = 256 - (s >>> 24);
        int drb = (((dst & 0x00FF00FF) * inv) >>> 8) & 0x00FF00FF;
        int dag = (((dst >>> 8) & 0x00FF00FF) * inv) & 0xFF00FF00;
        return s + (dag | drb);
    }
}
