package org.cronomapa.io;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.cronomapa.model.EventColumns;
import org.cronomapa.model.RegionMap;

/**
 * The bundled events' columns (day, end, region, type, place, deaths, injured, count), written at
 * build time from {@code events.geojson} beside the packed region map (docs/decisions/0024-startup-first-map.md): what the
 * first frame draws, read without parsing the 1 MB of GeoJSON. The full records (descriptions,
 * sources) are parsed from the GeoJSON only when something asks for one ({@link DatasetFiles#bundled}).
 * The region codes are written too, so columns are never read against another map.
 */
public final class PackedEvents {
    /** "CREV" and the layout's version. */
    private static final int MAGIC = 0x43524556;
    private static final int VERSION = 1;
    static final String RESOURCE = "/data/events-columns.bin";

    private PackedEvents() {
    }

    /** The columns as bytes, with the codes of the map their region indices point into. */
    public static byte[] write(EventColumns c, RegionMap regions) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * c.size() + 1024);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(codes(regions));
            out.writeInt(c.size());
            for (int i = 0; i < c.size(); i++) {
                out.writeInt(c.day(i));
                out.writeInt(c.endDay(i));
                out.writeByte(c.region(i));
                out.writeByte(c.type(i));
                out.writeFloat(c.lon(i));
                out.writeFloat(c.lat(i));
                out.writeInt(c.fatalities(i));
                out.writeInt(c.injured(i));
                out.writeInt(c.count(i));
                out.writeInt(c.detailKey(i));
            }
        }
        return bytes.toByteArray();
    }

    /** Reads what {@link #write} wrote, for the same map; anything else is an {@link IOException} saying so. */
    public static EventColumns read(byte[] bytes, RegionMap regions) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            if (in.getInt() != MAGIC || in.getInt() != VERSION) {
                throw new IOException("not event columns of this version");
            }
            byte[] codes = new byte[in.getShort() & 0xffff];
            in.get(codes);
            if (!new String(codes, StandardCharsets.UTF_8).equals(codes(regions))) {
                throw new IOException("written for another region map");
            }
            int n = in.getInt();
            EventColumns.Builder b = new EventColumns.Builder().ensureCapacity(n);
            for (int i = 0; i < n; i++) {
                b.add(in.getInt(), in.getInt(), in.get(), in.get(), in.getFloat(), in.getFloat(), in.getInt(), in.getInt(),
                        in.getInt(), in.getInt());
            }
            if (in.hasRemaining()) {
                throw new IOException(in.remaining() + " bytes too many");
            }
            return b.build();
        } catch (BufferUnderflowException | IllegalArgumentException | NegativeArraySizeException e) {
            throw new IOException("cut short or damaged: " + e, e);
        }
    }

    /** The bundled columns for this map, or null when the build wrote none or wrote them for another map. */
    static EventColumns bundled(RegionMap regions) {
        try (InputStream in = PackedEvents.class.getResourceAsStream(RESOURCE)) {
            return in == null ? null : read(in.readAllBytes(), regions);
        } catch (IOException anotherMap) {
            return null; // parsed from the GeoJSON instead, as without a build step
        }
    }

    private static String codes(RegionMap regions) {
        StringBuilder s = new StringBuilder();
        regions.regions().forEach(r -> s.append(r.code()).append(','));
        return s.toString();
    }
}
