package org.cronomapa.app;

import java.nio.file.Path;
import java.util.Locale;
import org.cronomapa.io.AtomicFiles;
import org.cronomapa.io.PngEncoder;
import org.cronomapa.render.MapRenderer;
import org.cronomapa.render.Raster;
import org.cronomapa.render.SvgTarget;
import org.cronomapa.ui.FrameFactory;

/**
 * {@code --snapshot FILE.png|FILE.svg --date D}: the map as the window shows it on that day, as
 * pixels or, for a name ending in .svg, as vector shapes and text drawn by the same layers.
 */
final class SnapshotCommand {
    private SnapshotCommand() {
    }

    static int run(Options o) throws Exception {
        Path out = o.path("--snapshot");
        boolean svg = isSvg(out);
        int[] size = o.size();
        int window = o.window();
        var toolkit = Fx.startHeadlessAsync();
        Session s = new Session(o.locale(), o.path("--data"));
        s.goTo(o.date());
        s.state.resize(size[0], size[1]);
        s.state.setWindowDays(window);
        toolkit.join();
        FrameFactory frames = new FrameFactory(s.texts);
        MapRenderer renderer = new MapRenderer();
        if (svg) {
            String document = Fx.call(() -> {
                SvgTarget target = new SvgTarget(size[0], size[1]);
                renderer.renderVector(frames.frame(s.state), target);
                return target.svg();
            });
            AtomicFiles.writeText(out, w -> w.write(document));
        } else {
            int[] pixels = Fx.call(() -> {
                Raster r = renderer.render(frames.frame(s.state));
                return r.pixels().clone();
            });
            PngEncoder.write(out, pixels, size[0], size[1]);
        }
        long sinceStart = System.currentTimeMillis() - jvmStartMillis();
        System.out.println("wrote " + out + " (" + size[0] + "x" + size[1] + ", " + renderer.drawn().events()
                + " markers); first map written " + sinceStart + " ms after JVM start");
        return 0;
    }

    /** SVG by the file's extension, in any case; anything else is PNG, as before. */
    static boolean isSvg(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".svg");
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
