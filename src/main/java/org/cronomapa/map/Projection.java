package org.cronomapa.map;

/**
 * Equirectangular projection scaled at Peru's middle latitude: x = lon·cos(φ₀), y = −lat.
 * Linear, so a viewport turns degrees into pixels with one multiply-add per axis; over Peru's
 * 18° of latitude its shape error stays small (see docs/decisions/0003-projection.md).
 */
public final class Projection {
    public static final Projection PERU = new Projection(-9.2);

    private final double kx;

    public Projection(double centralLatitude) {
        this.kx = Math.cos(Math.toRadians(centralLatitude));
    }

    public double x(double lon) {
        return lon * kx;
    }

    public double y(double lat) {
        return -lat;
    }

    public double lon(double x) {
        return x / kx;
    }

    public double lat(double y) {
        return -y;
    }
}
