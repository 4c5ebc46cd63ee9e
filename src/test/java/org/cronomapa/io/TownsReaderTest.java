package org.cronomapa.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cronomapa.model.RegionMap;
import org.cronomapa.model.Town;
import org.junit.jupiter.api.Test;

/** The bundled towns file loads with the bundled map, largest first, every town in Peru. */
class TownsReaderTest {

    @Test
    void bundledTownsLoadWithTheMap() {
        RegionMap map = RegionsReader.bundled();
        List<Town> towns = map.towns();
        assertEquals(298, towns.size());
        assertEquals("Lima", towns.get(0).name());
        for (int i = 1; i < towns.size(); i++) {
            assertTrue(towns.get(i - 1).population() >= towns.get(i).population(), "largest first");
            assertTrue(towns.get(i).population() >= 2000);
        }
        long inPeru = towns.stream().filter(t -> map.countryContains(t.lon(), t.lat())).count();
        assertEquals(towns.size(), inPeru, "every town lies in Peru (or within the border tolerance)");
        assertTrue(towns.stream().anyMatch(t -> t.name().equals("Juliaca")));
    }

    @Test
    void aBrokenFeatureIsNamedByItsIndex() {
        byte[] json = ("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"name\":\"A\","
                + "\"population\":5},\"geometry\":{\"type\":\"Point\",\"coordinates\":[-70,-15]}},{\"type\":\"Feature\","
                + "\"properties\":{\"population\":5},\"geometry\":{\"type\":\"Point\",\"coordinates\":[-70,-15]}}]}")
                .getBytes(StandardCharsets.UTF_8);
        InputFileException e = assertThrows(InputFileException.class, () -> TownsReader.parse("t.geojson", json));
        assertTrue(e.getMessage().contains("t.geojson#1"), e.getMessage());
    }
}
