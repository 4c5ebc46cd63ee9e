package org.cronomapa.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.cronomapa.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, item 1: the readers' problem descriptions follow {@code --lang} like every other
 * message, and still name the file, the line or feature, the field and the value found.
 */
class ProblemsLanguageTest {
    @TempDir
    Path dir;

    /** One row of each kind of problem a CSV row can have, after one valid row. */
    private Path manyKinds() throws Exception {
        return TestData.write(dir, "many.csv", "id,date,type,region,lat,lon,fatalities\n"
                + "g,2023-01-09,march,PE-PUN,-15.5,-70.13,0\n"
                + "a,2023-02-30,march,PE-PUN,-15.5,-70.13,0\n"
                + "b,2023-01-09,riot,PE-PUN,-15.5,-70.13,0\n"
                + "c,2023-01-09,march,PE-XXX,-15.5,-70.13,0\n"
                + "d,2023-01-09,march,PE-PUN,-15.5,-70.13,-3\n"
                + "e,2023-01-09,march,PE-PUN,-15.5\n"
                + "f,2023-01-09,march,PE-CUS,-15.5,-70.13,0\n");
    }

    /** A file whose only problem is an id used twice (checked once the rows themselves are right). */
    private Path twice() throws Exception {
        return TestData.write(dir, "twice.csv", "id,date,type,region,lat,lon,fatalities\n"
                + "g,2023-01-09,march,PE-PUN,-15.5,-70.13,0\ng,2023-01-10,march,PE-PUN,-15.5,-70.13,0\n");
    }

    @Test
    void validateInSpanishDescribesEachProblemInSpanishAtItsLineAndField() throws Exception {
        CliRun es = CliRun.of("--validate", manyKinds().toString(), "--lang", "es");
        assertEquals(1, es.code(), es.out());
        String out = es.out();
        assertTrue(out.contains("many.csv:3 [date] '2023-02-30' no es una fecha con la forma AAAA-MM-DD"), out);
        assertTrue(out.contains("many.csv:4 [type] tipo de evento desconocido 'riot'; se espera uno de "), out);
        assertTrue(out.contains("many.csv:5 [region] código de región desconocido 'PE-XXX'"), out);
        assertTrue(out.contains("many.csv:6 [fatalities] no puede ser negativo: -3"), out);
        assertTrue(out.contains("many.csv:7 [row] tiene 5 campos; el encabezado tiene 7"), out);
        assertTrue(out.contains("many.csv:8 [lat/lon] el punto -15.5, -70.13 está en PE-PUN, no en la región indicada PE-CUS"),
                out);
        String twice = CliRun.of("--validate", twice().toString(), "--lang", "es").out();
        assertTrue(twice.contains("twice.csv:3 [id] identificador repetido 'g' (aparece primero en la línea 2)"), twice);
        for (String english : new String[] {"is not a date", "unknown", "must not", "fields; the header", "duplicate"}) {
            assertFalse(out.contains(english), "no English left: " + english + " in " + out);
        }
    }

    @Test
    void validateInEnglishReadsAsBefore() throws Exception {
        String out = CliRun.of("--validate", manyKinds().toString(), "--lang", "en").out();
        assertTrue(out.contains("many.csv:3 [date] '2023-02-30' is not a date in the form YYYY-MM-DD"), out);
        assertTrue(out.contains("many.csv:4 [type] unknown event type 'riot'; expected one of "), out);
        assertTrue(out.contains("many.csv:6 [fatalities] must not be negative: -3"), out);
        assertTrue(out.contains("many.csv:7 [row] has 5 fields; the header has 7"), out);
        assertTrue(out.contains("many.csv:8 [lat/lon] point -15.5, -70.13 is in PE-PUN, not in the named region PE-CUS"), out);
        String twice = CliRun.of("--validate", twice().toString(), "--lang", "en").out();
        assertTrue(twice.contains("twice.csv:3 [id] duplicate id 'g' (first on line 2)"), twice);
    }

    @Test
    void geoJsonProblemsNameTheJsonKindInSpanish() throws Exception {
        Path bad = TestData.write(dir, "bad.geojson", "{\"type\":\"FeatureCollection\",\"features\":[5,"
                + "{\"type\":\"Feature\",\"geometry\":[],\"properties\":{\"id\":\"x\",\"date\":\"2023-01-09\","
                + "\"type\":\"march\",\"region\":\"PE-PUN\",\"sources\":\"none\"}}]}");
        String out = CliRun.of("--validate", bad.toString(), "--lang", "es").out();
        assertTrue(out.contains("bad.geojson#0 [feature] cada elemento (feature) debe ser un objeto JSON, no un número"), out);
        assertTrue(out.contains("bad.geojson#1 [geometry] cada elemento necesita una geometría Point, no una lista"), out);
        assertTrue(out.contains("bad.geojson#1 [sources] debe ser una lista de {publisher, title, date, url}, no un texto"),
                out);
        String en = CliRun.of("--validate", bad.toString(), "--lang", "en").out();
        assertTrue(en.contains("bad.geojson#1 [geometry] each feature needs a Point geometry, not array"), en);
    }

    @Test
    void otherModesRefuseADataFileInSpanish() throws Exception {
        Path cut = TestData.write(dir, "cut.geojson", "{\"type\":\"FeatureCollection\",\"features\":[");
        CliRun es = CliRun.of("--summary", "--data", cut.toString(), "--lang", "es");
        assertEquals(1, es.code());
        assertTrue(es.err().contains("no se puede usar el archivo de datos:"), es.err());
        assertTrue(es.err().contains("[json] JSON mal formado: el archivo termina a mitad del JSON (¿está cortado?)"),
                es.err());
        Path header = TestData.write(dir, "header.csv", "id;date;type;region;lat;lon\n");
        CliRun semicolons = CliRun.of("--summary", "--data", header.toString(), "--lang", "es");
        assertTrue(semicolons.err().contains("header.csv:1 [date] falta en el encabezado la columna obligatoria 'date'")
                && semicolons.err().contains("el encabezado está separado por ';': guarde el archivo con comas"),
                semicolons.err());
        CliRun en = CliRun.of("--summary", "--data", header.toString(), "--lang", "en");
        assertTrue(en.err().contains("header.csv:1 [date] required column 'date' is missing from the header")
                && en.err().contains("the header is separated by ';': save the file with commas"), en.err());
    }
}
