package org.cronomapa.model;

import java.util.Locale;
import java.util.Optional;

/** The kinds of protest-wave event the viewer knows; each has a stable file code. */
public enum EventType {
    ROADBLOCK, STRIKE, MARCH, CLASH, KILLING, ATTACK_ON_PROPERTY, STATE_MEASURE, POLITICAL;

    private static final EventType[] ALL = values();

    /** The code used in files, e.g. {@code attack_on_property}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<EventType> fromCode(String code) {
        for (EventType t : ALL) {
            if (t.code().equals(code)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    public static EventType ofIndex(int i) {
        return ALL[i];
    }

    public static int count() {
        return ALL.length;
    }
}
