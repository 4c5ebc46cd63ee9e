package org.cronomapa.io;

import static org.cronomapa.io.FuzzFile.Expect.EITHER;
import static org.cronomapa.io.FuzzFile.Expect.LOAD;
import static org.cronomapa.io.FuzzJson.NESTED_100K;
import static org.cronomapa.io.FuzzJson.NODES;
import static org.cronomapa.io.FuzzJson.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.cronomapa.io.FuzzFile.Expect;
import org.cronomapa.io.FuzzFile.Op;

/**
 * The region-map corpus: four real regions of the bundled map (Tumbes, a Polygon, first; Callao,
 * a MultiPolygon, second) and the mutations of their geometry and properties.
 */
final class FuzzRegionsJson {
    static final Set<String> SEED_CODES = Set.of("PE-TUM", "PE-CAL", "PE-ANC", "PE-LMA");
    private static String seed;

    private FuzzRegionsJson() {
    }

    /** The seed's text, taken from the bundled map so its outlines are real ones. */
    static synchronized String seed() {
        if (seed == null) {
            try (InputStream in = FuzzRegionsJson.class.getResourceAsStream("/data/peru-regions.geojson")) {
                FuzzJson map = new FuzzJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                ArrayNode kept = NODES.arrayNode();
                // Áncash brings non-ASCII text, for the encoding mutations to damage.
                for (String code : List.of("PE-TUM", "PE-CAL", "PE-ANC", "PE-LMA")) {
                    map.features().forEach(f -> {
                        if (code.equals(f.path("properties").path("code").asText())) {
                            kept.add(f);
                        }
                    });
                }
                map.rootObject().set("features", kept);
                seed = map.render();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return seed;
    }

    static List<Op<FuzzJson>> ops() {
        List<Op<FuzzJson>> ops = new ArrayList<>();
        root(ops);
        geometry(ops);
        numbers(ops);
        properties(ops);
        return ops;
    }

    private static void add(List<Op<FuzzJson>> ops, String name, Expect expect, Consumer<FuzzJson> apply) {
        ops.add(new Op<>(name, expect, apply));
    }

    private static void root(List<Op<FuzzJson>> ops) {
        add(ops, "root-is-array", EITHER, j -> j.root = NODES.arrayNode().add(j.root));
        add(ops, "root-is-string", EITHER, j -> j.root = TextNode.valueOf("FeatureCollection"));
        add(ops, "root-is-null", EITHER, j -> j.root = NullNode.instance);
        add(ops, "root-is-empty-object", EITHER, j -> j.root = NODES.objectNode());
        add(ops, "root-is-100k-nested-arrays", EITHER, j -> j.root = j.raw(NESTED_100K));
        add(ops, "type-Feature", EITHER, j -> j.rootObject().put("type", "Feature"));
        add(ops, "features-missing", EITHER, j -> j.rootObject().remove("features"));
        add(ops, "features-null", EITHER, j -> j.rootObject().putNull("features"));
        add(ops, "features-object", EITHER, j -> j.rootObject().set("features", j.feature(0)));
        add(ops, "features-empty", EITHER, j -> j.features().removeAll());
        add(ops, "features-contain-null", EITHER, j -> j.features().addNull());
        add(ops, "features-contain-number", EITHER, j -> j.features().add(42));
    }

    /** Shapes that are not areas, rings that are not rings, nesting at the wrong depth. */
    private static void geometry(List<Op<FuzzJson>> ops) {
        add(ops, "geometry-null", EITHER, j -> j.feature(0).putNull("geometry"));
        add(ops, "geometry-missing", EITHER, j -> j.feature(0).remove("geometry"));
        geometry(ops, "point-where-polygon-belongs", "{'type': 'Point', 'coordinates': [-80.4, -3.6]}");
        geometry(ops, "linestring", "{'type': 'LineString', 'coordinates': [[-80.4, -3.6], [-80.2, -3.8]]}");
        geometry(ops, "geometrycollection", "{'type': 'GeometryCollection', 'geometries': []}");
        geometry(ops, "type-number", "{'type': 5, 'coordinates': []}");
        geometry(ops, "coordinates-null", "{'type': 'Polygon', 'coordinates': null}");
        geometry(ops, "coordinates-empty", "{'type': 'Polygon', 'coordinates': []}");
        geometry(ops, "ring-empty", "{'type': 'Polygon', 'coordinates': [[]]}");
        geometry(ops, "ring-of-3-points", "{'type': 'Polygon', 'coordinates': [[[-80.4, -3.6], [-80.2, -3.8], [-80.4, -3.6]]]}");
        geometry(ops, "ring-of-numbers", "{'type': 'Polygon', 'coordinates': [[-80.4, -3.6, -80.2, -3.8]]}");
        geometry(ops, "positions-of-one-number", "{'type': 'Polygon', 'coordinates': [[[-80.4], [-80.2], [-80.0], [-80.4]]]}");
        geometry(ops, "positions-empty", "{'type': 'Polygon', 'coordinates': [[[], [], [], []]]}");
        geometry(ops, "positions-null", "{'type': 'Polygon', 'coordinates': [[null, null, null, null]]}");
        geometry(ops, "positions-strings", "{'type': 'Polygon', 'coordinates': "
                + "[[['-80.4', '-3.6'], ['-80.2', '-3.8'], ['-80.0', '-3.6'], ['-80.4', '-3.6']]]}");
        geometry(ops, "bowtie-self-intersecting", "{'type': 'Polygon', 'coordinates': "
                + "[[[-80.4, -3.6], [-80.0, -4.0], [-80.0, -3.6], [-80.4, -4.0], [-80.4, -3.6]]]}");
        geometry(ops, "hole-outside-shell", "{'type': 'Polygon', 'coordinates': [[[-80.4, -3.6], [-80.0, -3.6], "
                + "[-80.0, -4.0], [-80.4, -3.6]], [[-70, -10], [-69, -10], [-69, -11], [-70, -10]]]}");
        geometry(ops, "hole-unclosed", "{'type': 'Polygon', 'coordinates': [[[-80.4, -3.6], [-80.0, -3.6], "
                + "[-80.0, -4.0], [-80.4, -3.6]], [[-80.3, -3.7], [-80.1, -3.7], [-80.1, -3.8], [-80.2, -3.9]]]}");
        geometry(ops, "whole-world-polygon", "{'type': 'Polygon', 'coordinates': "
                + "[[[-180, -90], [180, -90], [180, 90], [-180, 90], [-180, -90]]]}");
        geometry(ops, "polygon-with-multipolygon-depth", "{'type': 'Polygon', 'coordinates': "
                + "[[[[-80.4, -3.6], [-80.0, -3.6], [-80.0, -4.0], [-80.4, -3.6]]]]}");
        add(ops, "ring-unclosed", EITHER, j -> ring0(j).remove(ring0(j).size() - 1));
        add(ops, "ring-of-2-points", EITHER, j -> {
            while (ring0(j).size() > 2) {
                ring0(j).remove(ring0(j).size() - 1);
            }
        });
        add(ops, "polygon-3d", LOAD, j -> ring0(j).forEach(p -> {
            if (p instanceof ArrayNode position) {
                position.add(3825.5);
            }
        }));
        add(ops, "multipolygon-empty", EITHER, j -> j.geometry(1).set("coordinates", NODES.arrayNode()));
        add(ops, "multipolygon-empty-part", EITHER, j -> coordinatesOf(j, 1).add(NODES.arrayNode()));
        add(ops, "multipolygon-with-polygon-depth", EITHER, j -> j.geometry(1).set("coordinates", coordinatesOf(j, 0)));
        add(ops, "coordinates-100k-nested-arrays", EITHER, j -> j.geometry(0).set("coordinates", j.raw(NESTED_100K)));
        add(ops, "ring-of-200k-points", EITHER, j -> j.geometry(0).set("coordinates", circle(200_000)));
    }

    private static void geometry(List<Op<FuzzJson>> ops, String name, String geometry) {
        add(ops, name, EITHER, j -> j.feature(0).set("geometry", json(geometry)));
    }

    /** One vertex of Tumbes' outer ring replaced; the first and last stay equal so the ring stays closed. */
    private static void numbers(List<Op<FuzzJson>> ops) {
        String[] vertices = {"[NaN, NaN]", "[\"NaN\", \"NaN\"]", "[-Infinity, Infinity]", "[1e400, -1e400]",
            "[1e300, -3.6]", "[-80.4, -1e300]", "[99999999999999999999999, 0]", "[-80.4, true]", "[{}, []]"};
        for (String v : vertices) {
            add(ops, "vertex=" + v.replace("\"", ""), EITHER, j -> {
                if (ring0(j).size() > 2) {
                    ring0(j).set(1, j.raw(v));
                }
            });
        }
    }

    private static void properties(List<Op<FuzzJson>> ops) {
        add(ops, "properties-null", EITHER, j -> j.feature(0).putNull("properties"));
        add(ops, "properties-missing", EITHER, j -> j.feature(0).remove("properties"));
        add(ops, "properties-array", EITHER, j -> j.feature(0).set("properties", json("['PE-TUM']")));
        add(ops, "code-missing", EITHER, j -> j.properties(0).remove("code"));
        for (String code : new String[] {"", "PE", "pe-tum", " PE-TUM", "PE-ÑAN", "PE-TUMB", "PE-[[[", "TUM"}) {
            add(ops, "code=\"" + code + "\"", EITHER, j -> j.properties(0).put("code", code));
        }
        add(ops, "code-number", EITHER, j -> j.properties(0).put("code", 5));
        add(ops, "code-3mb", EITHER, j -> j.properties(0).put("code", FuzzCsv.MB3));
        add(ops, "code-duplicate", EITHER, j -> j.properties(1).put("code", "PE-TUM"));
        add(ops, "name_es-null", EITHER, j -> j.properties(0).putNull("name_es"));
        add(ops, "name_en-number", EITHER, j -> j.properties(0).put("name_en", 7));
        add(ops, "name_es-3mb", EITHER, j -> j.properties(0).put("name_es", FuzzCsv.MB3));
        add(ops, "32-regions", EITHER, j -> {
            ArrayNode features = j.features();
            for (int i = 0; features.size() < 32 && i < 32; i++) {
                ObjectNode copy = j.feature(0).deepCopy();
                copy.set("properties", NODES.objectNode().put("code", "PE-Z" + (char) ('A' + i / 26) + (char) ('A' + i % 26))
                        .put("name_es", "Copia " + i).put("name_en", "Copy " + i));
                features.add(copy);
            }
        });
    }

    /** The outer ring of feature 0's Polygon, or a detached array when a mutation removed it. */
    private static ArrayNode ring0(FuzzJson j) {
        JsonNode ring = j.geometry(0).path("coordinates").path(0);
        return ring instanceof ArrayNode a ? a : NODES.arrayNode();
    }

    private static ArrayNode coordinatesOf(FuzzJson j, int feature) {
        return j.geometry(feature).get("coordinates") instanceof ArrayNode a ? a : NODES.arrayNode();
    }

    /** A closed ring of n points around Tumbes: a large but well-formed outline. */
    private static ArrayNode circle(int n) {
        ArrayNode ring = NODES.arrayNode();
        for (int i = 0; i <= n; i++) {
            double a = 2 * Math.PI * (i % n) / n;
            ring.addArray().add(-80.4 + 0.3 * Math.cos(a)).add(-3.8 + 0.3 * Math.sin(a));
        }
        return NODES.arrayNode().add(ring);
    }
}
