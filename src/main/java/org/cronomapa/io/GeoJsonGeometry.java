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

    /** What is wrong with an outline: a key of the problems bundle and its arguments. */
    static final class Malformed extends Exception {
        final String key;
        final String[] args;

        Malformed(String key, String... args) {
            super(key, null, false, false);
            this.key = key;
            this.args = args;
        }
    }

    static Geometry areal(JsonNode geometry) throws Malformed {
        if (geometry == null || !geometry.isObject()) {
            throw new Malformed("problem.geometry.areal", JsonFiles.kind(geometry));
        }
        String type = geometry.path("type").asText();
        JsonNode coords = geometry.get("coordinates");
        switch (type) {
            case "Polygon":
                return polygon(coords);
            case "MultiPolygon":
                array(coords, "problem.geometry.multiNotArray");
                if (coords.isEmpty()) {
                    throw new Malformed("problem.geometry.multiEmpty");
                }
                Polygon[] parts = new Polygon[coords.size()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = polygon(coords.get(i));
                }
                return FACTORY.createMultiPolygon(parts);
            default:
                throw new Malformed("problem.geometry.type", type);
        }
    }

    private static Polygon polygon(JsonNode rings) throws Malformed {
        array(rings, "problem.geometry.polygonNotArray");
        if (rings.isEmpty()) {
            throw new Malformed("problem.geometry.polygonEmpty");
        }
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode points) throws Malformed {
        array(points, "problem.geometry.ringNotArray");
        if (points.size() < 4) {
            throw new Malformed("problem.geometry.ringShort", String.valueOf(points.size()));
        }
        Coordinate[] c = new Coordinate[points.size()];
        for (int i = 0; i < c.length; i++) {
            JsonNode p = points.get(i);
            if (p == null || !p.isArray() || p.size() < 2 || p.size() > 3 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
                throw new Malformed("problem.geometry.position", String.valueOf(i), JsonFiles.brief(p));
            }
            double lon = p.get(0).asDouble();
            double lat = p.get(1).asDouble();
            if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
                throw new Malformed("problem.geometry.positionRange", String.valueOf(i), String.valueOf(lon), String.valueOf(lat));
            }
            c[i] = new Coordinate(lon, lat);
        }
        if (!c[0].equals2D(c[c.length - 1])) {
            throw new Malformed("problem.geometry.ringOpen");
        }
        return FACTORY.createLinearRing(c);
    }

    /** {@code key} words "X must be an array of coordinates, not {0}" for the level being checked. */
    private static void array(JsonNode node, String key) throws Malformed {
        if (node == null || !node.isArray()) {
            throw new Malformed(key, JsonFiles.kind(node));
        }
    }
}
