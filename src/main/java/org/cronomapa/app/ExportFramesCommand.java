package org.cronomapa.app;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.cronomapa.filter.Filtered;
import org.cronomapa.filter.Visible;
import org.cronomapa.io.AtomicFiles;
import org.cronomapa.io.PngEncoder;
import org.cronomapa.model.EventType;
import org.cronomapa.model.RegionMap;
import org.cronomapa.render.DrawnMarkers;
import org.cronomapa.render.MapRenderer;
import org.cronomapa.timeline.TimeIndex;
import org.cronomapa.labels.FrameFactory;
import org.cronomapa.labels.Texts;
import org.cronomapa.model.Dataset;
import org.cronomapa.model.EventColumns;
import org.cronomapa.state.ViewerState;

/**
 * {@code --export-frames DIR --frames N}: N frames spread over the data's range, written as PNG
 * by an encoder thread while the FX thread draws the next frame, plus {@code frames.csv}.
 */
final class ExportFramesCommand {
    private ExportFramesCommand() {
    }

    /** The day of frame {@code i} of {@code n}, counted from the first day. */
    static int frameDay(int first, int days, int i, int n) {
        return n == 1 ? first : first + (int) Math.round(i * (days - 1) / (double) (n - 1));
    }

    static int run(Options o) throws Exception {
        Path dir = o.path("--export-frames");
        int n = o.intIn("--frames", o.has("--frames") ? o.value("--frames") : "30", 1, 100_000);
        int[] size = o.size();
        Phases phases = new Phases();
        var toolkit = Fx.startHeadlessAsync();
        // While the events load, the FX thread makes the layers of the export's view on the bare map: the
        // toolkit's first canvas, fonts and snapshot are then warm, and those layers made, for frame one.
        java.util.concurrent.CompletableFuture<MapRenderer>[] warm = new java.util.concurrent.CompletableFuture[] {
                toolkit.thenApply(v -> new MapRenderer())};
        Session s = new Session(o.locale(), o.path("--data"), o.has("--skip-bad-rows"), regions -> {
            phases.mark("regions");
            // Only a head start: should it fail, frame one does the same work and reports any error.
            warm[0] = toolkit.thenApplyAsync(v -> warmUp(regions, o.locale(), size, o.window()), Fx::run)
                    .exceptionally(e -> new MapRenderer());
        });
        phases.mark("data");
        s.filter(o);
        s.state.resize(size[0], size[1]);
        s.state.setWindowDays(o.window());
        createFolder(dir);
        MapRenderer renderer = warm[0].join();
        phases.mark("warm");
        FrameFactory frames = new FrameFactory(s.texts);
        TimeIndex index = s.state.data().index();
        Filtered shown = s.state.filter().filtered();
        RegionMap regions = s.regions;
        // One encoder thread, each frame compressed in one band: drawing is the slower side (≈ 7 ms a
        // 1M frame against ≈ 4.5 ms of PNG), and the fewer threads want the two cores, the sooner the
        // drawing thread gets one (60 frames: 1,378 -> 1,338 ms against two encoders of two bands each).
        ExecutorService encoders = Executors.newSingleThreadExecutor();
        // Each frame is drawn into a buffer of its own, which goes back to the pool once written: a fresh
        // 4 MB array per frame costs more in page faults on this kind of machine than drawing into a used one.
        java.util.concurrent.BlockingQueue<int[]> free = new java.util.concurrent.LinkedBlockingQueue<>();
        AtomicLong encodeNanos = new AtomicLong();
        long renderNanos = 0;
        List<Future<?>> pending = new ArrayList<>();
        StringBuilder csv = new StringBuilder(header(regions));
        try {
            for (int i = 0; i < n; i++) {
                // Over the range shown: the data's, or --from/--to within it.
                int day = frameDay(shown.firstDay(), shown.lastDay() - shown.firstDay() + 1, i, n);
                s.state.seek(day);
                long t0 = System.nanoTime();
                int[] pixels = Fx.call(() -> {
                    int[] into = free.poll();
                    return renderer.render(frames.frame(s.state), into != null ? into : new int[size[0] * size[1]]).pixels();
                });
                renderNanos += System.nanoTime() - t0;
                if (i == 0) {
                    phases.mark("first frame");
                }
                csv.append(row(shown.at(day, s.state.timeline().windowDays()), renderer.drawn(), regions));
                Path file = dir.resolve(String.format("frame_%03d.png", i));
                pending.add(encoders.submit(() -> {
                    long e0 = System.nanoTime();
                    PngEncoder.write(file, pixels, size[0], size[1], 1);
                    encodeNanos.addAndGet(System.nanoTime() - e0);
                    free.add(pixels);
                    return null;
                }));
                if (pending.size() > 4) {
                    finish(pending.remove(0));
                }
            }
            for (Future<?> f : pending) {
                finish(f);
            }
        } finally {
            encoders.shutdownNow();
        }
        // Written last, so frames.csv is there only when every frame it describes is.
        AtomicFiles.writeText(dir.resolve("frames.csv"), w -> w.write(csv.toString()));
        phases.mark("written");
        System.out.println(s.texts.get("cli.wroteFrames", String.valueOf(n), dir.toString()));
        System.out.println(s.texts.get("cli.frameTimes", String.format(java.util.Locale.ROOT, "%.1f", s.loadNanos / 1e6),
                String.valueOf(index.events().size()), String.format(java.util.Locale.ROOT, "%.2f", renderNanos / 1e6 / n),
                String.format(java.util.Locale.ROOT, "%.2f", encodeNanos.get() / 1e6 / n)));
        System.out.println(phases);
        return 0;
    }

