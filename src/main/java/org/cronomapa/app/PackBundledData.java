package org.cronomapa.app;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cronomapa.io.AtomicFiles;
import org.cronomapa.io.DatasetFiles;
import org.cronomapa.io.PackedEvents;
import org.cronomapa.io.PackedRegionMap;
import org.cronomapa.io.RegionsReader;
import org.cronomapa.model.RegionMap;

/**
 * Build step, run by Maven in process-classes ({@code exec:java}, pom.xml): parses the bundled region
 * map and events from their GeoJSON on the class path and writes the packed forms the application
 * reads at start, {@code region-map.bin} and {@code events-columns.bin} (docs/decisions/0024-startup-first-map.md).
 * Not a mode of the application.
 */
public final class PackBundledData {
    private PackBundledData() {
    }

    /** {@code args[0]}: the directory to write into, {@code target/classes/data}. */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        RegionMap map = RegionsReader.bundledGeoJson();
        byte[] regions = PackedRegionMap.write(map);
        byte[] events = PackedEvents.write(DatasetFiles.bundledParsed(map).events(), map);
        AtomicFiles.write(dir.resolve("region-map.bin"), o -> o.write(regions));
        AtomicFiles.write(dir.resolve("events-columns.bin"), o -> o.write(events));
        System.out.println("packed the bundled region map (" + regions.length / 1024 + " KB) and event columns ("
                + events.length / 1024 + " KB) into " + dir);
    }
}
