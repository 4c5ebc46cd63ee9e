package org.cronomapa.ui;

import org.cronomapa.labels.Texts;
import org.cronomapa.model.Event;

/** Short texts about one event, for the tooltip. */
final class EventText {
    private EventText() {
    }

    static String tooltip(Event e, Texts t) {
        String date = t.date(e.date()) + (e.endDate() == null ? "" : " – " + t.date(e.endDate()));
        String head = t.get("tooltip.text", date, t.type(e.type()), e.place() == null ? e.region() : e.place());
        String figures = t.get("tooltip.figures", range(e.fatalities(), e.fatalitiesMax()),
                range(e.injured(), e.details().injuredMax()));
        return head + "\n" + figures + (e.count() > 0 ? " · " + t.get("tooltip.count", e.count()) : "");
    }

    static String range(int low, int high) {
        return high > low ? low + "–" + high : Integer.toString(low);
    }
}
