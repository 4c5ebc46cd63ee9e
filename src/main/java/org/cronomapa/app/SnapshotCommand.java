package org.cronomapa.app;

import java.nio.file.Path;
import org.cronomapa.io.PngEncoder;
import org.cronomapa.render.MapRenderer;
import org.cronomapa.render.Raster;
import org.cronomapa.ui.FrameFactory;

/** {@code --snapshot FILE.png --date D}: the map as the window shows it on that day. */
final class SnapshotCommand {
    private SnapshotCommand() {
    }

    static int run(Options o) throws Exception {
        Path out = o.path("--snapshot");
        int[] size = o.size();
        int window = o.window();
        var toolkit = Fx.startHeadlessAsync();
        Session s = new Session(o.locale(), o.path("--data"), o.has("--skip-bad-rows"));
        s.goTo(o.date());
        s.state.resize(size[0], size[1]);
        s.state.setWindowDays(window);
        toolkit.join();
        FrameFactory frames = new FrameFactory(s.texts);
        MapRenderer renderer = new MapRenderer();
        int[] pixels = Fx.call(() -> {
            Raster r = renderer.render(frames.frame(s.state));
            return r.pixels().clone();
        });
        PngEncoder.write(out, pixels, size[0], size[1]);
        long sinceStart = System.currentTimeMillis() - jvmStartMillis();
        System.out.println("wrote " + out + " (" + size[0] + "x" + size[1] + ", " + renderer.drawn().events()
                + " markers); first map written " + sinceStart + " ms after JVM start");
        return 0;
    }

    /** The JVM's start; a runtime trimmed without java.management falls back to the process's (coarser). */
    private static long jvmStartMillis() {
        try {
            return java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        } catch (LinkageError trimmedRuntime) {
            return ProcessHandle.current().info().startInstant().map(java.time.Instant::toEpochMilli)
                    .orElse(System.currentTimeMillis());
        }
    }
}
