package org.cronomapa.state;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;
import org.cronomapa.filter.Filter;
import org.cronomapa.filter.Filtered;
import org.cronomapa.map.Viewport;
import org.cronomapa.model.Dataset;
import org.cronomapa.model.EventType;
import org.cronomapa.model.ProblemReport;
import org.cronomapa.timeline.Metric;
import org.cronomapa.timeline.Playback;
import org.cronomapa.timeline.TimeIndex;

/**
 * Everything the viewer shows, as small slices with read-only properties, changed only through
 * the named commands below. No views or nodes live here, so a filter, a story step or a test can
 * drive it without a window. Each command replaces the state in one step: it stages the new value
 * of every slice it touches, then publishes them, so no listener of any slice ever sees a mix of
 * old and new (decision 0007).
 */
public final class ViewerState {
    private final DatasetSlice data = new DatasetSlice();
    private final TimelineSlice timeline = new TimelineSlice();
    private final ViewportSlice viewport = new ViewportSlice();
    private final SelectionSlice selection = new SelectionSlice();
    private final UiSlice ui = new UiSlice();
    private final FilterSlice filter = new FilterSlice();
    private final LayersSlice layers = new LayersSlice();
    /** The screen size asked for before any data gave the viewport its map bounds. */
    private int pendingWidth = 1280;
    private int pendingHeight = 800;

    public DatasetSlice data() { return data; }
    public TimelineSlice timeline() { return timeline; }
    public ViewportSlice viewport() { return viewport; }
    public SelectionSlice selection() { return selection; }
    public UiSlice ui() { return ui; }
    public FilterSlice filter() { return filter; }
    public LayersSlice layers() { return layers; }

    /** Announces every staged change; the selection goes first, so it is never a row of the old data. */
    private void publish() {
        selection.publish();
        data.publish();
        filter.publish();
        timeline.publish();
        viewport.publish();
        ui.publish();
        layers.publish();
    }

    // ---- dataset commands ----

    /**
     * Shows a new dataset from its first day (the filter's first, when it has dates), paused, with
     * nothing selected, fitted to the view size, through the filter already chosen.
     */
    public void loadDataset(Dataset d) {
        TimeIndex index = new TimeIndex(d.events(), d.regions().size()); // may fail: before anything is staged
        Filtered shown = Filtered.of(d, index, filter.filter());
        Viewport v = viewport.viewport();
        selection.select(-1);
        data.replace(d, index);
        filter.replace(filter.filter(), shown);
        timeline.reset(shown.firstDay(), shown.lastDay(), shown.firstDay());
        ui.setProblems(ProblemReport.of(List.of()));
        viewport.fit(d.regions().bounds(), v == null ? pendingWidth : v.width(), v == null ? pendingHeight : v.height());
        publish();
    }

    /** Records why a file was refused; the dataset shown stays as it was. */
    public void reportProblems(ProblemReport problems) {
        ui.setProblems(problems);
        publish();
    }

    // ---- filter commands ----

    /**
     * Shows only what the filter lets through: the map, markers, legend and counts follow at once.
     * Playback stays where it was, within the filter's dates when it has any (it keeps playing);
     * a selected event the filter hides is unselected.
     */
    public void setFilter(Filter f) { apply(new Command.SetFilter(f)); }

    /** Only these types; empty shows every type. */
    public void setTypes(Collection<EventType> types) { setFilter(filter.filter().withTypes(types)); }

    /** Only these regions, by code ({@code PE} for national figures); empty shows every region. */
    public void setRegions(Collection<String> codes) { setFilter(filter.filter().withRegions(codes)); }

    /** Only events with at least this many deaths (0 shows all). */
    public void setMinDeaths(int deaths) { setFilter(filter.filter().withMinDeaths(deaths)); }

    /** Only events whose place or description holds the text, in any case and with or without accents. */
    public void setSearch(String text) { setFilter(filter.filter().withSearch(text)); }

    /** Only events starting in the range (null leaves an end open); playback runs inside it. */
    public void setDateRange(LocalDate from, LocalDate to) { setFilter(filter.filter().withDates(from, to)); }

    /** Everything again, on the whole range. */
    public void clearFilter() { setFilter(Filter.ALL); }

    // ---- timeline commands ----

    public void togglePlay() { apply(new Command.TogglePlay()); }
    public void play() { apply(new Command.Play()); }
    public void pause() { apply(new Command.Pause()); }

    /** Moves by whole days and pauses, as the arrow keys and step buttons do. */
    public void stepDays(int days) { apply(new Command.Step(days)); }

    public void goToStart() { apply(new Command.GoToStart()); }
    public void goToEnd() { apply(new Command.GoToEnd()); }

    /** Jumps to a day and pauses, as dragging the slider does. */
    public void seek(int day) { apply(new Command.Seek(day)); }

    public void setSpeed(double daysPerSecond) { playback(timeline.playback().withSpeed(daysPerSecond)); }
    public void setLoop(boolean loop) { playback(timeline.playback().withLoop(loop)); }

    public void setWindowDays(int days) { apply(new Command.SetWindow(days)); }

    public void setMetric(Metric m) {
        timeline.setMetric(m);
        publish();
    }

    /** Advances playback by the wall-clock time since the last pulse. */
    public void advance(long elapsedNanos) { playback(timeline.playback().advance(elapsedNanos)); }

    private void playback(Playback p) {
        timeline.update(p);
        publish();
    }

    // ---- view commands ----

