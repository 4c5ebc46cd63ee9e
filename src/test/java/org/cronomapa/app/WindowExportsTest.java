package org.cronomapa.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.cronomapa.TestData;
import org.cronomapa.io.DatasetFiles;
import org.cronomapa.ui.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File → Export from the real window: events and map files that open in other tools. */
@ExtendWith(ApplicationExtension.class)
class WindowExportsTest {
    @TempDir
    static Path dir;
    private Session session;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        session = new Session(Locale.ENGLISH, null);
        window = TestWindows.show(stage, session);
    }

    private String exported(FxRobot robot, Path file, int w, int h) throws Exception {
        robot.interact(() -> window.export(file, w, h));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () ->
                robot.lookup("#export-status").queryAs(Label.class).getText().startsWith("Wrote"));
        return robot.lookup("#export-status").queryAs(Label.class).getText();
    }

    @Test
    void eventsExportAsCsvAndGeoJsonThatReadBack(FxRobot robot) throws Exception {
        int shown = session.state.data().dataset().events().size();
        Path csv = dir.resolve("events.csv");
        assertEquals("Wrote " + shown + " events to events.csv", exported(robot, csv, 0, 0));
        assertEquals(shown, DatasetFiles.open(csv, TestData.regions()).events().size());
        Path json = dir.resolve("events.geojson");
        exported(robot, json, 0, 0);
        assertEquals(shown, DatasetFiles.open(json, TestData.regions()).events().size());
    }

    @Test
    void theMapExportsAsALargePngAndAsSvgWithSearchableText(FxRobot robot) throws Exception {
        Path png = dir.resolve("map.png");
        assertTrue(exported(robot, png, 3840, 2160).startsWith("Wrote map.png"));
        var image = ImageIO.read(png.toFile());
        assertEquals(3840, image.getWidth());
        assertEquals(2160, image.getHeight());
        Path svg = dir.resolve("map.svg");
        exported(robot, svg, 1600, 1000);
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertEquals(0, doc.getElementsByTagName("image").getLength(), "vector paths, not a picture");
        assertTrue(Files.readString(svg).contains(">Puno<"), "region names are text");
    }

    @Test
    void theChartTheTabShowsExportsAsPngAndSvgThroughTheFilter(FxRobot robot) throws Exception {
        Path png = dir.resolve("chart.png");
        robot.interact(() -> window.exportChart(png));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () ->
                robot.lookup("#export-status").queryAs(Label.class).getText().startsWith("Wrote chart.png"));
        var image = ImageIO.read(png.toFile());
        assertEquals(1200, image.getWidth());
        assertEquals(700, image.getHeight());

        int puno = session.regions.indexOf("PE-PUN").orElseThrow();
        robot.clickOn("Charts"); // the tab's content is made when it is first shown
        robot.interact(() -> {
            session.state.setTypes(java.util.Set.of(org.cronomapa.model.EventType.KILLING));
            robot.lookup("#chart-scope").queryAs(javafx.scene.control.ChoiceBox.class).setValue(puno);
        });
        Path svg = dir.resolve("chart.svg");
        robot.interact(() -> window.exportChart(svg));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () ->
                robot.lookup("#export-status").queryAs(Label.class).getText().startsWith("Wrote chart.svg"));
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertTrue(doc.getElementsByTagName("text").getLength() > 0);
        String text = Files.readString(svg);
        assertTrue(text.contains(">Puno: events a day and deaths<"), "the region chosen in the tab, its title as text");
        assertTrue(!text.contains("Peru: events a day"), "not the national chart");
    }

    @Test
    void aBriefingOfWhatTheWindowShowsIsAPdfWithItsSources(FxRobot robot) throws Exception {
        Path pdf = dir.resolve("briefing.pdf");
        assertTrue(exported(robot, pdf, 0, 0).startsWith("Wrote the briefing briefing.pdf"));
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getNumberOfPages() >= 5, "title, map, totals, chart, sources");
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text.contains("Junín") && text.contains("https://"), "regions and sources are text");
        }
    }
}
