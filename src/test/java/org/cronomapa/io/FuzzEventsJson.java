package org.cronomapa.io;

import static org.cronomapa.io.FuzzFile.Expect.EITHER;
import static org.cronomapa.io.FuzzFile.Expect.LOAD;
import static org.cronomapa.io.FuzzJson.NESTED_100K;
import static org.cronomapa.io.FuzzJson.NODES;
import static org.cronomapa.io.FuzzJson.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.cronomapa.io.FuzzFile.Expect;
import org.cronomapa.io.FuzzFile.Op;

/** The events GeoJSON corpus: a small valid collection and the mutations of its tree. */
final class FuzzEventsJson {
    /** Three events: every optional property, a multi-day one, and a national (PE) figure. */
    static final String SEED = """
            {"type": "FeatureCollection", "format_version": 1, "name": "fuzz seed", "features": [
             {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-70.13, -15.5]},
              "properties": {"id": "pun-1", "date": "2023-01-09", "type": "killing", "region": "PE-PUN",
               "place": "Juliaca", "fatalities": 17, "fatalities_max": 18, "injured": 100, "injured_max": 120,
               "death_kind": "civilian_security_forces", "geo_precision": 1, "time_precision": 1,
               "description_es": "Muertes en enfrentamientos, según la Defensoría", "description_en": "Deaths in clashes",
               "figures": [{"field": "fatalities", "value": 18, "by": "Ministerio Público"}],
               "sources": [{"publisher": "P", "title": "T", "date": "2023-01-10", "url": "https://example.org/a"}]}},
             {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-71.97, -13.52]},
              "properties": {"id": "cus-1", "date": "2023-01-04", "end_date": "2023-01-20", "type": "strike",
               "region": "PE-CUS", "place": "Cusco", "description_es": "Paro \\"indefinido\\"", "sources": []}},
             {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-77.04, -12.05]},
              "properties": {"id": "pe-1", "date": "2023-01-05", "type": "roadblock", "region": "PE", "count": 36}}
            ]}
            """;
    static final int SEED_EVENTS = 3;
    static final String MB3 = "x".repeat(3 << 20);

    private FuzzEventsJson() {
    }

    static List<Op<FuzzJson>> ops() {
        List<Op<FuzzJson>> ops = new ArrayList<>();
        root(ops);
        geometry(ops);
        properties(ops);
        return ops;
    }

    private static void add(List<Op<FuzzJson>> ops, String name, Expect expect, Consumer<FuzzJson> apply) {
        ops.add(new Op<>(name, expect, apply));
    }

    /** The collection itself: not an object, no features, wrong member types, foreign members. */
    private static void root(List<Op<FuzzJson>> ops) {
        add(ops, "root-is-array", EITHER, j -> j.root = NODES.arrayNode().add(j.root));
        add(ops, "root-is-string", EITHER, j -> j.root = TextNode.valueOf("FeatureCollection"));
        add(ops, "root-is-number", EITHER, j -> j.root = NODES.numberNode(1));
        add(ops, "root-is-null", EITHER, j -> j.root = NullNode.instance);
        add(ops, "root-is-empty-object", EITHER, j -> j.root = NODES.objectNode());
        add(ops, "root-is-100k-nested-arrays", EITHER, j -> j.root = j.raw(NESTED_100K));
        add(ops, "type-missing", EITHER, j -> j.rootObject().remove("type"));
        add(ops, "type-Feature", EITHER, j -> j.rootObject().put("type", "Feature"));
        add(ops, "type-number", EITHER, j -> j.rootObject().put("type", 7));
        add(ops, "features-missing", EITHER, j -> j.rootObject().remove("features"));
        add(ops, "features-null", EITHER, j -> j.rootObject().putNull("features"));
        add(ops, "features-object", EITHER, j -> j.rootObject().set("features", j.feature(0)));
        add(ops, "features-string", EITHER, j -> j.rootObject().put("features", "none"));
        add(ops, "features-empty", EITHER, j -> j.features().removeAll());
        add(ops, "features-contain-null", EITHER, j -> j.features().addNull());
        add(ops, "features-contain-number", EITHER, j -> j.features().add(42));
        add(ops, "features-contain-string", EITHER, j -> j.features().add("Feature"));
        add(ops, "features-contain-array", EITHER, j -> j.features().addArray().add(1));
        add(ops, "features-10000-empty-objects", EITHER, j -> {
            for (int i = 0; i < 10_000; i++) {
                j.features().addObject();
            }
        });
        for (String v : new String[] {"2", "\"1\"", "-1", "1.9", "1e400", "NaN", "99999999999999999999", "[1]", "null"}) {
            add(ops, "format_version=" + v, EITHER, j -> j.rootObject().set("format_version", j.raw(v)));
        }
        add(ops, "foreign-members-bbox-crs", LOAD, j -> {
            j.rootObject().set("bbox", json("[-81, -18, -68, 0]"));
            j.rootObject().set("crs", json("{'type': 'name', 'properties': {'name': 'EPSG:4326'}}"));
        });
        add(ops, "comments-in-json", EITHER, j -> j.rootObject().set("name", j.raw("/* comment */ \"x\"")));
        add(ops, "trailing-garbage", EITHER, j -> j.rootObject().set("name", j.raw("\"x\"}} trailing")));
        add(ops, "duplicate-member", EITHER, j -> j.rootObject().set("name", j.raw("\"x\", \"type\": \"Nope\"")));
    }

