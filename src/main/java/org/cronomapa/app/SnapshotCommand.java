package org.cronomapa.app;

import java.nio.file.Path;
import java.util.Locale;
import org.cronomapa.io.AtomicFiles;
import org.cronomapa.io.PngEncoder;
import org.cronomapa.render.MapRenderer;
import org.cronomapa.render.SvgTarget;
import org.cronomapa.labels.FrameFactory;
import org.cronomapa.labels.Texts;

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
        if (!svg && Runtime.getRuntime().maxMemory() < pngHeapNeeded(size[0], size[1])) {
            Texts t = o.texts();
            System.err.println(t.get("cli.error", tooLittleHeap(size[0], size[1], Runtime.getRuntime().maxMemory(), t)));
            return 1;
        }
        var toolkit = Fx.startHeadlessAsync();
        Session s = new Session(o.locale(), o.path("--data"), o.has("--skip-bad-rows"));
        s.filter(o);
        s.goTo(o.date());
        s.state.resize(size[0], size[1]);
        s.state.setWindowDays(window);
        s.state.setDensityMode(o.density());
        double[] centre = o.center();
        var v = s.state.viewport().viewport();
        if (centre != null) {
            s.state.panBy(size[0] / 2.0 - v.screenX(centre[0]), size[1] / 2.0 - v.screenY(centre[1]));
        }
        s.state.zoomAt(o.zoom(), size[0] / 2.0, size[1] / 2.0);
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
            // The renderer draws no further frame, so its pixels need no copy (160 MB at 8000x5000).
            int[] pixels = Fx.call(() -> renderer.render(frames.frame(s.state)).pixels());
            PngEncoder.write(out, pixels, size[0], size[1]);
        }
        long sinceStart = System.currentTimeMillis() - jvmStartMillis();
        System.out.println(s.texts.get("cli.wroteSnapshot", out.toString(), size[0] + "x" + size[1],
                String.valueOf(renderer.drawn().events()), String.valueOf(sinceStart)));
        return 0;
    }

    /**
     * The heap a PNG of this size needs: the first frame holds its cached layers, the canvas they
     * are snapshotted from and the frame, about 25 bytes a pixel with headroom (measured: 8000x5000
     * draws with 750 MB, 8000x8000 with 1.5 GB; docs/decisions/0009). Too little heap can fail
     * on the toolkit's render thread, which leaves a layer blank instead of stopping the export.
     * Checked first, so a small heap gets one clear line, not an error deep in the toolkit.
     */
    static long pngHeapNeeded(int width, int height) {
        return 25L * width * height + (32L << 20);
    }

    static String tooLittleHeap(int width, int height, long maxHeap, Texts t) {
        long need = pngHeapNeeded(width, height);
        long suggest = (long) Math.ceil(need * 1.2 / (1L << 30));
        return t.get("cli.tooLittleHeap", width + "x" + height, String.valueOf(need >> 20),
                String.valueOf(maxHeap >> 20), String.valueOf(suggest));
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
