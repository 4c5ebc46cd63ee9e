package org.cronomapa.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.cronomapa.export.EventExport;
import org.cronomapa.io.AtomicFiles;
import org.cronomapa.io.PngEncoder;
import org.cronomapa.model.Dataset;
import org.cronomapa.render.MapRenderer;
import org.cronomapa.render.RenderFrame;
import org.cronomapa.render.SvgTarget;
import org.cronomapa.state.Exports;
import org.cronomapa.state.ViewerState;
import org.cronomapa.labels.FrameFactory;

/**
 * The window's File → Export, through the same stages as the command line: the export stage for
 * events, the one renderer (raster or vector target) for the map, atomic writes for both.
 */
final class WindowExports implements Exports {
    private final FrameFactory frames;

    WindowExports(Session session) {
        this.frames = new FrameFactory(session.texts);
    }

    @Override
    public int events(ViewerState state, Path file) throws IOException {
        Dataset d = state.data().dataset();
        return EventExport.write(d, EventExport.allRows(d), file);
    }

    @Override
    public Writing map(ViewerState state, Path file, int width, int height) throws IOException {
        RenderFrame shown = frames.frame(state);
        // The view the window shows (centre and zoom) on a canvas of the size asked for.
        RenderFrame f = new RenderFrame(shown.regions(), shown.index(), shown.day(), shown.windowDays(), shown.metric(),
                shown.ramp(), shown.viewport().resize(width, height), shown.labels(), shown.density());
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
            SvgTarget target = new SvgTarget(width, height);
            new MapRenderer().renderVector(f, target);
            String document = target.svg();
            return () -> AtomicFiles.writeText(file, w -> w.write(document));
        }
        long free = Runtime.getRuntime().maxMemory() - (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory());
        if (free < SnapshotCommand.pngHeapNeeded(width, height)) {
            throw new IOException(SnapshotCommand.tooLittleHeap(width, height, free).replaceFirst("^error: ", ""));
        }
        int[] pixels = new MapRenderer().render(f).pixels();
        return () -> PngEncoder.write(file, pixels, width, height);
    }
}
