package org.cronomapa.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ChoiceBox;
import javafx.stage.Stage;
import org.controlsfx.control.SegmentedButton;
import org.cronomapa.TestData;
import org.cronomapa.filter.Filter;
import org.cronomapa.io.DatasetFiles;
import org.cronomapa.model.EventType;
import org.cronomapa.state.DatasetOpener;
import org.cronomapa.state.ViewerState;
import org.cronomapa.timeline.Metric;
import org.cronomapa.timeline.TimeIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window comes back as it was left: the real app started twice on one settings file. */
@ExtendWith(ApplicationExtension.class)
class SettingsRestoredTest {
    @TempDir
    Path dir;
    private SettingsFile file;
    private CronomapaApp app;
    private Stage stage;

    @Start
    void start(Stage primary) {
        // Each test starts the app on a stage of its own, with the settings it needs.
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            if (app != null) {
                app.stop();
            }
            if (stage != null) {
                stage.hide();
            }
        });
    }

    private void launch(FxRobot robot, Locale lang, boolean defaults) {
        CronomapaApp.configure(lang, null, defaults, file);
        robot.interact(() -> {
            stage = new Stage();
            app = new CronomapaApp();
            try {
                app.start(stage);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    private Settings saved() {
        SettingsFile.Read read = file.read();
        assertEquals(List.of(), read.report());
        return read.settings();
    }

    @Test
    void speedWindowMetricLoopAndLanguageComeBackAtTheNextStart(FxRobot robot) throws Exception {
        file = new SettingsFile(dir.resolve("settings.properties"));
        launch(robot, Locale.forLanguageTag("es"), false);
        robot.interact(() -> {
            robot.lookup("#window-choice").queryAs(ChoiceBox.class).setValue(14);
            ((SegmentedButton) robot.lookup("#metric").query()).getButtons().get(1).setSelected(true);
            robot.lookup("#speed-4").queryAs(javafx.scene.control.ToggleButton.class).fire();
            stage.setX(30);
            stage.setY(40);
            stage.setWidth(900);
            stage.setHeight(650);
        });
        // Written a second after the last change, without waiting for the window to close.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(file.path()) && file.read().settings().speed() == 4
                && file.read().settings().windowDays() == 14 && file.read().settings().placement().width() == 900);
        close(robot);
        Settings s = saved();
        assertEquals(Metric.FATALITIES, s.metric());
        assertEquals(Locale.forLanguageTag("es"), s.language());
        assertNull(s.dataset(), "the bundled data is no file");
        // The scene's size is kept too (here, with no window manager, the window's): the next start lays the
        // window out at that size before showing it, and draws its first map meanwhile.
        assertEquals(List.of(900.0, 650.0), List.of(s.placement().sceneWidth(), s.placement().sceneHeight()));

        launch(robot, null, false); // no --lang: the saved language
        assertTrue(stage.getTitle().contains("La ola de protestas"), stage.getTitle());
        assertEquals(14, robot.lookup("#window-choice").queryAs(ChoiceBox.class).getValue());
        assertTrue(robot.lookup("#speed-4").queryAs(javafx.scene.control.ToggleButton.class).isSelected(), "the 4 days/s preset chosen");
        assertTrue(((SegmentedButton) robot.lookup("#metric").query()).getButtons().get(1).isSelected());
        assertEquals(List.of(30.0, 40.0, 900.0, 650.0), List.of(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()));
        assertEquals(List.of(900.0, 650.0), List.of(stage.getScene().getWidth(), stage.getScene().getHeight()));
        close(robot);

        launch(robot, Locale.ENGLISH, false); // --lang overrides the saved language, and is saved
        assertTrue(stage.getTitle().contains("protest wave"), stage.getTitle());
        close(robot);
        assertEquals(Locale.ENGLISH, saved().language());
    }

    @Test
    void theFilterIsSavedOnChangeAndRestoredAtTheNextStart(FxRobot robot) throws Exception {
        file = new SettingsFile(dir.resolve("settings.properties"));
        launch(robot, Locale.ENGLISH, false);
        Filter chosen = new Filter(Set.of(EventType.KILLING, EventType.CLASH), Set.of("PE-PUN"), 1, "Juliaca",
                LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 31));
        robot.interact(() -> app.state().setFilter(chosen));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> file.read().settings().filter().equals(chosen));
        close(robot);
        launch(robot, Locale.ENGLISH, false);
        assertEquals(chosen, app.state().filter().filter());
        assertEquals(LocalDate.of(2023, 1, 31).toEpochDay(), app.state().timeline().playback().lastDay(), "playback runs in the range");
        close(robot);
        assertEquals(chosen, saved().filter());
    }

    @Test
    void aSavedFilterThatNoLongerFitsIsDroppedNotFatal(FxRobot robot) throws Exception {
        file = new SettingsFile(dir.resolve("settings.properties"));
        file.write(Settings.DEFAULTS);
        Files.writeString(file.path(), "filter.regions=PE-XYZ,PE-CUS\nfilter.from=2030-01-01\nfilter.types=teleport,strike\n",
                java.nio.file.StandardOpenOption.APPEND);
        launch(robot, Locale.ENGLISH, false);
        assertEquals(Filter.ALL.withRegions(Set.of("PE-CUS")).withTypes(Set.of(EventType.STRIKE)), app.state().filter().filter());
        close(robot);
        assertEquals(Filter.ALL.withRegions(Set.of("PE-CUS")).withTypes(Set.of(EventType.STRIKE)), saved().filter(),
                "what was dropped is saved as dropped");
    }

    @Test
    void defaultsIgnoreASavedFileAndLeaveItAsItWas(FxRobot robot) throws Exception {
        file = new SettingsFile(dir.resolve("settings.properties"));
        file.write(Settings.DEFAULTS.withLanguage(Locale.forLanguageTag("es")).withDataset(dir.resolve("x.csv"), false));
        Files.writeString(file.path(), "timeline.window=14\nplayback.speed=4\n", java.nio.file.StandardOpenOption.APPEND);
        byte[] before = Files.readAllBytes(file.path());
        launch(robot, null, true);
        assertEquals(7, robot.lookup("#window-choice").queryAs(ChoiceBox.class).getValue());
        assertTrue(robot.lookup("#speed-1").queryAs(javafx.scene.control.ToggleButton.class).isSelected(), "the 1 day/s preset chosen");
        assertEquals(Session.bundle(Options.systemLocale()).getString("app.title"), stage.getTitle());
        robot.interact(() -> robot.lookup("#window-choice").queryAs(ChoiceBox.class).setValue(30));
        close(robot);
        assertArrayEquals(before, Files.readAllBytes(file.path()), "--defaults neither reads nor writes the settings");
    }

    @Test
    void aCorruptFileGivesTheDefaultsAndIsReplacedAtOnce(FxRobot robot) throws Exception {
        file = new SettingsFile(dir.resolve("settings.properties"));
        Files.write(file.path(), new byte[] {'f', 'o', 'r', 'm', 0, 0, 0, (byte) 0xff});
        launch(robot, Locale.ENGLISH, false);
        assertEquals(7, robot.lookup("#window-choice").queryAs(ChoiceBox.class).getValue());
        Settings s = saved(); // readable again before anything was changed or closed
        assertEquals(Settings.DEFAULTS.speed(), s.speed());
        assertEquals(Locale.ENGLISH, s.language());
    }

    @Test
    void theLastOpenedDatasetOpensAgainAndAMissingOneFallsBackToTheBundledData(FxRobot robot) throws Exception {
        file = new SettingsFile(dir.resolve("settings.properties"));
        TestData.threeEvents(dir);
        Path three = dir.resolve("three.geojson");
        file.write(Settings.DEFAULTS.withDataset(three, false));
        launch(robot, Locale.ENGLISH, false);
        assertEquals(3, app.state().data().dataset().events().size());
        close(robot);
        Files.delete(three);
        launch(robot, Locale.ENGLISH, false);
        assertNull(saved().dataset(), "the bundled data is shown, and saved as shown");
    }

    @Test
    void aFileOpenedInTheWindowIsSavedAsTheLastDataset() throws Exception {
        Fx.startHeadless();
        file = new SettingsFile(dir.resolve("settings.properties"));
        TestData.threeEvents(dir);
        Path three = dir.resolve("three.geojson");
        Session session = new Session(Locale.ENGLISH, null);
        SettingsKeeper keeper = new SettingsKeeper(file, Settings.DEFAULTS, Settings.DEFAULTS);
        DatasetOpener opener = keeper.tracking(CronomapaApp.opener(session));
        Fx.call(() -> {
            keeper.watch(session.state);
            session.state.loadDataset(opener.open(three).dataset()); // as File → Open does, off and then on the FX thread
            session.state.setSpeed(2);
            session.state.setWindowDays(TimeIndex.ALL_SO_FAR);
            session.state.setMetric(Metric.FATALITIES);
            keeper.saveNow();
            return null;
        });
        Settings s = saved();
        assertEquals(three.toAbsolutePath(), s.dataset());
        assertFalse(s.validRowsOnly());
        ViewerState reopened = new ViewerState();
        s.applyTo(reopened);
        reopened.loadDataset(DatasetFiles.open(s.dataset(), TestData.regions()));
        assertEquals(2, reopened.timeline().playback().speed());
        assertEquals(TimeIndex.ALL_SO_FAR, reopened.timeline().windowDays());
        assertEquals(Metric.FATALITIES, reopened.timeline().metric());
        assertEquals(3, reopened.data().dataset().events().size());
    }

    private static final org.cronomapa.model.StoryStep STEP = new org.cronomapa.model.StoryStep(LocalDate.of(2023, 1, 9),
            -70.6, -15.9, -69.7, -15.1, 3, Set.of(), Set.of(), 0, "Juliaca, 9 de enero", "Juliaca, 9 January", "k-20230109-juliaca");

    /** The story being prepared survives a change of language, and the last story file opens again at the next start. */
    @Test
    void anEditedStorySurvivesTheLanguageAndASavedOneOpensAtTheNextStart(FxRobot robot) throws Exception {
        file = new SettingsFile(dir.resolve("settings.properties"));
        launch(robot, Locale.ENGLISH, false);
        org.cronomapa.model.Story bundled = org.cronomapa.io.StoryReader.bundled().story();
        assertEquals(bundled, app.window().stories().story(), "the bundled story at first");
        robot.interact(() -> app.window().stories().edit(s -> s.withName("Lección").inserted(0, STEP)));
        org.cronomapa.ui.MainWindow english = app.window();
        org.cronomapa.TestData.clickMenus(robot, "#view-menu", "#language-menu", "#language-es");
        WaitForAsyncUtils.waitForFxEvents();
        org.junit.jupiter.api.Assertions.assertNotSame(english, app.window(), "the window was rebuilt in Spanish");
        assertEquals("Lección", app.window().stories().story().name(), "the story being edited is kept");
        assertEquals(STEP, app.window().stories().story().steps().get(0));
        assertTrue(app.window().stories().dirty(), "and still marked unsaved");

        Path lesson = dir.resolve("lección.json");
        assertTrue(WaitForAsyncUtils.asyncFx(() -> app.window().saveStory(lesson)).get());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lesson.toAbsolutePath().equals(file.read().settings().storyFile()));
        org.cronomapa.model.Story saved = app.window().stories().story();
        close(robot);

        launch(robot, Locale.ENGLISH, false);
        assertEquals(saved, app.window().stories().story(), "the last story file opens again");
        assertEquals(lesson, app.window().stories().file());
        close(robot);

        Files.delete(lesson);
        launch(robot, Locale.ENGLISH, false);
        assertEquals(bundled, app.window().stories().story(), "a story file gone: the bundled story");
        close(robot);
        assertNull(file.read().settings().storyFile(), "and forgotten");
        assertEquals(List.of(), file.read().report());
    }
}
