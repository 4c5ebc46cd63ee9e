package org.cronomapa.io;

import com.fasterxml.jackson.databind.JsonNode;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Turns GeoJSON Polygon and MultiPolygon nodes into JTS geometries, checking every level first,
 * so a malformed outline is a {@link Malformed} with a message, never a parser's or JTS's exception.
 */
final class GeoJsonGeometry {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private GeoJsonGeometry() {
    }

    /** What is wrong with an outline, in the user's words. */
    static final class Malformed extends Exception {
        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    static Geometry areal(JsonNode geometry) throws Malformed {
        if (geometry == null || !geometry.isObject()) {
            throw new Malformed("each region needs a Polygon or MultiPolygon geometry, not " + JsonFiles.kind(geometry));
        }
        String type = geometry.path("type").asText();
        JsonNode coords = geometry.get("coordinates");
        switch (type) {
            case "Polygon":
                return polygon(coords);
            case "MultiPolygon":
                array(coords, "a MultiPolygon's coordinates");
                if (coords.isEmpty()) {
                    throw new Malformed("a MultiPolygon needs at least one polygon");
                }
                Polygon[] parts = new Polygon[coords.size()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = polygon(coords.get(i));
                }
                return FACTORY.createMultiPolygon(parts);
            default:
                throw new Malformed("geometry type must be Polygon or MultiPolygon, not '" + type + "'");
        }
    }

    private static Polygon polygon(JsonNode rings) throws Malformed {
        array(rings, "a polygon");
        if (rings.isEmpty()) {
            throw new Malformed("a polygon needs at least one ring");
        }
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode points) throws Malformed {
        array(points, "a ring");
        if (points.size() < 4) {
            throw new Malformed("a ring needs at least 4 positions (the first repeated last), not " + points.size());
        }
        Coordinate[] c = new Coordinate[points.size()];
        for (int i = 0; i < c.length; i++) {
            JsonNode p = points.get(i);
            if (p == null || !p.isArray() || p.size() < 2 || p.size() > 3 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
                throw new Malformed("position " + i + " of a ring must be [lon, lat] numbers, not " + brief(p));
            }
            double lon = p.get(0).asDouble();
            double lat = p.get(1).asDouble();
            if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
                throw new Malformed("position " + i + " of a ring, [" + lon + ", " + lat + "], is outside -180..180, -90..90");
            }
            c[i] = new Coordinate(lon, lat);
        }
        if (!c[0].equals2D(c[c.length - 1])) {
            throw new Malformed("a ring must end where it starts: its first and last positions differ");
        }
        return FACTORY.createLinearRing(c);
    }

    private static void array(JsonNode node, String what) throws Malformed {
        if (node == null || !node.isArray()) {
            throw new Malformed(what + " must be an array of coordinates, not " + JsonFiles.kind(node));
        }
    }

    private static String brief(JsonNode p) {
        String s = p == null ? "nothing" : p.toString();
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
