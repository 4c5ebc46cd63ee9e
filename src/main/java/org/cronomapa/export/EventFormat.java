package org.cronomapa.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cronomapa.io.EventSink;
import org.cronomapa.io.EventsCsvWriter;
import org.cronomapa.io.EventsGeoJsonWriter;

/** The file formats events can be exported to, named by the file's extension. */
public enum EventFormat {
    CSV(".csv") {
        @Override
        EventSink open(Writer out, EventSource events) throws IOException {
            // The header names a column set per source and figure, so the longest lists are
            // found first, in a pass of their own.
            int[] longest = new int[2];
            events.forEach(e -> {
                longest[0] = Math.max(longest[0], e.sources().size());
                longest[1] = Math.max(longest[1], e.figures().size());
            });
            return EventsCsvWriter.open(out, longest[0], longest[1]);
        }
    },
    GEOJSON(".geojson", ".json") {
        @Override
        EventSink open(Writer out, EventSource events) throws IOException {
            return EventsGeoJsonWriter.open(out);
        }
    };

    private final List<String> extensions;

    EventFormat(String... extensions) {
        this.extensions = List.of(extensions);
    }

    /** The format a file's name ends in, in any letter case; empty for any other name. */
    public static Optional<EventFormat> of(Path file) {
        Path name = file.getFileName();
        String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extensions.stream().anyMatch(n::endsWith)).findFirst();
    }

    /** Every extension, for a message: ".csv, .geojson, .json". */
    public static String allExtensions() {
        return String.join(", ", Arrays.stream(values()).flatMap(f -> f.extensions.stream()).toList());
    }

    /** A sink writing this format to {@code out}; it may look at the events first (never at the file). */
    abstract EventSink open(Writer out, EventSource events) throws IOException;
}