    public void resize(int width, int height) {
        var v = viewport.viewport();
        if (v == null) {
            pendingWidth = Math.max(1, width);
            pendingHeight = Math.max(1, height);
            if (data.dataset() != null) {
                viewport.fit(data.dataset().regions().bounds(), pendingWidth, pendingHeight);
            }
        } else if (v.width() != width || v.height() != height) {
            viewport.update(v.resize(Math.max(1, width), Math.max(1, height)));
        }
        publish();
    }

    /*
     * Zoom, pan and reset move the view there is. Before any dataset there is no map and no view,
     * so they do nothing (the first dataset is shown fitted). Once a dataset is loaded the view
     * exists even before the first layout, at the last size asked for (1280×800 by default), and
     * the layout's resize keeps its zoom and centre, so a zoom made that early is kept.
     */

    /** Zooms by {@code factor} about a screen point; does nothing before any dataset. */
    public void zoomAt(double factor, double x, double y) { moveView(v -> v.zoomAt(factor, x, y)); }

    /** Moves the map by screen pixels; does nothing before any dataset. */
    public void panBy(double dx, double dy) { moveView(v -> v.panBy(dx, dy)); }

    /** Back to the whole map fitted; does nothing before any dataset. */
    public void resetView() { apply(new Command.ResetView()); }

    private void moveView(UnaryOperator<Viewport> move) {
        Viewport v = viewport.viewport();
        if (v != null) {
            viewport.update(move.apply(v));
            publish();
        }
    }

    /** Markers, density, or whichever the number of markers on screen calls for (docs/decisions/0013). */
    public void setDensityMode(org.cronomapa.map.DensityMode mode) {
        layers.setDensity(java.util.Objects.requireNonNull(mode));
        publish();
    }

    /** Spreads markers that share a spot on a small circle around it (or gathers them again). */
    public void setFanOut(boolean on) {
        layers.setFanOut(on);
        publish();
    }

    public void toggleFanOut() { setFanOut(!layers.fanOut()); }

    /** The high-contrast look for weak projectors (View → High contrast, presentation mode), or the standard one. */
    public void setHighContrast(boolean on) {
        layers.setHighContrast(on);
        publish();
    }

    // ---- commands as values ----

    /**
     * Applies a command (or {@link Command.All}, several) in one step: every filter result the
     * commands need is computed first, since that may fail, then each command stages its slices in
     * order and the state publishes once.
     */
    public void apply(Command command) {
        List<Command> flat = new java.util.ArrayList<>();
        flatten(command, flat);
        java.util.Map<Command, Filtered> results = new java.util.IdentityHashMap<>();
        Filtered previous = filter.filtered();
        for (Command c : flat) {
            if (c instanceof Command.SetFilter f && data.dataset() != null) {
                previous = Filtered.of(data.dataset(), data.index(), f.filter(), previous);
                results.put(c, previous);
            }
        }
        for (Command c : flat) {
            stage(c, results.get(c));
        }
        publish();
    }

    private static void flatten(Command c, List<Command> into) {
        if (c instanceof Command.All all) {
            all.commands().forEach(each -> flatten(each, into));
        } else {
            into.add(c);
        }
    }

    /** Stages one command; {@code shown} is a filter command's result, computed beforehand. */
    private void stage(Command c, Filtered shown) {
        Playback p = timeline.playback();
        if (c instanceof Command.Seek s) {
            timeline.update(p.pause().withPosition(s.day()));
        } else if (c instanceof Command.Step s) {
            timeline.update(p.step(s.days()));
        } else if (c instanceof Command.GoToStart) {
            timeline.update(p.pause().withPosition(p.firstDay()));
        } else if (c instanceof Command.GoToEnd) {
            timeline.update(p.pause().withPosition(p.lastDay()));
        } else if (c instanceof Command.Play) {
            timeline.update(p.play());
        } else if (c instanceof Command.Pause) {
            timeline.update(p.pause());
        } else if (c instanceof Command.TogglePlay) {
            timeline.update(p.playing() ? p.pause() : p.play());
        } else if (c instanceof Command.SetWindow w) {
            timeline.setWindowDays(w.days());
        } else if (c instanceof Command.SetFilter f) {
            stageFilter(f.filter(), shown);
        } else if (c instanceof Command.ZoomTo z) {
            stageView(v -> v.showing(z.west(), z.south(), z.east(), z.north()));
        } else if (c instanceof Command.ResetView) {
            stageView(Viewport::reset);
        } else {
            throw new IllegalArgumentException("not a single command: " + c);
        }
    }

    /** The filter and its result; playback keeps its place inside the result's range; a hidden selection goes. */
    private void stageFilter(Filter f, Filtered shown) {
        filter.replace(f, shown);
        if (shown == null) {
            return; // no data yet: the filter waits for the first dataset
        }
        Playback p = timeline.playback();
        timeline.update(new Playback(p.position(), p.playing(), p.speed(), p.loop(), shown.firstDay(), shown.lastDay()));
        int row = selection.selectedRow();
        if (row >= 0 && !shown.shows(row)) {
            selection.select(-1);
        }
    }

    private void stageView(UnaryOperator<Viewport> move) {
        Viewport v = viewport.viewport();
        if (v != null) {
            viewport.update(move.apply(v));
        }
    }

    // ---- selection ----

    /** Selects a row of the loaded dataset; -1, or a row the data does not have or the filter hides, selects nothing. */
    public void select(int row) {
        Dataset d = data.dataset();
        boolean shown = d != null && row >= 0 && row < d.events().size() && filter.filtered().shows(row);
        selection.select(shown ? row : -1);
        publish();
    }
}
