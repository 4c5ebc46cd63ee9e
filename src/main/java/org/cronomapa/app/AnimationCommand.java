package org.cronomapa.app;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cronomapa.export.AnimatedGif;
import org.cronomapa.export.FramePlan;
import org.cronomapa.export.FrameSink;
import org.cronomapa.export.Mp4Video;
import org.cronomapa.filter.Filtered;
import org.cronomapa.io.AtomicFiles;
import org.cronomapa.labels.FrameFactory;
import org.cronomapa.labels.Texts;
import org.cronomapa.render.MapRenderer;

/**
 * {@code --export-gif FILE.gif} and {@code --export-video FILE.mp4}: the timeline played over the
 * range shown (the data's, or {@code --from}/{@code --to} within it) at {@code --speed} days a
 * second and {@code --fps} frames a second, each frame the map as {@code --snapshot} draws it (date,
 * legend, filter). One loop: the FX thread draws each day once while one encoder thread turns the
 * previous day into the file ({@link FramePlan}, {@link FrameSink}; docs/decisions/0017).
 */
final class AnimationCommand {
    /** Pictures drawn ahead of the encoder at most (each 1280×720 frame is 3.7 MB). */
    private static final int AHEAD = 3;

    private AnimationCommand() {
    }

    /** What one export took. */
    record Result(int frames, int pictures, int days, double seconds, double renderMs, double encodeMs) {
    }

    static int run(Options o) throws Exception {
        Result r = export(o);
        boolean gif = "--export-gif".equals(o.mode());
        Texts t = o.texts();
        System.out.println(t.get("cli.wroteAnimation", o.path(o.mode()).toString(),
                String.valueOf(gif ? r.pictures() : r.frames()), String.valueOf(r.pictures()), String.valueOf(r.days()),
                String.format(Locale.ROOT, "%.1f", r.seconds())));
        System.out.println(t.get("cli.animationTimes", String.format(Locale.ROOT, "%.1f", r.renderMs()),
                gif ? "GIF" : "MP4", String.format(Locale.ROOT, "%.1f", r.encodeMs())));
        return 0;
    }

    static Result export(Options o) throws Exception {
        long t0 = System.nanoTime();
        boolean gif = "--export-gif".equals(o.mode());
        Path target = o.path(o.mode());
        int fps = o.intIn("--fps", o.has("--fps") ? o.value("--fps").strip() : "10", 1, gif ? 50 : FramePlan.MAX_FPS);
        double speed = o.speed();
        int[] size = o.size("1280x720");
        if (!gif && (size[0] % 2 != 0 || size[1] % 2 != 0)) {
            throw new Options.UsageException(t -> t.get("cli.oddVideoSize", size[0] + "x" + size[1]));
        }
        var toolkit = Fx.startHeadlessAsync();
        Session s = new Session(o.locale(), o.path("--data"), o.has("--skip-bad-rows"));
        s.filter(o);
        s.state.resize(size[0], size[1]);
        s.state.setWindowDays(o.window());
        Filtered shown = s.state.filter().filtered();
        FramePlan plan = FramePlan.of(shown.firstDay(), shown.lastDay(), fps, speed);
        toolkit.join();
        FrameFactory frames = new FrameFactory(s.texts);
        MapRenderer renderer = new MapRenderer();
        long[] renderNanos = new long[1];
        long[] encodeNanos = new long[1];
        AtomicFiles.writeFile(target, temp -> {
            ExecutorService encoder = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "cronomapa-encoder");
                t.setDaemon(true);
                return t;
            });
            try (FrameSink sink = gif ? new AnimatedGif(temp, size[0], size[1], fps) : new Mp4Video(temp, size[0], size[1], fps)) {
                Deque<Future<?>> pending = new ArrayDeque<>();
                for (int g = 0; g < plan.groups(); g++) {
                    s.state.seek(plan.days()[g]);
                    long r0 = System.nanoTime();
                    int[] pixels = Fx.call(() -> renderer.render(frames.frame(s.state)).pixels().clone());
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
