package org.cronomapa.render;

import java.util.List;

/**
 * The words drawn into a frame, already translated by the caller (the renderer never loads
 * bundles): the date, a subtitle, the legend's titles, type and region names.
 */
public record MapLabels(String date, String subtitle, String legendTitle, String markersTitle, String insetTitle,
        List<String> typeNames, List<String> regionNames) {
}
