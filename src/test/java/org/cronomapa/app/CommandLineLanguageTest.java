package org.cronomapa.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cronomapa.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10: the headless modes speak the language {@code --lang} names, messages that point at a
 * file still name its line and field, and machine-readable output (JSON keys, frames.csv) stays the same.
 */
class CommandLineLanguageTest {
    @TempDir
    Path dir;

    private Path badCsv() throws Exception {
        return TestData.write(dir, "bad.csv", "id,date,type,region,lat,lon,fatalities\n"
                + "a,2023-02-30,march,PE-PUN,-15.5,-70.13,0\nb,2023-01-09,march,PE-CUS,-15.5,-70.13,x\n");
    }

    @Test
    void helpIsInTheLanguageAsked() {
        CliRun es = CliRun.of("--help", "--lang", "es");
        CliRun en = CliRun.of("--help", "--lang", "en");
        assertEquals(0, es.code());
        assertTrue(es.err().startsWith("uso: java -jar cronomapa.jar"), es.err());
        assertTrue(es.err().contains("abre la ventana") && es.err().contains("ARCHIVO"), es.err());
        assertTrue(en.err().startsWith("usage: java -jar cronomapa.jar"), en.err());
        assertTrue(en.err().contains("open the window") && !en.err().contains("ventana"), en.err());
    }

    @Test
    void usageMistakesAreInTheLanguageAskedEvenWhenTheLineDoesNotParse() {
        CliRun unknown = CliRun.of("--lang", "es", "--frobnicate");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().startsWith("error: opción desconocida '--frobnicate'"), unknown.err());
        CliRun size = CliRun.of("--snapshot", dir.resolve("x.png").toString(), "--size", "10x10", "--lang", "es");
        assertEquals(2, size.code());
        assertTrue(size.err().contains("--size '10x10' debe ser ANCHOxALTO entre 200x150 y 8000x8000"), size.err());
        CliRun sizeEn = CliRun.of("--snapshot", dir.resolve("x.png").toString(), "--size", "10x10", "--lang", "en");
        assertTrue(sizeEn.err().contains("--size '10x10' must be WIDTHxHEIGHT"), sizeEn.err());
        CliRun date = CliRun.of("--summary", "--date", "2030-01-01", "--lang", "es");
        assertTrue(date.err().contains("--date 2030-01-01 está fuera del rango de los datos"), date.err());
        CliRun type = CliRun.of("--summary", "--types", "riot", "--lang", "es");
        assertTrue(type.err().contains("tipo desconocido 'riot'") && type.err().contains("roadblock, strike"), type.err());
        CliRun lang = CliRun.of("--summary", "--lang", "fr");
        assertTrue(lang.err().contains("--lang"), "an unknown language is refused in the system's words: " + lang.err());
    }

    @Test
    void validateSpeaksTheLanguageAndStillNamesLineAndField() throws Exception {
        Path bad = badCsv();
        CliRun es = CliRun.of("--validate", bad.toString(), "--lang", "es");
        assertEquals(1, es.code());
        assertTrue(es.out().contains("bad.csv no es válido:"), es.out());
        assertTrue(es.out().contains("2 problema(s) en total"), es.out());
        assertTrue(es.out().contains("2 filas: 0 válidas, 2 con problemas"), es.out());
        assertTrue(es.out().contains("bad.csv:2 [date]") && es.out().contains("bad.csv:3 [fatalities]"), es.out());
        CliRun en = CliRun.of("--validate", bad.toString(), "--lang", "en");
        assertTrue(en.out().contains("bad.csv is not valid:") && en.out().contains("2 rows: 0 valid, 2 with problems"),
                en.out());
        CliRun ok = CliRun.of("--validate", "data/events.geojson", "--lang", "es");
        assertEquals(0, ok.code(), ok.out());
        assertTrue(ok.out().contains("es válido:") && ok.out().contains("eventos del 2022-"), ok.out());
        Path mixed = TestData.write(dir, "mixed.csv", "id,date,type,region,lat,lon,fatalities\n"
                + "a,2023-01-09,march,PE-PUN,-15.5,-70.13,0\nb,2023-02-30,march,PE-CUS,-13.5,-71.9,0\n");
        CliRun skipped = CliRun.of("--summary", "--data", mixed.toString(), "--skip-bad-rows", "--lang", "es");
        assertEquals(0, skipped.code(), skipped.err());
        assertTrue(skipped.err().contains("se dejaron fuera 1 de 2 filas con problemas")
                && skipped.err().contains("mixed.csv:3 [date]"), skipped.err());
    }

    @Test
    void summaryKeysAreTheSameInBothLanguagesOnlyTheNamesChange() throws Exception {
        JsonNode es = new ObjectMapper().readTree(CliRun.of("--summary", "--date", "2023-01-10", "--lang", "es").out());
        JsonNode en = new ObjectMapper().readTree(CliRun.of("--summary", "--date", "2023-01-10", "--lang", "en").out());
        java.util.List<String> esKeys = new java.util.ArrayList<>();
        java.util.List<String> enKeys = new java.util.ArrayList<>();
        es.fieldNames().forEachRemaining(esKeys::add);
        en.fieldNames().forEachRemaining(enKeys::add);
        assertEquals(enKeys, esKeys);
        assertEquals(en.path("national"), es.path("national"), "figures do not depend on the language");
        assertFalse(en.path("regions").path("PE").path("name").asText().equals(es.path("regions").path("PE").path("name").asText()));
    }

    @Test
    void writtenMessagesFollowTheLanguageAndFramesCsvDoesNot() throws Exception {
        Path es = dir.resolve("es");
        Path en = dir.resolve("en");
        CliRun r = CliRun.of("--export-frames", es.toString(), "--frames", "2", "--size", "400x300", "--lang", "es");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("escritos 2 cuadros en") && r.out().contains("dibujo:"), r.out());
        CliRun e = CliRun.of("--export-frames", en.toString(), "--frames", "2", "--size", "400x300", "--lang", "en");
        assertTrue(e.out().contains("wrote 2 frames to") && e.out().contains("png encode:"), e.out());
        assertEquals(Files.readAllLines(en.resolve("frames.csv")), Files.readAllLines(es.resolve("frames.csv")));
        Path csv = dir.resolve("out.csv");
        CliRun convert = CliRun.of("--convert", "data/events.geojson", csv.toString(), "--lang", "es");
        assertTrue(convert.out().matches("(?s)escritos [0-9]+ eventos en .*"), convert.out());
    }
}