    /** Each feature must be a Point with [lon, lat]: other shapes, dimensions and number forms. */
    private static void geometry(List<Op<FuzzJson>> ops) {
        add(ops, "feature-empty-object", EITHER, j -> j.features().set(0, NODES.objectNode()));
        add(ops, "geometry-null", EITHER, j -> j.feature(0).putNull("geometry"));
        add(ops, "geometry-missing", EITHER, j -> j.feature(0).remove("geometry"));
        add(ops, "properties-null", EITHER, j -> j.feature(0).putNull("properties"));
        add(ops, "properties-missing", EITHER, j -> j.feature(0).remove("properties"));
        add(ops, "properties-array", EITHER, j -> j.feature(0).set("properties", json("[1, 2]")));
        add(ops, "properties-string", EITHER, j -> j.feature(0).put("properties", "id=pun-1"));
        add(ops, "polygon-where-point-belongs", EITHER, j -> j.feature(0).set("geometry", json(
                "{'type': 'Polygon', 'coordinates': [[[-70.2, -15.6], [-70.0, -15.6], [-70.0, -15.4], [-70.2, -15.6]]]}")));
        add(ops, "polygon-type-with-point-coordinates", EITHER, j -> j.geometry(0).put("type", "Polygon"));
        add(ops, "multipoint", EITHER, j -> j.feature(0).set("geometry",
                json("{'type': 'MultiPoint', 'coordinates': [[-70.13, -15.5]]}")));
        add(ops, "linestring", EITHER, j -> j.feature(0).set("geometry",
                json("{'type': 'LineString', 'coordinates': [[-70.13, -15.5], [-70.0, -15.4]]}")));
        add(ops, "geometrycollection", EITHER, j -> j.feature(0).set("geometry", json("{'type': 'GeometryCollection', "
                + "'geometries': [{'type': 'Point', 'coordinates': [-70.13, -15.5]}]}")));
        add(ops, "point-type-lowercase", EITHER, j -> j.geometry(0).put("type", "point"));
        add(ops, "point-3d", LOAD, j -> j.geometry(0).set("coordinates", json("[-70.13, -15.5, 3825.0]")));
        add(ops, "point-4d", EITHER, j -> j.geometry(0).set("coordinates", json("[-70.13, -15.5, 3825.0, 7]")));
        coordinates(ops, "one-number", "[-70.13]");
        coordinates(ops, "empty", "[]");
        coordinates(ops, "null", "null");
        coordinates(ops, "strings", "[\"-70.13\", \"-15.5\"]");
        coordinates(ops, "object", "{\"lon\": -70.13, \"lat\": -15.5}");
        coordinates(ops, "nested", "[[-70.13, -15.5]]");
        coordinates(ops, "NaN", "[NaN, -15.5]");
        coordinates(ops, "NaN-strings", "[\"NaN\", \"NaN\"]");
        coordinates(ops, "Infinity", "[-Infinity, Infinity]");
        coordinates(ops, "1e400", "[1e400, -1e400]");
        coordinates(ops, "huge-integers", "[" + BigInteger.TEN.pow(30) + ", -" + BigInteger.TEN.pow(30) + "]");
        coordinates(ops, "1000-digit-number", "[-70." + "1".repeat(1000) + ", -15.5]");
        coordinates(ops, "swapped-lat-lon", "[-15.5, -70.13]");
        coordinates(ops, "outside-peru", "[0, 0]");
        coordinates(ops, "100k-nested-arrays", NESTED_100K);
    }

    private static void coordinates(List<Op<FuzzJson>> ops, String name, String raw) {
        add(ops, "point-coordinates-" + name, EITHER, j -> j.geometry(0).set("coordinates", j.raw(raw)));
    }

