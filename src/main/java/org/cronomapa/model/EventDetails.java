package org.cronomapa.model;

/** Gives the full record of an event from its detail key (kept in memory, or re-read from its file). */
@FunctionalInterface
public interface EventDetails {
    Event event(int detailKey);
}
