package org.cronomapa.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.cronomapa.model.Region;
import org.cronomapa.model.RegionMap;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Reads the region map: {@code peru-regions.geojson} and the optional context countries, or a
 * user's map. Every feature is checked (an object, a code, an outline), so a bad map is a list of
 * problems like a bad events file, never an exception.
 */
public final class RegionsReader {
    /** ISO 3166-2 subdivision codes: country, hyphen, one to three letters or digits. */
    private static final Pattern CODE = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");
    /** The region grid costs 4 bytes per 0.01° cell: 1,600 square degrees is 64 MB, a large country. */
    static final double MAX_AREA_DEGREES = 1600;

    private RegionsReader() {
    }

    /** Where the build writes the bundled map in its packed form ({@link PackedRegionMap}). */
    public static final String PACKED_RESOURCE = "/data/region-map.bin";

    /**
     * The map bundled with the application, with its towns (GeoNames, data/README.md): the packed
     * form the build made from the GeoJSON, or, where that is missing (classes compiled without
     * Maven's process-classes step), the GeoJSON itself.
     */
    public static RegionMap bundled() {
        try (InputStream packed = RegionsReader.class.getResourceAsStream(PACKED_RESOURCE)) {
            if (packed != null) {
                return PackedRegionMap.read(packed.readAllBytes());
            }
        } catch (IOException e) {
            throw new IllegalStateException("the bundled region map " + PACKED_RESOURCE + " is broken: " + e.getMessage(), e);
        }
        return bundledGeoJson();
    }

    /** The bundled map parsed from its GeoJSON files, the source of its packed form. */
    public static RegionMap bundledGeoJson() {
        try (InputStream regions = resource("/data/peru-regions.geojson");
             InputStream context = resource("/data/context-countries.geojson");
             InputStream towns = resource("/data/" + TownsReader.BUNDLED_NAME)) {
            RegionMap map = parse("peru-regions.geojson", regions.readAllBytes(), context.readAllBytes());
            return new RegionMap(map.regions(), map.context(), TownsReader.parse(TownsReader.BUNDLED_NAME, towns.readAllBytes()));
        } catch (IOException | InputFileException e) {
            throw new IllegalStateException("the bundled region map is broken: " + e.getMessage(), e);
        }
    }

    /**
     * A region map from a user's GeoJSON file (Polygon or MultiPolygon features with {@code code},
     * {@code name_es}, {@code name_en}), with no context countries.
     */
    public static RegionMap read(Path file) throws InputFileException {
        try {
            return parse(file.toString(), InputFiles.readChecked(file), null);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw InputFileException.of(file.toString(), "file", "problem.file.couldNotRead", file.toString(), e.toString());
        }
    }

    static RegionMap parse(String name, byte[] regionsJson, byte[] contextJson) throws InputFileException {
        JsonNode root = JsonFiles.parse(name, regionsJson);
        JsonNode features = root.get("features");
        if (!root.isObject() || features == null || !features.isArray()) {
            throw InputFileException.of(name, "type", "problem.geojson.notCollection");
        }
        ProblemLog log = new ProblemLog();
        List<Region> regions = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < features.size(); i++) {
            String at = name + "#" + i;
            Region r = region(features.get(i), at, log);
            if (r != null) {
                Integer first = seen.putIfAbsent(r.code(), i);
                if (first != null) {
                    log.add(at, "code", "problem.region.codeTwice", r.code(), String.valueOf(first));
                }
                regions.add(r);
            }
        }
        if (features.isEmpty()) {
            log.add(name, "features", "problem.region.none");
        } else if (features.size() > 31) {
            log.add(name, "features", "problem.region.tooMany", String.valueOf(features.size()));
        }
        Envelope bounds = new Envelope();
        regions.forEach(r -> bounds.expandToInclude(r.outline().getEnvelopeInternal()));
        if (bounds.getArea() > MAX_AREA_DEGREES) {
            log.add(name, "geometry", "problem.region.tooLarge", String.format(Locale.ROOT, "%.0f", bounds.getWidth()),
                    String.format(Locale.ROOT, "%.0f", bounds.getHeight()), String.format(Locale.ROOT, "%.0f", MAX_AREA_DEGREES));
        }
        if (!log.isEmpty()) {
            throw log.refusal();
        }
        return new RegionMap(regions, context(name, contextJson));
    }

    private static Region region(JsonNode f, String at, ProblemLog log) {
        if (f == null || !f.isObject()) {
            log.add(at, "feature", "problem.geojson.featureNotObject", JsonFiles.kind(f));
            return null;
        }
        JsonNode p = f.get("properties");
        if (p == null || !p.isObject()) {
            log.add(at, "properties", "problem.region.properties", JsonFiles.kind(p));
            return null;
        }
        JsonNode codeNode = p.get("code");
        String code = codeNode != null && codeNode.isTextual() ? codeNode.textValue().trim().toUpperCase(Locale.ROOT) : "";
        boolean ok = true;
        if (!CODE.matcher(code).matches()) {
            log.add(at, "code", "problem.region.code", JsonFiles.brief(codeNode));
            ok = false;
        }
        Geometry outline = null;
        try {
            outline = GeoJsonGeometry.areal(f.get("geometry"));
        } catch (GeoJsonGeometry.Malformed e) {
            log.add(at, "geometry", e.key, e.args);
            ok = false;
        }
        if (!ok) {
            return null;
        }
        String es = text(p, "name_es");
        String en = text(p, "name_en");
        return new Region(code, es != null ? es : en != null ? en : code, en != null ? en : es != null ? es : code, outline);
    }

    private static List<Geometry> context(String name, byte[] contextJson) throws InputFileException {
        List<Geometry> context = new ArrayList<>();
        if (contextJson == null) {
            return context;
        }
        int i = 0;
        for (JsonNode f : JsonFiles.parse(name, contextJson).path("features")) {
            try {
                context.add(GeoJsonGeometry.areal(f.get("geometry")));
            } catch (GeoJsonGeometry.Malformed e) {
                throw InputFileException.of(name + " (context)#" + i, "geometry", e.key, e.args);
            }
            i++;
        }
        return context;
    }

    private static String text(JsonNode p, String field) {
        JsonNode v = p.get(field);
        return v != null && v.isTextual() && !v.textValue().isBlank() ? v.textValue().trim() : null;
    }

    private static InputStream resource(String path) throws IOException {
        InputStream in = RegionsReader.class.getResourceAsStream(path);
        if (in == null) {
            throw new IOException("missing resource " + path);
        }
        return in;
    }
}
