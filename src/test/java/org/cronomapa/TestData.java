package org.cronomapa;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cronomapa.io.DatasetFiles;
import org.cronomapa.io.InputFileException;
import org.cronomapa.io.RegionsReader;
import org.cronomapa.model.Dataset;
import org.cronomapa.model.RegionMap;

/** Shared fixtures: the bundled region map (read once) and small files written for a test. */
public final class TestData {
    private static RegionMap regions;

    private TestData() {
    }

    /** The window's words in English, as most window tests read them. */
    public static org.cronomapa.labels.Texts english() {
        return new org.cronomapa.labels.Texts(java.util.ResourceBundle.getBundle("org.cronomapa.app.messages",
                java.util.Locale.ENGLISH));
    }

    /** An opener for window tests that open no file: it refuses every one, listing nothing. */
    public static org.cronomapa.state.DatasetOpener noFiles() {
        return f -> new org.cronomapa.state.DatasetOpener.Opened(null,
                org.cronomapa.model.ProblemReport.of(java.util.List.of()));
    }

    /**
     * The main window over the bundled data, in English, opening no file, shown at this size: the
     * set-up most window tests start from. {@code state} is loaded with the bundled data first.
     */
    public static org.cronomapa.ui.MainWindow showBundled(org.cronomapa.state.ViewerState state, javafx.stage.Stage stage,
            int width, int height) {
        state.loadDataset(DatasetFiles.bundled(regions()));
        org.cronomapa.ui.MainWindow window = new org.cronomapa.ui.MainWindow(state, english(), noFiles(), url -> { });
        stage.setScene(window.scene(width, height));
        stage.show();
        return window;
    }

    /**
     * Clicks through a menu path (a menu, a submenu, an item), waiting for each to be shown before
     * clicking it: a menu's popup opens on a later pulse, which a loaded machine makes late.
     */
    public static void clickMenus(org.testfx.api.FxRobot robot, String... ids) throws java.util.concurrent.TimeoutException {
        for (String id : ids) {
            org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                    () -> robot.lookup(id).tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
            robot.clickOn(id);
        }
    }

    /**
     * Lets the window handle what a test did, then waits (up to 30 s) until its map shows the
     * state as it is: the map is drawn on its own thread (docs/decisions/0023-fps-render-thread.md).
     */
    public static void settle(org.cronomapa.ui.MainWindow window) {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        org.testfx.util.WaitForAsyncUtils.sleep(150, java.util.concurrent.TimeUnit.MILLISECONDS);
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                    () -> org.testfx.util.WaitForAsyncUtils.asyncFx(() -> window.map().upToDate()).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the map did not show the window's state within 30 s", e);
        }
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    public static synchronized RegionMap regions() {
        if (regions == null) {
            regions = RegionsReader.bundled();
        }
        return regions;
    }

    public static Path write(Path dir, String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    /** One valid GeoJSON feature: Juliaca (Puno) unless lon/lat/region say otherwise. */
    public static String feature(String id, String date, String type, String region, double lon, double lat) {
        return "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[" + lon + "," + lat + "]},"
                + "\"properties\":{\"id\":\"" + id + "\",\"date\":\"" + date + "\",\"type\":\"" + type
                + "\",\"region\":\"" + region + "\",\"place\":\"Juliaca\",\"fatalities\":1,"
                + "\"description_es\":\"d\",\"description_en\":\"d\","
                + "\"sources\":[{\"publisher\":\"P\",\"title\":\"T\",\"date\":\"2023-01-10\",\"url\":\"https://example.org/a\"}]}}";
    }

    public static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"format_version\":1,\"features\":[" + String.join(",", features) + "]}";
    }

    /** Three events, 9–12 January 2023 in Puno and Lima: far fewer than the bundled 554, for replacing them. */
    public static Dataset threeEvents(Path dir) throws IOException, InputFileException {
        Path file = write(dir, "three.geojson", collection(
                feature("a", "2023-01-09", "killing", "PE-PUN", -70.13, -15.5),
                feature("b", "2023-01-10", "march", "PE-LMA", -77.03, -12.05),
                feature("c", "2023-01-12", "march", "PE-PUN", -70.02, -15.84)));
        return DatasetFiles.open(file, regions());
    }
}
