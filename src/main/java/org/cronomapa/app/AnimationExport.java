package org.cronomapa.app;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.cronomapa.export.AnimatedGif;
import org.cronomapa.export.FramePlan;
import org.cronomapa.export.FrameSink;
import org.cronomapa.export.Mp4Video;
import org.cronomapa.filter.Filter;
import org.cronomapa.filter.Filtered;
import org.cronomapa.io.AtomicFiles;
import org.cronomapa.labels.FrameFactory;
import org.cronomapa.labels.StoryCaptions;
import org.cronomapa.labels.Texts;
import org.cronomapa.render.MapRenderer;
import org.cronomapa.render.StoryCaption;
import org.cronomapa.state.Command;
import org.cronomapa.state.ViewerState;

/**
 * The one animation loop, shared by {@code --export-gif}/{@code --export-video} and the window's
 * File → Export → Animation: the timeline over the state's filtered range, each day drawn once on
 * the FX thread while one encoder thread turns the previous day into the file ({@link FramePlan},
 * {@link FrameSink}). With a story, the export replays it: when a frame reaches a step's date the
 * step's commands are applied (its types, regions and minimum deaths within the export's dates and
 * search, its window, its map box) and its caption is drawn until the next step's date
 * (docs/decisions/0019). Runs on any thread but the FX thread, on a state of its own (it seeks it).
 * Cancelling stops between pictures; the partial file is deleted (io.AtomicFiles: whole or none).
 */
final class AnimationExport {
    /** Pictures drawn ahead of the encoder at most (each 1280×720 frame is 3.7 MB). */
    private static final int AHEAD = 3;

    /** What to write: GIF or MP4, size, frames a second and days a second. */
    record Request(Path target, boolean gif, int width, int height, int fps, double speed) {
    }

    /** What one export took. */
    record Result(int frames, int pictures, int days, double seconds, double renderMs, double encodeMs) {
    }

    /** Told after each picture is drawn (on the export's thread). */
    interface Progress {
        void picture(int done, int of);
    }

    private AnimationExport() {
    }

    /**
     * Writes the animation of {@code state} (already sized, filtered and windowed as wanted) to the
     * request's file; {@code story} null for none. Throws {@link CancellationException} when
     * {@code cancelled} turned true, after deleting the partial file.
     */
    static Result write(ViewerState state, Texts texts, StoryCaptions story, Request r, Progress progress,
            BooleanSupplier cancelled) throws Exception {
        long t0 = System.nanoTime();
        Filtered shown = state.filter().filtered();
        FramePlan plan = FramePlan.of(shown.firstDay(), shown.lastDay(), r.fps(), r.speed());
        FrameFactory frames = new FrameFactory(texts);
        MapRenderer renderer = new MapRenderer();
        Filter base = state.filter().filter();
        long[] renderNanos = new long[1];
        long[] encodeNanos = new long[1];
        AtomicFiles.writeFile(r.target(), temp -> {
            ExecutorService encoder = Executors.newSingleThreadExecutor(t -> {
                Thread thread = new Thread(t, "cronomapa-encoder");
                thread.setDaemon(true);
                return thread;
            });
            try (FrameSink sink = r.gif() ? new AnimatedGif(temp, r.width(), r.height(), r.fps())
                    : new Mp4Video(temp, r.width(), r.height(), r.fps())) {
                Deque<Future<?>> pending = new ArrayDeque<>();
                int step = -1;
                for (int g = 0; g < plan.groups(); g++) {
                    if (cancelled.getAsBoolean()) {
                        // Nothing left to wait for: the encoder's queue is dropped, its file closed and deleted.
                        pending.forEach(f -> f.cancel(true));
                        throw new CancellationException("cancelled");
                    }
                    int day = plan.days()[g];
                    int now = story == null ? -1 : story.stepAt(day);
                    if (now != step && now >= 0) {
                        state.apply(Command.of(story.steps().get(now), base));
                    }
                    step = now;
                    state.seek(day);
                    StoryCaption caption = now < 0 ? null : story.caption(now);
                    long r0 = System.nanoTime();
                    int[] pixels = Fx.call(() -> renderer.render(frames.frame(state, caption)).pixels().clone());
                    renderNanos[0] += System.nanoTime() - r0;
                    int repeats = plan.repeats()[g];
                    pending.add(encoder.submit(() -> {
                        long e0 = System.nanoTime();
                        sink.frame(pixels, repeats);
                        encodeNanos[0] += System.nanoTime() - e0; // one encoder thread: no race
                        return null;
                    }));
                    if (pending.size() > AHEAD) {
                        Futures.await(pending.removeFirst());
                    }
                    progress.picture(g + 1, plan.groups());
                }
                while (!pending.isEmpty()) {
                    Futures.await(pending.removeFirst());
                }
                sink.finish();
            } finally {
                encoder.shutdownNow();
            }
        });
        int pictures = plan.groups();
        return new Result(plan.frames(), pictures, shown.lastDay() - shown.firstDay() + 1, (System.nanoTime() - t0) / 1e9,
                renderNanos[0] / 1e6 / pictures, encodeNanos[0] / 1e6 / pictures);
    }
}
