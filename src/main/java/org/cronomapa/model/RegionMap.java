package org.cronomapa.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * The regions in a fixed order (their index is used in every array of the time index), plus
 * the neighbouring countries drawn for context and the towns labelled when zoomed in (largest first).
 */
public final class RegionMap {
    /** Region code for a figure that concerns the whole country rather than one region. */
    public static final String NATIONAL = "PE";
    public static final int NATIONAL_INDEX = -1;

    private final List<Region> regions;
    private final List<Geometry> context;
    private final List<Town> towns;
    private final Map<String, Integer> indexByCode = new HashMap<>();
    private final PreparedGeometry[] prepared;
    private final Envelope bounds = new Envelope();
    private volatile RegionGrid grid;
    private final java.util.function.Supplier<RegionGrid> madeGrid;

    public RegionMap(List<Region> regions, List<Geometry> context) {
        this(regions, context, List.of());
    }

    /** With towns to label on the map; they are kept largest first. */
    public RegionMap(List<Region> regions, List<Geometry> context, List<Town> towns) {
        this(regions, context, towns, null);
    }

    /**
     * With the region grid made beforehand ({@link RegionGrid#of} of the same regions, written down at
     * build time) and unpacked by {@code grid} when first asked for, or null to build it then.
     */
    public RegionMap(List<Region> regions, List<Geometry> context, List<Town> towns,
            java.util.function.Supplier<RegionGrid> grid) {
        if (regions.size() > 31) {
            throw new IllegalArgumentException("a region map holds at most 31 regions, not " + regions.size());
        }
        this.regions = List.copyOf(regions);
        this.context = List.copyOf(context);
        this.towns = towns.stream()
                .sorted(java.util.Comparator.comparingInt(Town::population).reversed().thenComparing(Town::name))
                .toList();
        this.prepared = new PreparedGeometry[regions.size()];
        for (int i = 0; i < regions.size(); i++) {
            Region r = regions.get(i);
            indexByCode.put(r.code(), i);
            prepared[i] = PreparedGeometryFactory.prepare(r.outline());
            bounds.expandToInclude(r.outline().getEnvelopeInternal());
        }
        this.madeGrid = grid;
    }

    public List<Region> regions() {
        return regions;
    }

    public List<Geometry> context() {
        return context;
    }

    /** Towns to orient by, largest first; empty for a user's own map. */
    public List<Town> towns() {
        return towns;
    }

    public int size() {
        return regions.size();
    }

    public Region get(int index) {
        return regions.get(index);
    }

    /** The region's index, {@link #NATIONAL_INDEX} for {@code PE}, empty when unknown. */
    public Optional<Integer> indexOf(String code) {
        if (NATIONAL.equals(code)) {
            return Optional.of(NATIONAL_INDEX);
        }
        return Optional.ofNullable(indexByCode.get(code));
    }

    public Envelope bounds() {
        return new Envelope(bounds);
    }

    /**
     * Points this far (degrees, about 3 km) outside a boundary still count as inside: the outlines
     * are coarse. Measured on the grid (any cell within this distance holding the region), so the
     * answer is the same for every file, large or small.
     */
    public static final double TOLERANCE_DEG = 0.03;

    /** Whether the point lies in the region or within about {@link #TOLERANCE_DEG} of it. */
    public boolean regionContains(int index, double lon, double lat) {
        int bit = 1 << index;
        int mask = grid().at(lon, lat);
        if (mask == bit) {
            return true;
        }
        if ((mask & bit) != 0 && prepared[index].covers(point(lon, lat))) {
            return true;
        }
        return grid().near(bit, lon, lat, TOLERANCE_DEG);
    }

    /** Whether the point lies in Peru (or within the tolerance of it). */
    public boolean countryContains(double lon, double lat) {
        for (int i = 0; i < regions.size(); i++) {
            if (regionContains(i, lon, lat)) {
                return true;
            }
        }
        return false;
    }

    /** The region a point falls in, or -1. */
    public int regionAt(double lon, double lat) {
        int mask = grid().at(lon, lat);
        if (mask != 0 && (mask & RegionGrid.BORDER) == 0) {
            return Integer.numberOfTrailingZeros(mask);
        }
        org.locationtech.jts.geom.Point p = point(lon, lat);
        for (int i = 0; i < prepared.length; i++) {
            if ((mask & (1 << i)) != 0 && prepared[i].covers(p)) {
                return i;
            }
        }
        return -1;
    }

    /** The grid of regions per 0.01° cell, made on first use (a snapshot of the bundled data needs none). */
    public RegionGrid grid() {
        RegionGrid g = grid;
        return g != null ? g : madeGridOnce(); // small, so a C1-compiled row check inlines it
    }

    private synchronized RegionGrid madeGridOnce() {
        if (grid == null) {
            grid = madeGrid != null ? madeGrid.get() : new RegionGrid(regions, bounds);
        }
        return grid;
    }

    private static org.locationtech.jts.geom.Point point(double lon, double lat) {
        return FACTORY.createPoint(new org.locationtech.jts.geom.Coordinate(lon, lat));
    }

    private static final GeometryFactory FACTORY = new GeometryFactory();
}
