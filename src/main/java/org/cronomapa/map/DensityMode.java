package org.cronomapa.map;

/**
 * How a frame shows the window's events: {@link #AUTO} draws markers until the screen holds more
 * than can be told apart, then hexagon bins; the other two force one or the other.
 */
public enum DensityMode {
    AUTO, MARKERS, DENSITY;

    /** Auto → density → markers → auto, as the D key steps through them. */
    public DensityMode next() {
        return values()[(ordinal() + 1) % 3];
    }
}
