package org.cronomapa.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.cronomapa.charts.ChartLabels;
import org.cronomapa.charts.DailyChart;
import org.cronomapa.charts.DailySeries;
import org.cronomapa.filter.Filtered;
import org.cronomapa.io.DatasetFiles;
import org.cronomapa.io.PublishedTotals;
import org.cronomapa.labels.ChartWords;
import org.cronomapa.labels.Texts;
import org.cronomapa.render.MapCanvas;
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
 * events, the one renderer (raster or vector target) for the map, {@link DailyChart} for the chart
 * (as {@code --chart} draws it), atomic writes for all.
 */
final class WindowExports implements Exports {
    private final FrameFactory frames;
    private final Texts texts;

    WindowExports(Session session) {
        this(session.texts);
    }

    /** Exports in the given words (the window's language, which can change while it runs). */
    WindowExports(org.cronomapa.labels.Texts texts) {
        this.frames = new FrameFactory(texts);
        this.texts = texts;
    }

    /** The Defensoría's published totals, drawn beside the bundled data only. */
    static List<DailySeries.PublishedTotal> publishedTotals(Dataset d) {
        if (d == null || !DatasetFiles.BUNDLED_NAME.equals(d.name())) {
            return List.of();
        }
        return PublishedTotals.bundled().stream()
                .map(t -> new DailySeries.PublishedTotal((int) t.date().toEpochDay(), t.deaths(), t.publisher()))
                .toList();
    }

    @Override
    public int events(ViewerState state, Path file) throws IOException {
        Dataset d = state.data().dataset();
        return EventExport.write(d, state.filter().filtered().rows(), file);
    }

    @Override
    public Writing map(ViewerState state, Path file, int width, int height) throws IOException {
        RenderFrame shown = frames.frame(state);
        // The view the window shows (centre and zoom) on a canvas of the size asked for.
        RenderFrame f = shown.resized(width, height);
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
            SvgTarget target = new SvgTarget(width, height);
            new MapRenderer().renderVector(f, target);
            String document = target.svg();
            return () -> AtomicFiles.writeText(file, w -> w.write(document));
        }
        long free = Runtime.getRuntime().maxMemory() - (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory());
        if (free < SnapshotCommand.pngHeapNeeded(width, height)) {
            throw new IOException(SnapshotCommand.tooLittleHeap(width, height, free, texts));
        }
        int[] pixels = new MapRenderer().render(f).pixels();
        return () -> PngEncoder.write(file, pixels, width, height);
    }

    /** The chart as {@code --chart} draws it, from the state's filtered result (as the Charts tab does). */
    @Override
    public Writing chart(ViewerState state, Path file, int region, int width, int height) {
        Dataset d = state.data().dataset();
        Filtered shown = state.filter().filtered();
        DailySeries series = region == DailySeries.NATIONAL ? DailySeries.national(shown, publishedTotals(d))
                : DailySeries.region(shown, region);
        ChartLabels words = ChartWords.of(texts, series, d.regions());
        DailyChart chart = new DailyChart(series.days(), width, height);
        int day = state.timeline().day();
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
            SvgTarget target = new SvgTarget(width, height);
            chart.paint(target, series, words, day);
            String document = target.svg();
            return () -> AtomicFiles.writeText(file, w -> w.write(document));
        }
        int[] pixels = MapCanvas.pixels(width, height, c -> chart.paint(c, series, words, day));
        return () -> PngEncoder.write(file, pixels, width, height);
    }

    @Override
    public Writing briefing(ViewerState state, Path file) throws IOException {
        Dataset d = state.data().dataset();
        var filtered = state.filter().filtered();
        DailySeries national = DailySeries.national(filtered, publishedTotals(d));
        var words = ChartWords.of(texts, national, d.regions());
        var frame = frames.frame(state).resized(BriefingCommand.MAP_WIDTH, BriefingCommand.MAP_HEIGHT);
        boolean bundled = org.cronomapa.io.DatasetFiles.BUNDLED_NAME.equals(d.name());
        byte[] pdf = org.cronomapa.briefing.BriefingPdf.write(new org.cronomapa.briefing.Briefing(texts, d, filtered,
                state.timeline().day(), frame, national, words, bundled ? null : d.name()));
        return () -> AtomicFiles.write(file, w -> w.write(pdf));
    }
}
