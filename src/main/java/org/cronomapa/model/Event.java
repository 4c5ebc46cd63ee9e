package org.cronomapa.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One event of the wave with everything a reader needs: what, where, when, the figures and
 * the sources. Optional numbers are 0 when not reported; {@code endDate} may be null.
 */
public record Event(
        String id,
        LocalDate date,
        LocalDate endDate,
        EventType type,
        String region,
        String place,
        double lat,
        double lon,
        int fatalities,
        int fatalitiesMax,
        int injured,
        int count,
        String deathKind,
        String descriptionEs,
        String descriptionEn,
        List<Source> sources,
        List<Figure> figures,
        Details details) {

    /**
     * Fields that matter to some readers but not to drawing or aggregation. {@code unconfirmed}:
     * a second reading could find neither the cited page nor another source (the audit's verdict).
     */
    public record Details(String road, int injuredMax, int geoPrecision, int timePrecision, boolean unconfirmed) {
        public static final Details NONE = new Details(null, 0, 0, 0, false);

        public Details(String road, int injuredMax, int geoPrecision, int timePrecision) {
            this(road, injuredMax, geoPrecision, timePrecision, false);
        }
    }

    public Event {
        sources = sources == null ? List.of() : List.copyOf(sources);
        figures = figures == null ? List.of() : List.copyOf(figures);
        details = details == null ? Details.NONE : details;
    }

    /** The last day the event is ongoing (its date when it lasts one day). */
    public LocalDate lastDay() {
        return endDate == null ? date : endDate;
    }

    public String description(boolean spanish) {
        String d = spanish ? descriptionEs : descriptionEn;
        return d == null || d.isBlank() ? (spanish ? descriptionEn : descriptionEs) : d;
    }
}
