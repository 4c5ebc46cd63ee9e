package org.cronomapa.render;

import org.cronomapa.map.DensityMode;
import org.cronomapa.map.Viewport;
import org.cronomapa.model.RegionMap;
import org.cronomapa.timeline.Metric;
import org.cronomapa.timeline.TimeIndex;

/**
 * Everything one frame depends on — what (index, day, window, metric), how (ramp, labels) and
 * where (viewport), and whether markers or their density are shown: the renderer is a function of
 * this record.
 */
public record RenderFrame(RegionMap regions, TimeIndex index, int day, int windowDays, Metric metric,
        ColourRamp ramp, Viewport viewport, MapLabels labels, DensityMode density) {

    /** Markers or density chosen by how many markers the screen holds ({@link DensityMode#AUTO}). */
    public RenderFrame(RegionMap regions, TimeIndex index, int day, int windowDays, Metric metric,
            ColourRamp ramp, Viewport viewport, MapLabels labels) {
        this(regions, index, day, windowDays, metric, ramp, viewport, labels, DensityMode.AUTO);
    }
}