    /** Wrong JSON types and impossible values in each property. */
    private static void properties(List<Op<FuzzJson>> ops) {
        add(ops, "unknown-extra-property", LOAD, j -> j.properties(0).put("colour", "red"));
        add(ops, "optional-property-null", LOAD, j -> j.properties(0).putNull("place"));
        property(ops, "id", j -> null, j -> NullNode.instance, j -> NODES.numberNode(42), j -> NODES.numberNode(1.5),
                j -> TextNode.valueOf(""), j -> TextNode.valueOf("   "), j -> json("{'a': 1}"), j -> json("[1]"),
                j -> TextNode.valueOf(MB3));
        add(ops, "id-duplicate", EITHER, j -> j.properties(1).put("id", "pun-1"));
        property(ops, "date", j -> null, text("2023-02-30"), text("2023-13-01"), text("0000-00-00"), text("1899-12-31"),
                text("2101-01-01"), text("+999999999-12-31"), text("-999999999-01-01"), j -> NODES.numberNode(20230109),
                text("2023-01-09T00:00:00Z"), text(" 2023-01-09 "), text("２０２３-01-09"), j -> json("['2023-01-09']"));
        property(ops, "end_date", text("2023-01-01"), text("2023-02-29"), text(""), j -> NODES.numberNode(20230120));
        property(ops, "type", text("riot"), text("KILLING"), text(" killing "), j -> NODES.numberNode(4),
                j -> json("['killing']"), j -> NullNode.instance);
        property(ops, "region", text(" PE-PUN"), text("PE-PUN "), text("pe-pun"), text("PE-ZZZ"), text("PE-LMA"),
                j -> NODES.numberNode(5), j -> json("{'code': 'PE-PUN'}"));
        property(ops, "fatalities", text("-1"), j -> NODES.numberNode(-1), j -> NODES.numberNode(1.5), text("NaN"),
                raw("NaN"), raw("1e400"), j -> NODES.numberNode(2147483648L), raw("99999999999999999999"),
                j -> NODES.booleanNode(true), j -> json("[17]"), j -> json("{'n': 17}"), text("17"), text("-0"));
        property(ops, "fatalities_max", j -> NODES.numberNode(-3), raw("-Infinity"));
        property(ops, "injured", j -> NODES.numberNode(-5), raw("1e-400"));
        property(ops, "injured_max", j -> json("[120]"));
        property(ops, "count", j -> NODES.numberNode(-1), raw("1e400"), j -> NODES.numberNode(Long.MAX_VALUE));
        property(ops, "sources", j -> NullNode.instance, text("https://example.org"), j -> json("{'url': 'https://x.org'}"),
                j -> json("['https://example.org']"), j -> json("[1, 2]"), j -> json("[{'publisher': 'P'}]"),
                j -> json("[{'url': 'javascript:alert(1)'}]"), j -> json("[{'url': 7}]"), raw(NESTED_100K),
                FuzzEventsJson::tenThousandSources);
        property(ops, "figures", text("many"), j -> json("['a', 'b']"), j -> json("[{'value': 'abc'}]"),
                raw("[{\"field\": \"fatalities\", \"value\": 1e400}]"), j -> json("[{'value': {'n': 1}}]"),
                j -> json("{'value': 1}"));
        property(ops, "geo_precision", text("x"), j -> json("[1]"), raw("1e400"));
        property(ops, "time_precision", j -> NODES.numberNode(-1), raw("99999999999999999999"));
        property(ops, "description_es", j -> TextNode.valueOf(MB3));
        property(ops, "place", j -> TextNode.valueOf("[".repeat(100_000)));
    }

    /** One mutation per value; a null value removes the property. */
    @SafeVarargs
    private static void property(List<Op<FuzzJson>> ops, String field, Function<FuzzJson, JsonNode>... values) {
        for (Function<FuzzJson, JsonNode> v : values) {
            add(ops, field + "=" + label(v), EITHER, j -> {
                JsonNode value = v.apply(j);
                if (value == null) {
                    j.properties(0).remove(field);
                } else {
                    j.properties(0).set(field, value);
                }
            });
        }
    }

    /** The value as it will be written, for the mutation's name; long values are named by size. */
    private static String label(Function<FuzzJson, JsonNode> value) {
        FuzzJson probe = new FuzzJson("{}");
        JsonNode node = value.apply(probe);
        if (node == null) {
            return "missing";
        }
        probe.root = node;
        String s = probe.render().replaceAll("\\s+", " ");
        boolean raw = node.isTextual() && node.asText().startsWith("@@RAW");
        String type = raw ? "raw" : node.getNodeType().toString().toLowerCase();
        return s.length() > 24 ? type + "-" + s.length() + "-chars" : s;
    }

    private static Function<FuzzJson, JsonNode> text(String s) {
        return j -> TextNode.valueOf(s);
    }

    private static Function<FuzzJson, JsonNode> raw(String s) {
        return j -> j.raw(s);
    }

    private static JsonNode tenThousandSources(FuzzJson j) {
        ArrayNode a = NODES.arrayNode();
        for (int i = 0; i < 10_000; i++) {
            a.addObject().put("publisher", "P" + i).put("url", "https://example.org/" + i);
        }
        return a;
    }
}
