package org.cronomapa.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.cronomapa.TestData;
import org.cronomapa.model.Dataset;
import org.cronomapa.model.Event;
import org.cronomapa.model.EventType;
import org.cronomapa.model.ProblemReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ACLED exports: recognised by content, types mapped by the documented table, regions by the point. */
class AcledCsvTest {
    @TempDir
    Path dir;

    private Path fixture(String name, String as) throws Exception {
        Path p = dir.resolve(as);
        try (var in = AcledCsvTest.class.getResourceAsStream(name)) {
            Files.copy(in, p);
        }
        return p;
    }

    private static Map<String, Event> byId(Dataset d) {
        Map<String, Event> out = new HashMap<>();
        for (int i = 0; i < d.events().size(); i++) {
            Event e = d.event(i);
            out.put(e.id(), e);
        }
        return out;
    }

    @Test
    void anAcledExportIsRecognisedByItsHeaderWhateverItsName() throws Exception {
        Path p = fixture("acled-peru-sample.csv", "export.csv");
        assertEquals(DatasetFiles.Format.ACLED, DatasetFiles.sniff(p));
        Path txt = fixture("acled-peru-sample.csv", "export.txt");
        assertEquals(DatasetFiles.Format.ACLED, DatasetFiles.sniff(txt));
        Path csvAsTxt = TestData.write(dir, "mine.txt", "id,date,type,region,lat,lon,fatalities\na,2023-01-10,march,PE-PUN,-15.5,-70.13,0\n");
        assertEquals(DatasetFiles.Format.CSV, DatasetFiles.sniff(csvAsTxt));
        assertEquals(1, DatasetFiles.open(csvAsTxt, TestData.regions()).events().size());
        Path json = TestData.write(dir, "events.csv", "\uFEFF  " + TestData.collection(
                TestData.feature("a", "2023-01-09", "march", "PE-PUN", -70.13, -15.5)));
        assertEquals(DatasetFiles.Format.GEOJSON, DatasetFiles.sniff(json));
    }

    @Test
    void everyEventAndSubEventTypeMapsByTheTable() throws Exception {
        Loaded l = DatasetFiles.load(fixture("acled-peru-sample.csv", "export.csv"), TestData.regions(), false);
        Map<String, Event> e = byId(l.dataset());
        assertEquals(EventType.MARCH, e.get("PER1001").type(), "Protests / Peaceful protest");
        assertEquals(EventType.ROADBLOCK, e.get("PER1002").type(), "a protest whose notes describe a blockade");
        assertEquals(EventType.CLASH, e.get("PER1003").type(), "Riots / Violent demonstration");
        assertEquals(EventType.KILLING, e.get("PER1004").type(), "Excessive force against protesters, with deaths");
        assertEquals(2, e.get("PER1004").fatalities());
        assertEquals(EventType.ATTACK_ON_PROPERTY, e.get("PER1005").type(), "Looting/property destruction");
        assertEquals(EventType.STATE_MEASURE, e.get("PER1006").type(), "Arrests");
        assertEquals(EventType.POLITICAL, e.get("PER1007").type(), "Agreement");
        assertEquals(EventType.STRIKE, e.get("PER1008").type(), "a protest whose notes describe a paro");
        assertEquals(EventType.KILLING, e.get("PER1011").type(), "Violence against civilians / Attack, with a death");
        assertEquals(EventType.ATTACK_ON_PROPERTY, e.get("PER1012").type(), "Explosions/Remote violence");
        assertEquals(EventType.CLASH, e.get("PER1013").type(), "Battles / Armed clash");
        assertTrue(e.get("PER1002").descriptionEn().startsWith("Protests / Protest with intervention: "),
                "the original type and sub-event type stay in the details");
        assertEquals("ACLED", e.get("PER1001").sources().get(0).publisher());
        assertEquals("La Republica", e.get("PER1001").sources().get(0).credit());
    }

    @Test
    void regionsComeFromThePointAndDisagreementsAreNoted() throws Exception {
        Loaded l = DatasetFiles.load(fixture("acled-peru-sample.csv", "export.csv"), TestData.regions(), false);
        Map<String, Event> e = byId(l.dataset());
        assertEquals("PE-PUN", e.get("PER1001").region());
        assertEquals("PE-LMA", e.get("PER1006").region(), "ACLED's Lima department: the point is in Lima Province");
        assertEquals("PE-APU", e.get("PER1008").region(), "Apurimac without its accent");
        assertEquals("PE-PUN", e.get("PER1009").region(), "the point decides over admin1 'Cusco'");
        assertEquals("PE-JUN", e.get("PER1010").region(), "no coordinates: placed by its admin1 'Junin'");
        assertEquals(3, e.get("PER1010").details().geoPrecision());
        ProblemReport notes = l.notes();
        assertTrue(notes.listed().stream().anyMatch(p -> p.field().equals("admin1") && p.location().endsWith(":12")
                && p.message().contains("'Cusco'") && p.message().contains("PE-PUN")), notes.listed().toString());
        assertTrue(notes.listed().stream().noneMatch(p -> p.location().endsWith(":7")),
                "Lima and Lima Province agree: " + notes.listed());
        assertTrue(notes.listed().stream().anyMatch(p -> p.field().equals("country")
                && p.message().startsWith("2 event(s) in Bolivia left out")), notes.listed().toString());
        assertEquals(13, l.dataset().events().size(), "15 rows, 2 outside Peru");
        assertEquals(0, l.skipped().total());
    }

    @Test
    void olderExportsWithUpperCaseColumnsAndSpelledOutDates() throws Exception {
        Loaded l = DatasetFiles.load(fixture("acled-old-format.csv", "old.csv"), TestData.regions(), false);
        Map<String, Event> e = byId(l.dataset());
        assertEquals(LocalDate.of(2023, 1, 9), e.get("PER9001").date());
        assertEquals(LocalDate.of(2023, 2, 9), e.get("PER9002").date());
        assertEquals("PE-CAL", e.get("PER9002").region(), "El Callao");
        assertEquals(0, l.notes().total(), l.notes().listed().toString());
    }

    @Test
    void aRowWithProblemsIsReportedAndTheValidRowsLoadOnlyWhenTheUserSaysSo() throws Exception {
        String bad = new String(AcledCsvTest.class.getResourceAsStream("acled-old-format.csv").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8).replace("9 February 2023", "30 February 2023");
        Path p = TestData.write(dir, "bad.csv", bad);
        ProblemReport refused = assertThrows(InputFileException.class,
                () -> DatasetFiles.load(p, TestData.regions(), false)).report();
        assertTrue(refused.listed().get(0).location().endsWith("bad.csv:3"));
        assertEquals("event_date", refused.listed().get(0).field());
        Loaded l = DatasetFiles.load(p, TestData.regions(), true);
        assertEquals(1, l.dataset().events().size());
        assertEquals(1, l.skipped().rowsWithProblems());
        assertEquals(2, l.skipped().rows());
    }

    @Test
    void anExportWithNoEventInPeruIsRefusedWithThatReason() throws Exception {
        Path p = TestData.write(dir, "bo.csv", "event_id_cnty,event_date,event_type,sub_event_type,country,admin1,latitude,longitude,fatalities\n"
                + "BOL1,2023-01-09,Protests,Peaceful protest,Bolivia,La Paz,-16.5,-68.15,0\n");
        ProblemReport r = assertThrows(InputFileException.class, () -> DatasetFiles.load(p, TestData.regions(), true)).report();
        assertTrue(r.listed().get(0).message().contains("no events in Peru"), r.listed().toString());
    }
}
