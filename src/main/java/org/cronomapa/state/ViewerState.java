package org.cronomapa.state;

import java.util.List;
import org.cronomapa.model.Dataset;
import org.cronomapa.model.ProblemReport;
import org.cronomapa.timeline.Metric;
import org.cronomapa.timeline.Playback;

/**
 * Everything the viewer shows, as small slices with read-only properties, changed only through
 * the named commands below. No views or nodes live here, so a filter, a story step or a test can
 * drive it without a window.
 */
public final class ViewerState {
    private final DatasetSlice data = new DatasetSlice();
    private final TimelineSlice timeline = new TimelineSlice();
    private final ViewportSlice viewport = new ViewportSlice();
    private final SelectionSlice selection = new SelectionSlice();
    private final UiSlice ui = new UiSlice();
    /** The screen size asked for before any data gave the viewport its map bounds. */
    private int pendingWidth = 1280;
    private int pendingHeight = 800;

    public DatasetSlice data() { return data; }
    public TimelineSlice timeline() { return timeline; }
    public ViewportSlice viewport() { return viewport; }
    public SelectionSlice selection() { return selection; }
    public UiSlice ui() { return ui; }

    // ---- dataset commands ----

    /** Shows a new dataset from its first day, keeping the view size. */
    public void loadDataset(Dataset d) {
        data.replace(d);
        int first = data.index().firstDay();
        timeline.reset(first, data.index().lastDay(), first);
        selection.select(-1);
        ui.setProblems(ProblemReport.of(List.of()));
        var v = viewport.viewport();
        viewport.fit(d.regions().bounds(), v == null ? pendingWidth : v.width(), v == null ? pendingHeight : v.height());
    }

    /** Records why a file was refused; the dataset shown stays as it was. */
    public void reportProblems(ProblemReport problems) {
        ui.setProblems(problems);
    }

    // ---- timeline commands ----

    public void togglePlay() {
        Playback p = timeline.playback();
        timeline.update(p.playing() ? p.pause() : p.play());
    }

    public void play() { timeline.update(timeline.playback().play()); }
    public void pause() { timeline.update(timeline.playback().pause()); }

    /** Moves by whole days and pauses, as the arrow keys and step buttons do. */
    public void stepDays(int days) { timeline.update(timeline.playback().step(days)); }

    public void goToStart() { seek(timeline.playback().firstDay()); }
    public void goToEnd() { seek(timeline.playback().lastDay()); }

    /** Jumps to a day and pauses, as dragging the slider does. */
    public void seek(int day) { timeline.update(timeline.playback().pause().withPosition(day)); }

    public void setSpeed(double daysPerSecond) { timeline.update(timeline.playback().withSpeed(daysPerSecond)); }
    public void setLoop(boolean loop) { timeline.update(timeline.playback().withLoop(loop)); }
    public void setWindowDays(int days) { timeline.setWindowDays(days); }
    public void setMetric(Metric m) { timeline.setMetric(m); }

    /** Advances playback by the wall-clock time since the last pulse. */
    public void advance(long elapsedNanos) { timeline.update(timeline.playback().advance(elapsedNanos)); }

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
    }

    public void zoomAt(double factor, double x, double y) { viewport.update(viewport.viewport().zoomAt(factor, x, y)); }
    public void panBy(double dx, double dy) { viewport.update(viewport.viewport().panBy(dx, dy)); }
    public void resetView() { viewport.update(viewport.viewport().reset()); }

    // ---- selection ----

    public void select(int row) { selection.select(row); }
}
