package org.cronomapa.render;

/**
 * A small pre-drawn image kept as its visible pixels only (offsets and premultiplied colours),
 * so stamping skips the transparent corners.
 */
record Sprite(int width, int height, int[] dx, int[] dy, int[] argb) {

    /** Keeps the non-transparent pixels of a {@code width × height} premultiplied ARGB image. */
    static Sprite of(int[] pixels, int width, int height) {
        int n = 0;
        for (int p : pixels) {
            if ((p >>> 24) != 0) {
                n++;
            }
        }
        int[] dx = new int[n];
        int[] dy = new int[n];
        int[] c = new int[n];
        int k = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int p = pixels[y * width + x];
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
