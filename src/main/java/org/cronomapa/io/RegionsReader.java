package org.cronomapa.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.cronomapa.model.Region;
import org.cronomapa.model.RegionMap;
import org.locationtech.jts.geom.Geometry;

/** Reads the region map: {@code peru-regions.geojson} and the optional context countries. */
public final class RegionsReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RegionsReader() {
    }

    /** The map bundled with the application. */
    public static RegionMap bundled() {
        try (InputStream regions = resource("/data/peru-regions.geojson");
             InputStream context = resource("/data/context-countries.geojson")) {
            return read("peru-regions.geojson", regions, context);
        } catch (IOException | InputFileException e) {
            throw new IllegalStateException("the bundled region map is broken: " + e.getMessage(), e);
        }
    }

    /**
     * A region map from a user's GeoJSON file (Polygon or MultiPolygon features with {@code code},
     * {@code name_es}, {@code name_en}), with no context countries.
     */
    public static RegionMap read(java.nio.file.Path file) throws InputFileException {
        byte[] bytes = InputFiles.readChecked(file);
        try {
            return read(file.toString(), new java.io.ByteArrayInputStream(bytes), null);
        } catch (IOException e) {
            throw new InputFileException(file.toString(), "file", "could not read: " + e.getMessage());
        }
    }

    static RegionMap read(String name, InputStream regionsJson, InputStream contextJson)
            throws IOException, InputFileException {
        List<Region> regions = new ArrayList<>();
        JsonNode features = JSON.readTree(regionsJson).path("features");
        for (int i = 0; i < features.size(); i++) {
            JsonNode f = features.get(i);
            JsonNode p = f.path("properties");
            try {
                regions.add(new Region(p.path("code").asText(), p.path("name_es").asText(),
                        p.path("name_en").asText(), GeoJsonGeometry.areal(f.path("geometry"))));
            } catch (RuntimeException e) {
                throw new InputFileException(name + "#" + i, "geometry", e.getMessage());
            }
        }
        List<Geometry> context = new ArrayList<>();
        if (contextJson != null) {
            for (JsonNode f : JSON.readTree(contextJson).path("features")) {
                context.add(GeoJsonGeometry.areal(f.path("geometry")));
            }
        }
        return new RegionMap(regions, context);
    }

    private static InputStream resource(String path) throws IOException {
        InputStream in = RegionsReader.class.getResourceAsStream(path);
        if (in == null) {
            throw new IOException("missing resource " + path);
        }
        return in;
    }
}
