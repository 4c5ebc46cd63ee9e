package org.cronomapa.model;

/** A populated place drawn on the base map to orient by (GeoNames, via {@code data/peru-towns.geojson}). */
public record Town(String name, int population, double lon, double lat) {
}
