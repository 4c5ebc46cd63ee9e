package org.cronomapa.io;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.cronomapa.model.Region;
import org.cronomapa.model.RegionGrid;
import org.cronomapa.model.RegionMap;
import org.cronomapa.model.Town;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * The bundled region map written down at build time ({@code region-map.bin}, made from the GeoJSON
 * files by {@code PackBundledData} in Maven's process-classes phase): regions, context countries,
 * towns and the region grid, read back in one pass over a byte buffer instead of parsed with
 * Jackson and rasterised again at every start (docs/decisions/0024-startup-first-map.md). Coordinates are kept as the
 * GeoJSON's doubles, so the geometries are equal to the parsed ones and every pixel stays the same.
 * The GeoJSON stays the source of truth; a test checks that both give the same map.
 */
public final class PackedRegionMap {
    /** "CRMP" and the layout's version; a file with another header is refused. */
    private static final int MAGIC = 0x43524D50;
    private static final int VERSION = 1;
    private static final byte POLYGON = 0;
    private static final byte MULTI_POLYGON = 1;
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private PackedRegionMap() {
    }

    /** The map (its grid included) as bytes. */
    public static byte[] write(RegionMap map) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(map.size());
            for (Region r : map.regions()) {
                text(out, r.code());
                text(out, r.nameEs());
                text(out, r.nameEn());
                geometry(out, r.outline());
            }
            out.writeInt(map.context().size());
            for (Geometry g : map.context()) {
                geometry(out, g);
            }
            out.writeInt(map.towns().size());
            for (Town t : map.towns()) {
                text(out, t.name());
                out.writeInt(t.population());
                out.writeDouble(t.lon());
                out.writeDouble(t.lat());
            }
            RegionGrid grid = map.grid();
            out.writeDouble(grid.minX());
            out.writeDouble(grid.minY());
            out.writeInt(grid.cols());
            out.writeInt(grid.rows());
            int[] runs = grid.runs();
            out.writeInt(runs.length);
            for (int v : runs) {
                out.writeInt(v);
            }
        }
        return bytes.toByteArray();
    }

    /** Reads what {@link #write} wrote; anything else is an {@link IOException} saying so. */
    public static RegionMap read(byte[] bytes) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            if (in.getInt() != MAGIC || in.getInt() != VERSION) {
                throw new IOException("not a region map of this version");
            }
            List<Region> regions = new ArrayList<>();
            for (int i = in.getInt(); i > 0; i--) {
                regions.add(new Region(text(in), text(in), text(in), geometry(in)));
            }
            List<Geometry> context = new ArrayList<>();
            for (int i = in.getInt(); i > 0; i--) {
                context.add(geometry(in));
            }
            List<Town> towns = new ArrayList<>();
            for (int i = in.getInt(); i > 0; i--) {
                towns.add(new Town(text(in), in.getInt(), in.getDouble(), in.getDouble()));
            }
            double minX = in.getDouble();
            double minY = in.getDouble();
            int cols = in.getInt();
            int rows = in.getInt();
            int[] runs = new int[in.getInt()];
            in.asIntBuffer().get(runs);
            in.position(in.position() + 4 * runs.length);
            if (in.hasRemaining()) {
                throw new IOException(in.remaining() + " bytes too many");
            }
            long cells = 0;
            for (int i = 1; i < runs.length; i += 2) {
                cells += runs[i] < 0 ? Integer.MIN_VALUE : runs[i];
            }
            if (cells != (long) cols * rows || runs.length % 2 != 0) {
                throw new IOException("the grid's runs fill " + cells + " cells, not " + cols + " × " + rows);
            }
            // The cells (14 MB for Peru) are unpacked when first needed: a snapshot of the bundled data needs none.
            return new RegionMap(regions, context, towns, () -> RegionGrid.packed(minX, minY, cols, rows, runs));
        } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException | NegativeArraySizeException e) {
            throw new IOException("cut short or damaged: " + e, e);
        }
    }

    private static void geometry(DataOutputStream out, Geometry g) throws IOException {
        out.writeByte(g instanceof MultiPolygon ? MULTI_POLYGON : POLYGON);
        out.writeInt(g.getNumGeometries());
        for (int p = 0; p < g.getNumGeometries(); p++) {
            Polygon polygon = (Polygon) g.getGeometryN(p);
            out.writeInt(1 + polygon.getNumInteriorRing());
            for (int k = -1; k < polygon.getNumInteriorRing(); k++) {
                Coordinate[] ring = (k < 0 ? polygon.getExteriorRing() : polygon.getInteriorRingN(k)).getCoordinates();
                out.writeInt(ring.length);
                for (Coordinate c : ring) {
                    out.writeDouble(c.x);
                    out.writeDouble(c.y);
                }
            }
        }
    }

    private static Geometry geometry(ByteBuffer in) throws IOException {
        byte type = in.get();
        if (type != POLYGON && type != MULTI_POLYGON) {
            throw new IOException("unknown geometry type " + type);
        }
        Polygon[] parts = new Polygon[in.getInt()];
        for (int p = 0; p < parts.length; p++) {
            LinearRing[] rings = new LinearRing[in.getInt()];
            for (int k = 0; k < rings.length; k++) {
                Coordinate[] ring = new Coordinate[in.getInt()];
                for (int i = 0; i < ring.length; i++) {
                    ring[i] = new Coordinate(in.getDouble(), in.getDouble());
                }
                rings[k] = FACTORY.createLinearRing(ring);
            }
            parts[p] = FACTORY.createPolygon(rings[0], java.util.Arrays.copyOfRange(rings, 1, rings.length));
        }
        return type == POLYGON ? parts[0] : FACTORY.createMultiPolygon(parts);
    }

    private static void text(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String text(ByteBuffer in) {
        byte[] b = new byte[in.getInt()];
        in.get(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
