package org.cronomapa.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import org.cronomapa.model.Event;
import org.cronomapa.model.Figure;
import org.cronomapa.model.Source;

/**
 * Writes events as Cronomapa's native GeoJSON ({@code data/README.md}): an RFC 7946
 * FeatureCollection of Points {@code [lon, lat]} with {@code format_version} 1 and every property
 * {@link EventsGeoJson} reads, so the file reads back to equal records and opens in QGIS or
 * kepler.gl. One feature a line: small, and a change to one event is a one-line diff.
 */
public final class EventsGeoJsonWriter implements EventSink {
    private static final JsonFactory JSON = new JsonFactory()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final JsonGenerator g;

    private EventsGeoJsonWriter(JsonGenerator g) {
        this.g = g;
    }

    /** Starts the collection; {@link #finish()} closes it. */
    public static EventsGeoJsonWriter open(Writer out) throws IOException {
        JsonGenerator g = JSON.createGenerator(out).setPrettyPrinter(new FeaturePerLine());
        g.writeStartObject();
        g.writeStringField("type", "FeatureCollection");
        g.writeNumberField("format_version", EventsGeoJson.FORMAT_VERSION);
        g.writeArrayFieldStart("features");
        return new EventsGeoJsonWriter(g);
    }

    @Override
    public void accept(Event e) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeObjectFieldStart("geometry");
        g.writeStringField("type", "Point");
        g.writeArrayFieldStart("coordinates");
        g.writeNumber(e.lon());
        g.writeNumber(e.lat());
        g.writeEndArray();
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        properties(e);
        g.writeEndObject();
        g.writeEndObject();
    }

    /**
     * Absent stays absent: a text only when set, a higher figure only above the lower, a precision
     * only when recorded. The counts are always written, so a map styled by them sees every event.
     */
    private void properties(Event e) throws IOException {
        Event.Details d = e.details();
        text("id", e.id());
        text("date", e.date().toString());
        text("end_date", e.endDate() == null ? null : e.endDate().toString());
        text("type", e.type().code());
        text("region", e.region());
        text("place", e.place());
        text("road", d.road());
        g.writeNumberField("fatalities", e.fatalities());
        above("fatalities_max", e.fatalitiesMax(), e.fatalities());
        g.writeNumberField("injured", e.injured());
        above("injured_max", d.injuredMax(), e.injured());
        g.writeNumberField("count", e.count());
        text("death_kind", e.deathKind());
        above("geo_precision", d.geoPrecision(), 0);
        above("time_precision", d.timePrecision(), 0);
        text("verification", d.unconfirmed() ? "unconfirmed" : null);
        text("description_es", e.descriptionEs());
        text("description_en", e.descriptionEn());
        if (!e.sources().isEmpty()) {
            g.writeArrayFieldStart("sources");
            for (Source s : e.sources()) {
                g.writeStartObject();
                text("publisher", s.publisher());
                text("title", s.title());
                text("date", s.date());
                text("url", s.url());
                text("credit", s.credit());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!e.figures().isEmpty()) {
            g.writeArrayFieldStart("figures");
            for (Figure f : e.figures()) {
                g.writeStartObject();
                text("field", f.field());
                g.writeNumberField("value", f.value());
                text("by", f.by());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
    }

    private void text(String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private void above(String name, int value, int floor) throws IOException {
        if (value > floor) {
            g.writeNumberField(name, value);
        }
    }

    @Override
    public void finish() throws IOException {
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
    }

    /** Compact JSON, but each feature of the collection starts a line, and so does its closing bracket. */
    private static final class FeaturePerLine extends MinimalPrettyPrinter {
        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            if (inFeatures(g)) {
                g.writeRaw('\n');
            }
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            super.writeArrayValueSeparator(g);
            beforeArrayValues(g);
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) throws IOException {
            if (values > 0) {
                beforeArrayValues(g);
            }
            super.writeEndArray(g, values);
        }

        /** Whether the array being written is the collection's {@code features}. */
        private static boolean inFeatures(JsonGenerator g) {
            JsonStreamContext parent = g.getOutputContext().getParent();
            return parent != null && parent.getParent() != null && parent.getParent().inRoot()
                    && "features".equals(parent.getCurrentName());
        }
    }
}
