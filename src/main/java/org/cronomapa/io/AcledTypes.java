package org.cronomapa.io;

import java.util.Locale;
import java.util.regex.Pattern;
import org.cronomapa.model.EventType;

/**
 * ACLED's event and sub-event types in Cronomapa's terms (the table is in data/README.md).
 * ACLED has no roadblock or strike type: it codes them as protests or riots and says so in the
 * notes, so a protest or riot whose notes describe a blockade is a roadblock and one that
 * describes a strike is a strike. Any event with deaths is a killing, as in the curated data.
 */
final class AcledTypes {
    private static final Pattern BLOCKADE = Pattern.compile(
            "\\b(road ?blocks?|roadblocks?|blockades?|blocked (the )?(road|highway|access)|bloque\\w*|barricades?)\\b");
    private static final Pattern STRIKE = Pattern.compile("\\b(strikes?|paro|huelga|work stoppage)\\b");

    private AcledTypes() {
    }

    /** Cronomapa's type, or null for an event type ACLED does not have. */
    static EventType map(String eventType, String subType, String notes, int fatalities) {
        String type = eventType.toLowerCase(Locale.ROOT).trim();
        String sub = subType.toLowerCase(Locale.ROOT).trim();
        String text = notes.toLowerCase(Locale.ROOT);
        switch (type) {
            case "protests":
            case "riots":
                if (fatalities > 0) {
                    return EventType.KILLING;
                }
                if (BLOCKADE.matcher(text).find()) {
                    return EventType.ROADBLOCK;
                }
                if (STRIKE.matcher(text).find()) {
                    return EventType.STRIKE;
                }
                return type.equals("riots") || sub.equals("excessive force against protesters") ? EventType.CLASH
                        : EventType.MARCH;
            case "battles":
            case "violence against civilians":
                return fatalities > 0 ? EventType.KILLING : EventType.CLASH;
            case "explosions/remote violence":
                return fatalities > 0 ? EventType.KILLING : EventType.ATTACK_ON_PROPERTY;
            case "strategic developments":
                if (sub.equals("looting/property destruction")) {
                    return EventType.ATTACK_ON_PROPERTY;
                }
                return sub.equals("arrests") ? EventType.STATE_MEASURE : EventType.POLITICAL;
            default:
                return null;
        }
    }
}
