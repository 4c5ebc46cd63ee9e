package org.cronomapa.timeline;

/** What the choropleth counts per region up to the current day. */
public enum Metric {
    EVENTS, FATALITIES
}
