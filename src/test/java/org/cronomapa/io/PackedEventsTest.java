package org.cronomapa.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.cronomapa.model.Dataset;
import org.cronomapa.model.EventColumns;
import org.cronomapa.model.Region;
import org.cronomapa.model.RegionMap;
import org.junit.jupiter.api.Test;

/**
 * The bundled dataset read from the columns the build packed (docs/decisions/0024-startup-first-map.md) is the GeoJSON's:
 * every column of every row, and every full record, which is parsed only when asked for.
 */
class PackedEventsTest {
    private static final RegionMap MAP = RegionsReader.bundled();
    private static final Dataset PARSED = DatasetFiles.bundledParsed(MAP);

    @Test
    void theBuildPackedTheBundledColumnsAndStartReadsThem() {
        assertNotNull(PackedEvents.bundled(MAP), "the build (process-classes) writes " + PackedEvents.RESOURCE);
        Dataset packed = DatasetFiles.bundled(MAP);
        assertEquals(PARSED.name(), packed.name());
        assertSameColumns(PARSED.events(), packed.events());
        for (int row = 0; row < PARSED.events().size(); row++) {
            assertEquals(PARSED.event(row), packed.event(row), "record of row " + row);
        }
    }

    @Test
    void writingAndReadingGivesTheSameColumns() throws IOException {
        assertSameColumns(PARSED.events(), PackedEvents.read(PackedEvents.write(PARSED.events(), MAP), MAP));
    }

    @Test
    void columnsForAnotherMapOrDamagedAreRefused() throws IOException {
        byte[] good = PackedEvents.write(PARSED.events(), MAP);
        List<Region> fewer = MAP.regions().subList(0, MAP.size() - 1);
        IOException e = assertThrows(IOException.class, () -> PackedEvents.read(good, new RegionMap(fewer, List.of())));
        assertTrue(e.getMessage().contains("another region map"), e.getMessage());
        assertThrows(IOException.class, () -> PackedEvents.read(Arrays.copyOf(good, good.length - 3), MAP));
        assertThrows(IOException.class, () -> PackedEvents.read(Arrays.copyOf(good, good.length + 4), MAP));
    }

    private static void assertSameColumns(EventColumns e, EventColumns a) {
        assertEquals(e.size(), a.size());
        for (int i = 0; i < e.size(); i++) {
            String row = "row " + i;
            assertEquals(e.day(i), a.day(i), row);
            assertEquals(e.endDay(i), a.endDay(i), row);
            assertEquals(e.region(i), a.region(i), row);
            assertEquals(e.type(i), a.type(i), row);
            assertEquals(e.lon(i), a.lon(i), row);
            assertEquals(e.lat(i), a.lat(i), row);
            assertEquals(e.fatalities(i), a.fatalities(i), row);
            assertEquals(e.injured(i), a.injured(i), row);
            assertEquals(e.count(i), a.count(i), row);
            assertEquals(e.detailKey(i), a.detailKey(i), row);
        }
        assertEquals(e.maxDuration(), a.maxDuration());
    }
}
