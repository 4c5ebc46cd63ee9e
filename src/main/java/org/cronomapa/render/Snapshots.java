package org.cronomapa.render;

import javafx.geometry.Rectangle2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Rasterises a Canvas into premultiplied ARGB ints. The canvas may be drawn on any thread (it is
 * in no scene); the snapshot itself runs on the FX thread, handed there and waited for when a
 * render thread asks (the window draws its map off the FX thread, docs/decisions/0023-fps-render-thread.md).
 */
final class Snapshots {
    /**
     * Canvases larger than this are snapshotted in bands of rows. A whole-canvas snapshot holds
     * three more full-size buffers (the toolkit's target, the image, its copy) while the canvas's
     * own one is alive; in bands, an 8000x5000 export needs about 0.4 GB less heap. Window-sized
     * canvases stay one snapshot, as before.
     */
    static final int MAX_PIXELS_AT_ONCE = 1 << 22;

    private Snapshots() {
    }

    static int[] pixels(Canvas canvas, boolean transparent) {
        return later(canvas, transparent).get();
    }

    /** Whether a snapshot asked for here is taken at once (on the FX thread: the file exports). */
    static boolean atOnce() {
        return javafx.application.Platform.isFxApplicationThread();
    }

    /**
     * The canvas's pixels, asked for now and taken with {@code get()}: off the FX thread the snapshot is
     * handed to it at once, and the caller goes on (the renderer finds each pixel's region meanwhile);
     * on the FX thread it is taken now. The canvas must not be drawn on until {@code get()} returns.
     */
    static java.util.function.Supplier<int[]> later(Canvas canvas, boolean transparent) {
        if (atOnce()) {
            int[] now = snapshot(canvas, transparent);
            return () -> now;
        }
        java.util.concurrent.FutureTask<int[]> onFx = new java.util.concurrent.FutureTask<>(() -> snapshot(canvas, transparent));
        javafx.application.Platform.runLater(onFx);
        return () -> {
            try {
                return onFx.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the FX thread snapshotted a layer", e);
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        };
    }

    private static int[] snapshot(Canvas canvas, boolean transparent) {
        int w = (int) canvas.getWidth();
        int h = (int) canvas.getHeight();
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(transparent ? Color.TRANSPARENT : Color.WHITE);
        int[] out = new int[w * h];
        if ((long) w * h <= MAX_PIXELS_AT_ONCE) {
            WritableImage image = canvas.snapshot(params, new WritableImage(w, h));
            image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), out, 0, w);
            return out;
        }
        int band = Math.max(1, MAX_PIXELS_AT_ONCE / w);
        WritableImage image = new WritableImage(w, band);
        for (int y = 0; y < h; y += band) {
            int rows = Math.min(band, h - y);
            params.setViewport(new Rectangle2D(0, y, w, rows));
            canvas.snapshot(params, image);
            image.getPixelReader().getPixels(0, 0, w, rows, PixelFormat.getIntArgbPreInstance(), out, y * w, w);
        }
        return out;
    }
}
