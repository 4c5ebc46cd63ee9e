package org.cronomapa.render;

import java.util.List;

/**
 * The words drawn into a frame, already translated by the caller (the renderer never loads
 * bundles): the date, a subtitle, the legend's titles, type and region names, the density legend's
 * title and the towns' credit line.
 */
public record MapLabels(String date, String subtitle, String legendTitle, String markersTitle, String insetTitle,
        List<String> typeNames, List<String> regionNames, String densityTitle, String townsCredit) {
}
