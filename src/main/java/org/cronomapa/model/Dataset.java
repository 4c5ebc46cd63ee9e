package org.cronomapa.model;

/**
 * What the viewer shows: the region map, the events in columns and a way to their full
 * records, and a name for the window title and messages.
 */
public record Dataset(String name, RegionMap regions, EventColumns events, EventDetails details) {

    public Event event(int row) {
        return details.event(events.detailKey(row));
    }
}
