package org.cronomapa.model;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One step of a guided story: a day, the lon/lat box the map shows, the marker window in days,
 * an optional narrowing of the events (types and regions, empty meaning all, and a minimum of
 * deaths), a caption in Spanish and in English, and the id of the event the caption rests on.
 */
public record StoryStep(LocalDate date, double west, double south, double east, double north, int windowDays,
        Set<EventType> types, Set<String> regions, int minDeaths, String captionEs, String captionEn,
        String sourceEventId) {
    public StoryStep {
        Objects.requireNonNull(date);
        Objects.requireNonNull(captionEs);
        Objects.requireNonNull(captionEn);
        Objects.requireNonNull(sourceEventId);
        if (!(west < east && south < north)) {
            throw new IllegalArgumentException("an empty box: " + west + "," + south + " to " + east + "," + north);
        }
        types = types == null || types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
        regions = regions == null ? Set.of() : Set.copyOf(new TreeSet<>(regions));
        minDeaths = Math.max(0, minDeaths);
    }

    /** Whether the step narrows the events at all. */
    public boolean filters() {
        return !types.isEmpty() || !regions.isEmpty() || minDeaths > 0;
    }

    /** The caption in Spanish, or in English for any other language. */
    public String caption(boolean spanish) {
        return spanish ? captionEs : captionEn;
    }

    public StoryStep withCaptions(String es, String en) {
        return new StoryStep(date, west, south, east, north, windowDays, types, regions, minDeaths, es, en, sourceEventId);
    }

    public StoryStep withDate(LocalDate day) {
        return new StoryStep(day, west, south, east, north, windowDays, types, regions, minDeaths, captionEs, captionEn,
                sourceEventId);
    }

    public StoryStep withSource(String eventId) {
        return new StoryStep(date, west, south, east, north, windowDays, types, regions, minDeaths, captionEs, captionEn,
                eventId);
    }

    /** This step's captions and source on another step's view (day, box, window and filter). */
    public StoryStep withViewOf(StoryStep view) {
        return new StoryStep(view.date, view.west, view.south, view.east, view.north, view.windowDays, view.types,
                view.regions, view.minDeaths, captionEs, captionEn, sourceEventId);
    }
}
