package org.cronomapa.render;

/**
 * A small pre-drawn image kept as its visible pixels only (offsets and premultiplied colours),
 * so stamping skips the transparent corners.
 */
record Sprite(int width, int height, int[] dx, int[] dy, int[] argb) {

    /** Keeps the non-transparent pixels of a {@code width × height} premultiplied ARGB image. */
    static Sprite of(int[] pixels, int width, int height) {
        return cut(pixels, width, 0, 0, width, height);
    }

    /** The sprite in the {@code width × height} cell at (x0, y0) of a larger image (an atlas). */
    static Sprite cut(int[] pixels, int stride, int x0, int y0, int width, int height) {
        int n = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if ((pixels[(y0 + y) * stride + x0 + x] >>> 24) != 0) {
                    n++;
                }
            }
        }
        int[] dx = new int[n];
        int[] dy = new int[n];
        int[] c = new int[n];
        int k = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int p = pixels[(y0 + y) * stride + x0 + x];
                if ((p >>> 24) != 0) {
                    dx[k] = x;
                    dy[k] = y;
                    c[k++] = p;
                }
            }
        }
        return new Sprite(width, height, dx, dy, c);
    }
}
