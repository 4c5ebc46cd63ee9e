package org.cronomapa.render;

import org.cronomapa.filter.Filtered;
import org.cronomapa.filter.Visible;
import org.cronomapa.map.DensityMode;
import org.cronomapa.map.Viewport;
import org.cronomapa.model.RegionMap;
import org.cronomapa.timeline.Metric;
import org.cronomapa.timeline.TimeIndex;

/**
 * Everything one frame depends on — what (index, the filter's result, day, window, metric), how
 * (ramp, labels, markers or their density) and where (viewport): the renderer is a function of
 * this record. The renderer never filters: it draws the rows and counts {@link #visible()} gives
 * (docs/decisions/0015).
 */
public record RenderFrame(RegionMap regions, TimeIndex index, int day, int windowDays, Metric metric,
        ColourRamp ramp, Viewport viewport, MapLabels labels, Filtered filtered, DensityMode density, boolean fanOut,
        boolean highContrast) {

    /** A frame in the standard look. */
    public RenderFrame(RegionMap regions, TimeIndex index, int day, int windowDays, Metric metric,
            ColourRamp ramp, Viewport viewport, MapLabels labels, Filtered filtered, DensityMode density, boolean fanOut) {
        this(regions, index, day, windowDays, metric, ramp, viewport, labels, filtered, density, fanOut, false);
    }

    /** A frame whose markers sharing a spot stay stacked. */
    public RenderFrame(RegionMap regions, TimeIndex index, int day, int windowDays, Metric metric,
            ColourRamp ramp, Viewport viewport, MapLabels labels, Filtered filtered, DensityMode density) {
        this(regions, index, day, windowDays, metric, ramp, viewport, labels, filtered, density, false);
    }

    /** A frame of everything, unfiltered, markers or density chosen by how many markers the screen holds. */
    public RenderFrame(RegionMap regions, TimeIndex index, int day, int windowDays, Metric metric,
            ColourRamp ramp, Viewport viewport, MapLabels labels) {
        this(regions, index, day, windowDays, metric, ramp, viewport, labels, Filtered.all(index), DensityMode.AUTO);
    }

    /** A filtered frame, markers or density chosen automatically ({@link DensityMode#AUTO}). */
    public RenderFrame(RegionMap regions, TimeIndex index, int day, int windowDays, Metric metric,
            ColourRamp ramp, Viewport viewport, MapLabels labels, Filtered filtered) {
        this(regions, index, day, windowDays, metric, ramp, viewport, labels, filtered, DensityMode.AUTO);
    }

    public RenderFrame {
        if (filtered.index() != index) {
            throw new IllegalArgumentException("the filter's result is of another index");
        }
    }

    /** The same frame at another size (an export of the view the window shows). */
    public RenderFrame resized(int width, int height) {
        return new RenderFrame(regions, index, day, windowDays, metric, ramp, viewport.resize(width, height), labels,
                filtered, density, fanOut, highContrast);
    }

    /** The colours and strokes this frame is drawn in (docs/decisions/0021-a11y-lang-high-contrast.md). */
    public MapLook look() {
        return MapLook.of(highContrast);
    }

    /** What this frame shows: the window's rows that pass the filter, and the filtered counts. */
    public Visible visible() {
        return filtered.at(day, windowDays);
    }
}
