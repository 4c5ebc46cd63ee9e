package org.cronomapa.render;

import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/** Rasterises a Canvas into premultiplied ARGB ints (FX thread only). */
final class Snapshots {
    private Snapshots() {
    }

    static int[] pixels(Canvas canvas, boolean transparent) {
        int w = (int) canvas.getWidth();
        int h = (int) canvas.getHeight();
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(transparent ? Color.TRANSPARENT : Color.WHITE);
        WritableImage image = canvas.snapshot(params, new WritableImage(w, h));
        int[] out = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), out, 0, w);
        return out;
    }
}
