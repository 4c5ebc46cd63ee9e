package org.cronomapa.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.cronomapa.model.Region;
import org.cronomapa.model.RegionGrid;
import org.cronomapa.model.RegionMap;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

/**
 * The packed region map the build writes (docs/decisions/0024-startup-first-map.md) is the GeoJSON's map: the same
 * regions in the same order, outlines equal vertex for vertex, the same context countries, towns
 * and region grid, so the window and every export draw the same pixels from either.
 */
class PackedRegionMapTest {
    private static final RegionMap GEOJSON = RegionsReader.bundledGeoJson();

    @Test
    void theBuildPackedTheBundledMapAndStartReadsIt() throws IOException {
        try (InputStream in = RegionsReader.class.getResourceAsStream(RegionsReader.PACKED_RESOURCE)) {
            assertNotNull(in, "the build (process-classes) writes " + RegionsReader.PACKED_RESOURCE);
            assertSameMap(GEOJSON, PackedRegionMap.read(in.readAllBytes()));
        }
        assertSameMap(GEOJSON, RegionsReader.bundled());
    }

    @Test
    void writingAndReadingGivesTheSameMap() throws IOException {
        assertSameMap(GEOJSON, PackedRegionMap.read(PackedRegionMap.write(GEOJSON)));
    }

    @Test
    void theGridReadBackHasTheCellsTheRegionsGive() {
        RegionGrid built = RegionGrid.of(GEOJSON);
        RegionGrid packed = RegionGrid.packed(built.minX(), built.minY(), built.cols(), built.rows(), built.runs());
        assertTrue(packed.sameAs(built));
        int[] runs = built.runs();
        runs[1]++; // one cell too many
        assertThrows(IllegalArgumentException.class,
                () -> RegionGrid.packed(built.minX(), built.minY(), built.cols(), built.rows(), runs));
    }

    @Test
    void aDamagedFileIsRefusedWithAReason() throws IOException {
        byte[] good = PackedRegionMap.write(GEOJSON);
        assertThrows(IOException.class, () -> PackedRegionMap.read(Arrays.copyOf(good, good.length / 2)));
        assertThrows(IOException.class, () -> PackedRegionMap.read(Arrays.copyOf(good, good.length + 1)));
        byte[] otherVersion = good.clone();
        otherVersion[7]++;
        IOException e = assertThrows(IOException.class, () -> PackedRegionMap.read(otherVersion));
        assertTrue(e.getMessage().contains("version"), e.getMessage());
        byte[] shortGrid = good.clone();
        shortGrid[shortGrid.length - 1]--; // the last run one cell shorter
        e = assertThrows(IOException.class, () -> PackedRegionMap.read(shortGrid));
        assertTrue(e.getMessage().contains("grid"), e.getMessage());
    }

    private static void assertSameMap(RegionMap expected, RegionMap actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            Region e = expected.get(i);
            Region a = actual.get(i);
            assertEquals(e.code(), a.code());
            assertEquals(e.nameEs(), a.nameEs());
            assertEquals(e.nameEn(), a.nameEn());
            assertSameGeometry(e.outline(), a.outline(), e.code());
        }
        assertEquals(expected.context().size(), actual.context().size());
        for (int i = 0; i < expected.context().size(); i++) {
            assertSameGeometry(expected.context().get(i), actual.context().get(i), "context #" + i);
        }
        assertEquals(expected.towns(), actual.towns());
        assertEquals(expected.bounds(), actual.bounds());
        assertTrue(RegionGrid.of(expected).sameAs(actual.grid()), "the region grid");
    }

    private static void assertSameGeometry(Geometry expected, Geometry actual, String what) {
        assertEquals(expected.getGeometryType(), actual.getGeometryType(), what);
        assertTrue(expected.equalsExact(actual), what + ": every vertex in the same place and order");
        assertArrayEquals(expected.getCoordinates(), actual.getCoordinates(), what);
    }
}
