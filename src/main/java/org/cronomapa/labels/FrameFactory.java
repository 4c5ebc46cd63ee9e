package org.cronomapa.labels;

import java.time.LocalDate;
import org.cronomapa.filter.Filtered;
import org.cronomapa.model.Dataset;
import org.cronomapa.render.ColourRamp;
import org.cronomapa.render.MapLabels;
import org.cronomapa.render.RenderFrame;
import org.cronomapa.state.ViewerState;
import org.cronomapa.timeline.Metric;
import org.cronomapa.timeline.TimeIndex;

/**
 * Turns the viewer state into the renderer's input. The window and every command-line export
 * call this, so a file shows exactly what the window shows.
 */
public final class FrameFactory {
    private final Texts texts;
    private Object rampKey;
    private ColourRamp ramp;
    private final java.util.List<String> typeNames;
    private Object namesKey;
    private java.util.List<String> regionNames;

    public FrameFactory(Texts texts) {
        this.texts = texts;
        this.typeNames = texts.typeNames();
    }

    public RenderFrame frame(ViewerState state) {
        return frame(state, null);
    }

    /** The frame with a story step's caption drawn in it (null for none), as the animations show it. */
    public RenderFrame frame(ViewerState state, org.cronomapa.render.StoryCaption caption) {
        Dataset d = state.data().dataset();
        TimeIndex index = state.data().index();
        int day = state.timeline().day();
        int window = state.timeline().windowDays();
        Metric metric = state.timeline().metric();
        Filtered filtered = state.filter().filtered();
        // The ramp follows the filter (a map of killings is not washed out by roadblocks) and holds still during playback.
        Object key = java.util.List.of(filtered, metric);
        if (!key.equals(rampKey)) {
            ramp = ColourRamp.forMax(filtered.maxOverTime(metric));
            rampKey = key;
        }
        String subtitle = window == TimeIndex.ALL_SO_FAR ? texts.get("subtitle.all")
                : window == 1 ? texts.get("subtitle.window.one") : texts.get("subtitle.window", window);
        if (namesKey != d.regions()) {
            regionNames = texts.regionNames(d.regions()); // once per map, not once per frame
            namesKey = d.regions();
        }
        MapLabels labels = new MapLabels(texts.date(LocalDate.ofEpochDay(day)), subtitle,
                texts.get(metric == Metric.EVENTS ? "metric.events" : "metric.fatalities"), texts.get("legend.markers"),
                texts.get("inset.capital"),
                typeNames, regionNames, texts.get("legend.density"), texts.get("credit.towns"), caption);
        return new RenderFrame(d.regions(), index, day, window, metric, ramp, state.viewport().viewport(), labels, filtered,
                state.layers().density(), state.layers().fanOut(), state.layers().highContrast());
    }
}
