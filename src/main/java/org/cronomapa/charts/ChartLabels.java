package org.cronomapa.charts;

import java.util.List;

/**
 * The words a chart shows, in the reader's language (built by the app's labels from the bundle).
 *
 * @param dates the label of each day index, for the axis ticks (e.g. "9 Jan")
 */
public record ChartLabels(String title, String eventsPerDay, String deathsSoFar, String publishedBy,
        String activeRegions, List<String> typeNames, List<String> dates) {
}
