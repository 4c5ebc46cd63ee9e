package org.cronomapa.app;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cronomapa.io.AtomicFiles;
import org.cronomapa.io.PackedRegionMap;
import org.cronomapa.io.RegionsReader;

/**
 * Build step, run by Maven in process-classes ({@code exec:java}, pom.xml): parses the bundled
 * region map's GeoJSON from the class path and writes its packed form, which the application reads
 * at start (docs/decisions/0020). Not a mode of the application.
 */
public final class BuildRegionMap {
    private BuildRegionMap() {
    }

    /** {@code args[0]}: the file to write, {@code target/classes/data/region-map.bin}. */
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        byte[] packed = PackedRegionMap.write(RegionsReader.bundledGeoJson());
        Files.createDirectories(out.toAbsolutePath().getParent());
        AtomicFiles.write(out, o -> o.write(packed));
        System.out.println("packed the bundled region map into " + out + " (" + packed.length / 1024 + " KB)");
    }
}
