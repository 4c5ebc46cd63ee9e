package org.cronomapa.model;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/** A first-level subdivision of Peru with its ISO 3166-2:PE code and outline (WGS84). */
public record Region(String code, String nameEs, String nameEn, Geometry outline) {

    public String name(boolean spanish) {
        return spanish ? nameEs : nameEn;
    }

    /** A point inside the outline, where the label goes. */
    public Point labelPoint() {
        return outline.getInteriorPoint();
    }
}
