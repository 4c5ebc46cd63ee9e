package org.cronomapa.io;

import static org.cronomapa.io.FuzzJson.NODES;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.cronomapa.TestData;
import org.cronomapa.model.Dataset;
import org.cronomapa.model.RegionMap;
import org.locationtech.jts.geom.Coordinate;

/**
 * The readers as the user meets them. A loaded value is also used the way the application
 * uses it, since an exception then reaches the user just the same: an event file's details are
 * read back (a click on a marker re-reads a CSV row), and a region map is used to open events.
 */
final class FuzzUse {
    /** Enough rows for every mutated row of the seeds; the 20,000-row file needs no more. */
    static final int DETAILS_CHECKED = 200;

    private FuzzUse() {
    }

    static Object events(Path file, Consumer<String> phase) throws InputFileException {
        return events(file, TestData.regions(), phase);
    }

    private static Object events(Path file, RegionMap regions, Consumer<String> phase) throws InputFileException {
        Dataset d = DatasetFiles.open(file, regions);
        int n = Math.min(d.events().size(), DETAILS_CHECKED);
        for (int i = 0; i < n; i++) {
            phase.accept("opening the details of event " + i + " of " + file.getFileName() + " (a click on its marker)");
            d.event(i);
        }
        return d.events().size();
    }

    /**
     * Reads the map, then opens a one-event CSV and a one-event GeoJSON file against it, placed
     * on a vertex of its first region (within the 3 km tolerance): this builds the map's grid and
     * code table, as the first file a user opens with the map would.
     */
    static Object regions(Path file, Consumer<String> phase) throws InputFileException, IOException {
        RegionMap map = RegionsReader.read(file);
        String code = map.size() > 0 ? map.get(0).code() : RegionMap.NATIONAL;
        Coordinate c = map.size() > 0 ? map.get(0).outline().getCoordinate() : null;
        double lon = c == null ? -77.04 : c.x;
        double lat = c == null ? -12.05 : c.y;
        Path csv = file.resolveSibling(file.getFileName() + ".use.csv");
        Files.writeString(csv, "id,date,type,region,lat,lon,fatalities\nu1,2023-01-09,march,"
                + FuzzCsvTable.quote(code) + "," + lat + "," + lon + ",0\n", StandardCharsets.UTF_8);
        ObjectNode event = NODES.objectNode().put("type", "Feature");
        event.putObject("geometry").put("type", "Point").putArray("coordinates").add(lon).add(lat);
        event.putObject("properties").put("id", "u1").put("date", "2023-01-09").put("type", "march").put("region", code);
        ObjectNode collection = NODES.objectNode().put("type", "FeatureCollection").put("format_version", 1);
        collection.putArray("features").add(event);
        Path geojson = file.resolveSibling(file.getFileName() + ".use.geojson");
        Files.writeString(geojson, FuzzJson.MAPPER.writeValueAsString(collection), StandardCharsets.UTF_8);
        for (Path use : new Path[] {csv, geojson}) {
            phase.accept("opening " + use.getFileName() + " (one event in " + (code.length() > 30 ? code.substring(0, 30) + "…" : code) + ") against the loaded map");
            try {
                events(use, map, phase);
            } catch (InputFileException e) {
                FuzzOracle.requireWellFormed("using the map of " + file.getFileName() + " to open " + use.getFileName(), e, use);
            }
        }
        return map.size();
    }
}
