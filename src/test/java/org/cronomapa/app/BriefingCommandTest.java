package org.cronomapa.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cronomapa.model.Dataset;
import org.cronomapa.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --briefing}: pages, searchable words, every source as a link, and the map as vector paths. */
class BriefingCommandTest {
    @TempDir
    Path dir;

    @Test
    void theWholeBriefingHasItsPagesWordsSourcesAndLinks() throws Exception {
        Path pdf = dir.resolve("briefing.pdf");
        CliRun r = CliRun.of("--briefing", pdf.toString(), "--date", "2023-01-19", "--lang", "es", "--story", "none");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("escrito " + pdf), r.out());
        Set<String> urls = expectedUrls(null, "2023-01-19");
        assertTrue(urls.size() > 100, "the bundled data cites hundreds of sources: " + urls.size());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getNumberOfPages() >= 5, "title, map, table, charts and at least one page of sources");
            String title = text(doc, 1, 1);
            assertTrue(title.contains("Informe: la ola de protestas en el Perú"), title);
            assertTrue(title.contains("Periodo: del 7 de diciembre de 2022 al 19 de enero de 2023"), title);
            assertTrue(title.contains("Ninguno: todos los eventos de los datos."), title);
            assertTrue(title.contains("Defensoría del Pueblo"), title);
            assertTrue(title.contains("fuentes citadas: " + urls.size()), title);
            String map = text(doc, 2, 2);
            for (String word : List.of("Mapa al 19 de enero de 2023", "Junín", "Huánuco", "San Martín", "Eventos acumulados",
                    "Bloqueo de vía", "Fuente: events.geojson")) {
                assertTrue(map.contains(word), word + " on the map page:\n" + map);
            }
            String table = text(doc, 3, 3);
            for (String word : List.of("Totales por región", "Junín", "Áncash", "Lima Metropolitana", "Perú (nacional)",
                    "Muertes", "Heridos", "Total")) {
                assertTrue(table.contains(word), word + " in the table:\n" + table);
            }
            // The summary's figures: Puno up to 19 January, as --summary counts them.
            assertTrue(table.lines().anyMatch(l -> l.startsWith("Puno ")), table);
            String charts = text(doc, 4, 4);
            assertTrue(charts.contains("Gráficos nacionales") && charts.contains("Muertes acumuladas"), charts);
            String sources = text(doc, 5, doc.getNumberOfPages());
            assertTrue(sources.contains("Fuentes citadas (" + urls.size() + ")"), sources.substring(0, 200));
            Set<String> linked = links(doc);
            assertEquals(urls, linked, "every source's URL is a link, and only those");
            for (String url : urls) {
                // A long URL is wrapped; its first 40 characters are on one line.
                String head = url.substring(0, Math.min(40, url.length()));
                assertTrue(sources.contains(head), url + " in the text");
            }
            assertTrue(sources.contains("Andina"), "a publisher");
            assertTrue(sources.contains("[EFE]") || sources.contains("[AFP]"), "a credit in brackets");
            assertNoImages(doc);
            String mapOps = content(doc.getPage(1));
            assertTrue(mapOps.contains(" re\n") && mapOps.contains(" l\n") && mapOps.contains("f*"),
                    "rectangles, lines and even-odd fills on the map page");
            assertTrue(mapOps.contains(" c\n"), "curves: the killing marker's circle");
            assertTrue(count(mapOps, "f*") > 26, "at least one even-odd path per region");
            assertTrue(content(doc.getPage(3)).contains(" l\n"), "the charts are lines too");
        }
    }

    @Test
    void aFilteredBriefingInEnglishCountsOnlyWhatPasses() throws Exception {
        Path pdf = dir.resolve("junin.pdf");
        CliRun r = CliRun.of("--briefing", pdf.toString(), "--lang", "en", "--regions", "PE-JUN", "--to", "2023-01-10",
                "--story", "none");
        assertEquals(0, r.code(), r.err());
        Set<String> urls = expectedUrls("PE-JUN", "2023-01-10");
        assertFalse(urls.isEmpty());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(5, doc.getNumberOfPages(), "a few sources fit on one page");
            String title = text(doc, 1, 1);
            assertTrue(title.contains("Briefing: the protest wave in Peru"), title);
            assertTrue(title.contains("Regions: Junín (PE-JUN)"), title);
            assertTrue(title.contains("To 10 January 2023") || title.contains("January 10, 2023") || title.contains("10 Jan"), title);
            assertTrue(text(doc, 3, 3).contains("Totals per region up to"), "English headings");
            assertEquals(urls, links(doc));
            String sources = text(doc, 5, 5);
            assertTrue(sources.contains("Sources cited (" + urls.size() + ")"), sources);
        }
    }

    @Test
    void aStoryGivesAPagePerStepWithItsMapAsVectorsItsCaptionAndItsSource() throws Exception {
        Path story = org.cronomapa.TestData.write(dir, "story.json", StoryExportsTest.juliacaStory().replace("]}", """
                , {"date": "2022-12-15", "extent": [-76.5, -12.9, -74.0, -10.5], "window_days": 7,
                   "filter": {"types": ["march"], "regions": ["PE-JUN"]},
                   "caption_es": "En Huancayo (Junín) marchan miles; la protesta llega a la sierra central.",
                   "caption_en": "Thousands march in Huancayo (Junín); the protest reaches the central highlands.",
                   "source_event_id": "dec-20221215-huancayo-march"}]}"""));
        Path pdf = dir.resolve("story.pdf");
        CliRun r = CliRun.of("--briefing", pdf.toString(), "--lang", "es", "--regions", "PE-JUN", "--to", "2023-01-10",
                "--story", story.toString());
        assertEquals(0, r.code(), r.err());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(7, doc.getNumberOfPages(), "title, map, two steps in date order, table, charts, sources");
            assertTrue(text(doc, 1, 1).contains("historia «Prueba» (2 pasos)"), text(doc, 1, 1));
            String first = text(doc, 3, 3);
            assertTrue(first.contains("Historia, paso 1 de 2: 15 de diciembre de 2022"), first);
            assertTrue(first.contains("En Huancayo (Junín) marchan miles"), first);
            assertTrue(first.contains("Fuente: Infoandes, 15 de diciembre de 2022"), first);
            assertTrue(first.contains("https://infoandes.pe/?p=8650"), first);
            String second = text(doc, 4, 4);
            assertTrue(second.contains("Historia, paso 2 de 2: 9 de enero de 2023"), second);
            assertTrue(second.contains("Juliaca: la jornada más letal, según la Defensoría"), second);
            assertTrue(second.contains("Fuente: ABC7, 10 de enero de 2023"), second);
            assertTrue(second.contains("Puno"), "the step's own box and regions, not the briefing's Junín: " + second);
            assertTrue(text(doc, 5, 5).contains("Totales por región"), "the table follows the steps");
            for (int page = 2; page <= 3; page++) {
                String ops = content(doc.getPage(page));
                assertTrue(ops.contains(" l\n") && ops.contains("f*") && ops.contains(" c\n"),
                        "vector paths, fills and curves on step page " + (page + 1));
                assertTrue(count(ops, "f*") > 10, "region paths on step page " + (page + 1));
            }
            assertNoImages(doc);
            Set<String> stepLinks = new HashSet<>();
            for (int page = 2; page <= 3; page++) {
                for (PDAnnotation a : doc.getPage(page).getAnnotations()) {
                    if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        stepLinks.add(uri.getURI());
                    }
                }
            }
            assertEquals(Set.of("https://infoandes.pe/?p=8650",
                    "https://abc7.com/peru-dina-boluarte-protestas-policia-muere-calcinado/12690597/"), stepLinks);
        }
    }

    @Test
    void theBundledDataGetsTheBundledStoryByDefault() throws Exception {
        Path with = dir.resolve("with.pdf");
        Path without = dir.resolve("without.pdf");
        assertEquals(0, CliRun.of("--briefing", with.toString(), "--lang", "en", "--regions", "PE-JUN", "--to", "2023-01-10").code());
        assertEquals(0, CliRun.of("--briefing", without.toString(), "--lang", "en", "--regions", "PE-JUN", "--to", "2023-01-10",
                "--story", "none").code());
        long steps = org.cronomapa.io.StoryReader.bundled().story().steps().stream()
                .filter(s -> !s.date().isAfter(java.time.LocalDate.parse("2023-01-10"))).count();
        assertTrue(steps >= 8, "the bundled story's steps to 10 January: " + steps);
        try (PDDocument a = Loader.loadPDF(with.toFile()); PDDocument b = Loader.loadPDF(without.toFile())) {
            assertEquals(b.getNumberOfPages() + steps, a.getNumberOfPages());
            assertTrue(text(a, 3, 3).contains("Story, step 1 of " + steps + ": 7 December 2022"), text(a, 3, 3));
        }
    }

    @Test
    void aPdfOptionWithAnotherModeOrABadDateIsAUsageError() {
        assertEquals(2, CliRun.of("--briefing", dir.resolve("x.pdf").toString(), "--date", "2030-01-01").code());
        assertFalse(Files.exists(dir.resolve("x.pdf")), "nothing written");
    }

    /** The distinct URLs the events passing the filter cite, up to the day: read from the data, not the PDF. */
    private static Set<String> expectedUrls(String region, String to) throws Exception {
        Session s = new Session(Locale.ENGLISH, null);
        Options o = Options.parse(region == null ? List.of("--summary") : List.of("--summary", "--regions", region, "--to", to));
        s.filter(o);
        s.goTo(java.time.LocalDate.parse(to));
        Dataset data = s.state.data().dataset();
        var shown = s.state.filter().filtered();
        Set<String> urls = new HashSet<>();
        for (int row : shown.rows()) {
            if (shown.events().day(row) <= s.state.timeline().day()) {
                for (Source src : data.event(row).sources()) {
                    if (src.url() != null && !src.url().isBlank()) {
                        urls.add(src.url().strip());
                    }
                }
            }
        }
        return urls;
    }

    private static String text(PDDocument doc, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(doc);
    }

    private static Set<String> links(PDDocument doc) throws IOException {
        Set<String> out = new HashSet<>();
        for (PDPage page : doc.getPages()) {
            for (PDAnnotation a : page.getAnnotations()) {
                if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                    out.add(uri.getURI());
                }
            }
        }
        return out;
    }

    private static void assertNoImages(PDDocument doc) throws IOException {
        for (PDPage page : doc.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                assertFalse(page.getResources().getXObject(name) instanceof PDImageXObject, "an image on a page");
            }
        }
    }

    private static String content(PDPage page) throws IOException {
        try (InputStream in = page.getContents()) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
