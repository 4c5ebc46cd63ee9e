package org.cronomapa.io;

import com.fasterxml.jackson.databind.JsonNode;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/** Turns GeoJSON Polygon and MultiPolygon nodes into JTS geometries. */
final class GeoJsonGeometry {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private GeoJsonGeometry() {
    }

    static Geometry areal(JsonNode geometry) {
        String type = geometry.path("type").asText();
        JsonNode coords = geometry.path("coordinates");
        switch (type) {
            case "Polygon":
                return polygon(coords);
            case "MultiPolygon":
                Polygon[] parts = new Polygon[coords.size()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = polygon(coords.get(i));
                }
                return FACTORY.createMultiPolygon(parts);
            default:
                throw new IllegalArgumentException("geometry type must be Polygon or MultiPolygon, not '" + type + "'");
        }
    }

    private static Polygon polygon(JsonNode rings) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new IllegalArgumentException("a polygon needs at least one ring");
        }
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode points) {
        Coordinate[] c = new Coordinate[points.size()];
        for (int i = 0; i < c.length; i++) {
            JsonNode p = points.get(i);
            c[i] = new Coordinate(p.get(0).asDouble(), p.get(1).asDouble());
        }
        return FACTORY.createLinearRing(c);
    }
}
