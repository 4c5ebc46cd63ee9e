package org.cronomapa.model;

import java.util.ArrayList;
import java.util.List;

/** Gives the full record of an event from its detail key (kept in memory, or re-read from its file). */
@FunctionalInterface
public interface EventDetails {
    Event event(int detailKey);

    /**
     * The records of several keys, in their order. A source that re-reads a file overrides this to
     * open it once: an export asks for every row, and opening the file per row costs most of its time.
     */
    default List<Event> events(int[] detailKeys) {
        List<Event> out = new ArrayList<>(detailKeys.length);
        for (int key : detailKeys) {
            out.add(event(key));
        }
        return out;
    }
}
