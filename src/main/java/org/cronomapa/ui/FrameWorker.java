package org.cronomapa.ui;

import org.cronomapa.render.DrawnMarkers;
import org.cronomapa.render.MapRenderer;
import org.cronomapa.render.Raster;
import org.cronomapa.render.RenderFrame;

/**
 * The map's render thread. The FX thread asks for a frame ({@link #request}); the thread draws the
 * latest one asked for with the one {@link MapRenderer} every export uses, copies the pixels and
 * markers into a finished frame, and the FX thread takes it at its next pulse ({@link #take}).
 * Requests made while a frame is drawn replace each other, so a slider drag never queues work: the
 * frame drawn next is always of the latest state, and the last request is always drawn.
 * docs/decisions/0023-fps-render-thread.md.
 */
final class FrameWorker {
    /** A drawn frame: its pixels, its markers (for hit-testing), what it showed and how long it took. */
    static final class Finished {
        int[] pixels = new int[0];
        int width;
        int height;
        final DrawnMarkers drawn = new DrawnMarkers();
        RenderFrame frame;
        long renderNanos;
    }

    private final MapRenderer renderer = new MapRenderer();
    private final Object lock = new Object();
    private RenderFrame requested;
    private Finished ready;
    private Finished spare;
    private Thread thread;
    private boolean stopped;
    private boolean drawing;

    /** Draws this frame next, in place of any asked for and not yet started. */
    void request(RenderFrame frame) {
        synchronized (lock) {
            requested = frame;
            stopped = false;
            if (thread == null) {
                thread = new Thread(this::drawLoop, "cronomapa-map-render");
                thread.setDaemon(true);
                thread.start();
            }
            lock.notifyAll();
        }
    }

    /** The newest finished frame not yet taken, or null. The caller owns it until it {@link #giveBack}s it. */
    Finished take() {
        synchronized (lock) {
            Finished f = ready;
            ready = null;
            return f;
        }
    }

    /** A frame no longer shown: its buffers are drawn into again. */
    void giveBack(Finished f) {
        synchronized (lock) {
            spare = f;
        }
    }

    /** Whether a frame is asked for or drawn and not yet taken. */
    boolean busy() {
        synchronized (lock) {
            return requested != null || ready != null || drawing;
        }
    }

    /** Ends the thread after the frame it draws; a later request starts it again. */
    void stop() {
        synchronized (lock) {
            stopped = true;
            requested = null;
            lock.notifyAll();
        }
    }

    private void drawLoop() {
        while (true) {
            RenderFrame frame;
            synchronized (lock) {
                while (requested == null && !stopped) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        thread = null;
                        return;
                    }
                }
                if (stopped) {
                    thread = null;
                    return;
                }
                frame = requested;
                requested = null;
                drawing = true;
            }
            try {
                draw(frame);
            } catch (RuntimeException | Error e) {
                // One bad frame must not end the window's map; the next request draws again.
                System.err.println("error drawing the map: " + e);
            } finally {
                synchronized (lock) {
                    drawing = false;
                }
            }
        }
    }

    private void draw(RenderFrame frame) {
        long start = System.nanoTime();
        Raster r = renderer.render(frame);
        Finished out;
        synchronized (lock) {
            // A frame finished and not yet taken is dropped: only the newest is worth showing.
            out = ready != null ? ready : spare != null ? spare : new Finished();
            ready = null;
            if (out == spare) {
                spare = null;
            }
        }
        int n = r.width() * r.height();
        if (out.pixels.length != n) {
            out.pixels = new int[n];
        }
        System.arraycopy(r.pixels(), 0, out.pixels, 0, n);
        out.width = r.width();
        out.height = r.height();
        out.drawn.copyFrom(renderer.drawn());
        out.frame = frame;
        out.renderNanos = System.nanoTime() - start;
        synchronized (lock) {
            ready = out;
        }
    }
}
