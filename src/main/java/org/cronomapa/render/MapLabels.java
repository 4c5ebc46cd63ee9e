package org.cronomapa.render;

import java.util.List;

/**
 * The words drawn into a frame, already translated by the caller (the renderer never loads
 * bundles): the date, a subtitle, the legend's titles, type and region names, the density legend's
 * title, the towns' credit line and the story caption of the day (null for none; raster exports).
 */
public record MapLabels(String date, String subtitle, String legendTitle, String markersTitle, String insetTitle,
        List<String> typeNames, List<String> regionNames, String densityTitle, String townsCredit, StoryCaption caption) {

    /** Words without a story caption. */
    public MapLabels(String date, String subtitle, String legendTitle, String markersTitle, String insetTitle,
            List<String> typeNames, List<String> regionNames, String densityTitle, String townsCredit) {
        this(date, subtitle, legendTitle, markersTitle, insetTitle, typeNames, regionNames, densityTitle, townsCredit, null);
    }

    /** The same words with another caption. */
    public MapLabels withCaption(StoryCaption c) {
        return new MapLabels(date, subtitle, legendTitle, markersTitle, insetTitle, typeNames, regionNames, densityTitle,
                townsCredit, c);
    }
}
