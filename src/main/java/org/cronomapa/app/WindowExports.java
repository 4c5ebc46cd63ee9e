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
import org.cronomapa.labels.StoryCaptions;
import org.cronomapa.labels.StoryFrames;
import org.cronomapa.model.Story;
import org.cronomapa.state.Command;
import java.util.function.BooleanSupplier;

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
        return briefing(state, file, Story.NONE);
    }

    @Override
    public Writing briefing(ViewerState state, Path file, Story story) throws IOException {
        Dataset d = state.data().dataset();
        var filtered = state.filter().filtered();
        DailySeries national = DailySeries.national(filtered, publishedTotals(d));
        var words = ChartWords.of(texts, national, d.regions());
        var frame = frames.frame(state).resized(BriefingCommand.MAP_WIDTH, BriefingCommand.MAP_HEIGHT);
        int day = state.timeline().day();
        List<StoryFrames.Page> pages = List.of();
        StoryCaptions captions = story.steps().isEmpty() ? null : new StoryCaptions(texts, d, story);
        if (captions != null && captions.citesAny()) { // a story made for other data gets no pages
            // the steps move a state of their own, not the window's
            ViewerState scratch = scratch(d, state.filter().filter(), state.timeline().windowDays(), box(state),
                    BriefingCommand.MAP_WIDTH, BriefingCommand.MAP_HEIGHT);
            pages = BriefingCommand.storyPages(scratch, captions, frames, day);
        }
        boolean bundled = org.cronomapa.io.DatasetFiles.BUNDLED_NAME.equals(d.name());
        byte[] pdf = org.cronomapa.briefing.BriefingPdf.write(new org.cronomapa.briefing.Briefing(texts, d, filtered,
                day, frame, national, words, bundled ? null : d.name(), story.name(), pages));
        return () -> AtomicFiles.write(file, w -> w.write(pdf));
    }

    /** The lon/lat box the window's map shows ([west, south, east, north]), or null before it has a size. */
    private static double[] box(ViewerState state) {
        var v = state.viewport().viewport();
        return v == null ? null : new double[] {v.lon(0), v.lat(v.height()), v.lon(v.width()), v.lat(0)};
    }

    /** A state of its own showing the data through a filter, with a window and a box, at a size (any thread). */
    private static ViewerState scratch(Dataset d, org.cronomapa.filter.Filter filter, int window, double[] box, int width,
            int height) {
        ViewerState scratch = new ViewerState();
        scratch.resize(width, height);
        scratch.setFilter(filter);
        scratch.loadDataset(d);
        scratch.setWindowDays(window);
        if (box != null) {
            scratch.apply(new Command.ZoomTo(box[0], box[1], box[2], box[3]));
        }
        return scratch;
    }

    /**
     * The window's animation through the command line's loop ({@link AnimationExport}): on the FX
     * thread only what the window shows is read; the state the loop moves is built off it.
     */
    @Override
    public Writing animation(ViewerState state, Story story, Animation a, Path file, Progress progress,
            BooleanSupplier cancelled) {
        var filter = state.filter().filter().withDates(a.from(), a.to());
        var dataset = state.data().dataset();
        int window = state.timeline().windowDays();
        double[] box = box(state);
        Story replayed = a.story() ? story : Story.NONE;
        return () -> {
            ViewerState scratch = scratch(dataset, filter, window, box, a.width(), a.height());
            StoryCaptions captions = replayed.steps().isEmpty() ? null : new StoryCaptions(texts, dataset, replayed);
            AnimationExport.write(scratch, texts, captions, new AnimationExport.Request(file, a.gif(), a.width(),
                    a.height(), a.fps(), a.speed()), progress::picture, cancelled);
        };
    }
}
