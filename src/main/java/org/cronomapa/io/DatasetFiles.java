package org.cronomapa.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.cronomapa.model.Dataset;
import org.cronomapa.model.Event;
import org.cronomapa.model.EventColumns;
import org.cronomapa.model.RegionMap;

/** Opens an event file by its extension, or the bundled dataset, against a region map. */
public final class DatasetFiles {
    public static final String BUNDLED_NAME = "events.geojson";

    private DatasetFiles() {
    }

    /** The formats Cronomapa reads, told apart by content rather than by the file's name. */
    public enum Format {
        GEOJSON, CSV, ACLED
    }

    /**
     * Opens a user's event file: a dataset, or an {@link InputFileException} listing its problems.
     * Nothing else escapes: a failure no reader foresaw (a bug, a file too deep for the parser, not
     * enough memory) becomes the one problem "could not read FILE: reason".
     */
    public static Dataset open(Path file, RegionMap regions) throws InputFileException {
        return load(file, regions, false).dataset();
    }

    /**
     * Reads any of the three formats, chosen by {@link #sniff}. With {@code skipBadRows} a file whose
     * rows have problems loads its valid rows, and {@link Loaded#skipped()} lists what was left out
     * and why; without it such a file is refused. {@link Loaded#notes()} says what the user should
     * know that is not an error (ACLED rows outside Peru, a region name that disagrees with a point).
     */
    public static Loaded load(Path file, RegionMap regions, boolean skipBadRows) throws InputFileException {
        try {
            switch (sniff(file)) {
                case GEOJSON:
                    return EventsGeoJson.read(file, regions, skipBadRows);
                case ACLED:
                    return AcledCsv.read(file, regions, skipBadRows);
                default:
                    return CsvEvents.read(file, regions, skipBadRows);
            }
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw InputFileException.of(file.toString(), "file", "problem.file.couldNotRead", file.toString(), e.toString());
        }
    }

    /**
     * The format of a file from its first bytes: JSON starts with a brace (after any byte-order
     * mark and blank space); a CSV whose header names ACLED's columns is an ACLED export; any other
     * text is Cronomapa's flat CSV, whose reader says which columns are missing if it is not.
     */
    public static Format sniff(Path file) throws InputFileException {
        long size = InputFiles.checkedSize(file);
        byte[] head = new byte[(int) Math.min(size, 1 << 16)];
        try (var in = java.nio.file.Files.newInputStream(file)) {
            head = java.util.Arrays.copyOf(head, in.readNBytes(head, 0, head.length));
        } catch (IOException e) {
            throw InputFileException.of(file.toString(), "file", "problem.file.cannotRead", e.getMessage());
        }
        int i = head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF ? 3 : 0;
        while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
            i++;
        }
        if (i < head.length && (head[i] == '{' || head[i] == '[')) {
            return Format.GEOJSON;
        }
        CsvLine header = new CsvLine();
        header.read(head, i, head.length);
        return AcledCsv.recognises(header) ? Format.ACLED : Format.CSV;
    }

    /**
     * The bundled dataset: its columns as the build packed them ({@link PackedEvents}), with the full
     * records parsed from the GeoJSON when one is first asked for (a snapshot never asks); or, where
     * the build wrote no columns for this map, everything parsed at once ({@link #bundledParsed}).
     */
    public static Dataset bundled(RegionMap regions) {
        EventColumns packed = PackedEvents.bundled(regions);
        return packed == null ? bundledParsed(regions) : new Dataset(BUNDLED_NAME, regions, packed, new BundledRecords(regions));
    }

    /** The bundled dataset parsed from its GeoJSON, the source of its packed columns. */
    public static Dataset bundledParsed(RegionMap regions) {
        return fromEvents(BUNDLED_NAME, bundledEvents(regions), regions);
    }

    private static List<Event> bundledEvents(RegionMap regions) {
        try (InputStream in = DatasetFiles.class.getResourceAsStream("/data/" + BUNDLED_NAME)) {
            if (in == null) {
                throw new IllegalStateException("the bundled events file is missing from the build");
            }
            return EventsGeoJson.read(BUNDLED_NAME, in.readAllBytes(), regions);
        } catch (IOException | InputFileException e) {
            throw new IllegalStateException("the bundled events file is broken: " + e.getMessage(), e);
        }
    }

    /**
     * Starts parsing a bundled dataset's records on another thread, so they are there when the window
     * first shows one; does nothing for other datasets, or when they are already read.
     */
    public static void readRecordsEarly(Dataset d) {
        if (d.details() instanceof BundledRecords records) {
            java.util.concurrent.CompletableFuture.runAsync(records::all);
        }
    }

    /** The bundled records, parsed once, when first asked for; the key is the record's place in the file. */
    private static final class BundledRecords implements org.cronomapa.model.EventDetails {
        private final RegionMap regions;
        private List<Event> events;

        BundledRecords(RegionMap regions) {
            this.regions = regions;
        }

        synchronized List<Event> all() {
            if (events == null) {
                events = List.copyOf(bundledEvents(regions));
            }
            return events;
        }

        @Override
        public Event event(int key) {
            return all().get(key);
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