    /**
     * The export's renderer, its view's layers made on the bare map at the export's size (background,
     * regions, date glyphs: the toolkit's first canvas, fonts and snapshot warmed too); the overlay and
     * the markers follow the data, so they wait for it.
     */
    private static MapRenderer warmUp(RegionMap regions, java.util.Locale locale, int[] size, int window) {
        ViewerState bare = new ViewerState();
        bare.loadDataset(new Dataset("", regions, new EventColumns.Builder().build(), key -> null));
        bare.resize(size[0], size[1]);
        bare.setWindowDays(window);
        MapRenderer renderer = new MapRenderer();
        renderer.prepare(new FrameFactory(new Texts(Session.bundle(locale))).frame(bare));
        return renderer;
    }

    /**
     * Milliseconds of wall time since the export began at each step, and of processor time the
     * process has used by then (all its threads: JIT, GC, toolkit; counted from the JVM's start),
     * printed as one line the bench reads. Wall time is not counted from the process's start: Linux
     * gives that to the second only.
     */
    static final class Phases {
        private final long start = System.nanoTime();
        private final StringBuilder line = new StringBuilder("wall ms since the export began / processor ms since the JVM started:");

        void mark(String step) {
            line.append(' ').append(step).append(' ').append((System.nanoTime() - start) / 1_000_000).append('/')
                    .append(cpuMillis()).append(" ms;");
        }

        /** User and system time from /proc (Linux, in 10 ms ticks); -1 elsewhere. */
        static long cpuMillis() {
            try {
                String stat = Files.readString(Path.of("/proc/self/stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }

        @Override
        public String toString() {
            return line.toString();
        }
    }

    /** Waits for one frame's PNG; a write that failed ends the export with its own message. */
    private static void finish(Future<?> png) throws Exception {
        try {
            png.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private static void createFolder(Path dir) throws IOException {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IOException("cannot create the folder " + dir + ": " + (e instanceof FileAlreadyExistsException
                    ? "a file of that name is in the way" : e.getMessage()), e);
        }
    }

    private static String header(RegionMap regions) {
        StringBuilder sb = new StringBuilder("date,cum_total,window_total");
        for (EventType t : EventType.values()) {
            sb.append(",win_").append(t.code());
        }
        regions.regions().forEach(r -> sb.append(",cum_").append(r.code()));
        return sb.append('\n').toString();
    }

    /** One frame's line: the filtered counts up to its day (as --summary's) and the markers it drew. */
    private static String row(Visible shown, DrawnMarkers drawn, RegionMap regions) {
        StringBuilder sb = new StringBuilder().append(LocalDate.ofEpochDay(shown.day())).append(',')
                .append(shown.cumulativeTotal()).append(',').append(drawn.events());
        for (int t = 0; t < EventType.count(); t++) {
            sb.append(',').append(drawn.perType(t));
        }
        for (int r = 0; r < regions.size(); r++) {
            sb.append(',').append(shown.cumulativeEvents(r));
        }
        return sb.append('\n').toString();
    }
}
