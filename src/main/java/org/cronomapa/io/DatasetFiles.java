package org.cronomapa.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.cronomapa.model.Dataset;
import org.cronomapa.model.Event;
import org.cronomapa.model.EventColumns;
import org.cronomapa.model.RegionMap;

/** Opens an event file by its extension, or the bundled dataset, against a region map. */
public final class DatasetFiles {
    public static final String BUNDLED_NAME = "events.geojson";

    private DatasetFiles() {
    }

    /**
     * Opens a user's event file: a dataset, or an {@link InputFileException} listing its problems.
     * Nothing else escapes: a failure no reader foresaw (a bug, a file too deep for the parser, not
     * enough memory) becomes the one problem "could not read FILE: reason".
     */
    public static Dataset open(Path file, RegionMap regions) throws InputFileException {
        try {
            return openChecked(file, regions);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw new InputFileException(file.toString(), "file", "could not read " + file + ": " + e);
        }
    }

    private static Dataset openChecked(Path file, RegionMap regions) throws InputFileException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return CsvEvents.read(file, regions);
        }
        if (name.endsWith(".geojson") || name.endsWith(".json")) {
            return fromEvents(file.getFileName().toString(), EventsGeoJson.read(file, regions), regions);
        }
        throw new InputFileException(file.toString(), "file", "unknown file type: expected .geojson, .json or .csv");
    }

    public static Dataset bundled(RegionMap regions) {
        try (InputStream in = DatasetFiles.class.getResourceAsStream("/data/" + BUNDLED_NAME)) {
            if (in == null) {
                throw new IllegalStateException("the bundled events file is missing from the build");
            }
            return fromEvents(BUNDLED_NAME, EventsGeoJson.read(BUNDLED_NAME, in.readAllBytes(), regions), regions);
        } catch (IOException | InputFileException e) {
            throw new IllegalStateException("the bundled events file is broken: " + e.getMessage(), e);
        }
    }

    /** Puts records into columns, keeping the records themselves for the details panel. */
    public static Dataset fromEvents(String name, List<Event> events, RegionMap regions) {
        EventColumns.Builder b = new EventColumns.Builder();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            b.add((int) e.date().toEpochDay(), (int) e.lastDay().toEpochDay(), regions.indexOf(e.region()).orElseThrow(),
                    e.type().ordinal(), (float) e.lon(), (float) e.lat(), e.fatalities(), e.injured(), e.count(), i);
        }
        List<Event> kept = List.copyOf(events);
        return new Dataset(name, regions, b.build(), kept::get);
    }
}
