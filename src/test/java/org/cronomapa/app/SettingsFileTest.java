package org.cronomapa.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cronomapa.filter.Filter;
import org.cronomapa.model.EventType;
import org.cronomapa.timeline.Metric;
import org.cronomapa.timeline.TimeIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings read back as written; a damaged file or value gives defaults and a line saying so, never a throw. */
class SettingsFileTest {
    @TempDir
    Path dir;

    private Settings everything() {
        return new Settings(new Settings.Placement(-1600, 40, 1200, 760, true), dir.resolve("dé jà\\ vu").resolve(" a=b.csv"),
                true, 2.5, true, TimeIndex.ALL_SO_FAR, Metric.FATALITIES, Locale.forLanguageTag("es"),
                new Filter(Set.of(EventType.STRIKE, EventType.ROADBLOCK), Set.of("PE-PUN", "PE"), 3, "  Juliacá = sur\\ ",
                        LocalDate.of(2023, 1, 2), LocalDate.of(2023, 2, 1)),
                new TreeMap<>(Map.of("filter.colour", "red", "story.step", "4")));
    }

    @Test
    void everyValueReadsBackAsWrittenAndUnknownKeysAreKept() throws Exception {
        SettingsFile file = new SettingsFile(dir.resolve("conf").resolve("settings.properties"));
        file.write(everything());
        SettingsFile.Read read = file.read();
        assertEquals(List.of(), read.report());
        assertEquals(everything(), read.settings());
        String text = Files.readString(file.path());
        assertTrue(text.contains("\nformat=1\n"), text);
        assertTrue(text.contains("\nfilter.types=roadblock,strike\n"), text);
        assertTrue(text.contains("\nfilter.regions=PE,PE-PUN\n"), text);
        assertTrue(text.contains("\nfilter.colour=red\n"), "a later version's key travels through: " + text);
        try (var left = Files.list(file.path().getParent())) {
            assertEquals(List.of(file.path()), left.toList(), "written atomically: no temporary file left");
        }
    }

    @Test
    void theScenesSizeIsKeptWithThePlaceAndAFileWithoutItStillReads() throws Exception {
        SettingsFile file = new SettingsFile(dir.resolve("settings.properties"));
        Settings.Placement placed = new Settings.Placement(30, 40, 1210, 838, false, 1200, 800);
        file.write(Settings.DEFAULTS.withPlacement(placed));
        assertEquals(placed, file.read().settings().placement());
        assertTrue(file.read().settings().placement().sceneKnown());
        // A file from before the scene's size was kept: the place alone, and the scene unknown.
        Files.writeString(file.path(), "format=1\nwindow.x=30\nwindow.y=40\nwindow.width=1210\nwindow.height=838\n");
        SettingsFile.Read old = file.read();
        assertEquals(List.of(), old.report());
        assertEquals(new Settings.Placement(30, 40, 1210, 838, false), old.settings().placement());
        assertTrue(!old.settings().placement().sceneKnown());
        // A damaged scene size is reported by its key, and the place is still used.
        Files.writeString(file.path(), "format=1\nwindow.x=30\nwindow.y=40\nwindow.width=1210\nwindow.height=838\n"
                + "window.scene-width=wide\nwindow.scene-height=800\n");
        SettingsFile.Read bad = file.read();
        assertTrue(bad.report().stream().anyMatch(l -> l.contains("window.scene-width")), bad.report().toString());
        assertEquals(new Settings.Placement(30, 40, 1210, 838, false), bad.settings().placement());
    }

    @Test
    void theDefaultsReadBackAndAMissingFileIsAFirstRun() throws Exception {
        SettingsFile file = new SettingsFile(dir.resolve("settings.properties"));
        assertEquals(new SettingsFile.Read(Settings.DEFAULTS, List.of()), file.read());
        file.write(Settings.DEFAULTS);
        assertEquals(new SettingsFile.Read(Settings.DEFAULTS, List.of()), file.read());
    }

    @Test
    void settingsRecoveryFromACorruptFile() throws Exception {
        SettingsFile good = new SettingsFile(dir.resolve("good.properties"));
        good.write(everything());
        byte[] whole = Files.readAllBytes(good.path());
        Map<String, byte[]> damaged = new TreeMap<>();
        damaged.put("no format line; not a Cronomapa settings file", "\u00ff\u0001 garbage ]]]{\n:::\n".getBytes(StandardCharsets.UTF_8));
        damaged.put("no format line; not a Cronomapa settings file ", java.util.Arrays.copyOf(whole, 40)); // truncated
        damaged.put("binary content (a NUL byte)", "format=1\nplayback.speed=2\u0000\u0000".getBytes(StandardCharsets.UTF_8));
        damaged.put("not UTF-8 text", new byte[] {'f', 'o', 'r', 'm', 'a', 't', '=', '1', '\n', 'x', '=', (byte) 0xC3, '(', '\n'});
        damaged.put("a malformed \\u escape", "format=1\nlanguage=\\u12\n".getBytes(StandardCharsets.UTF_8));
        damaged.put("format '7' is not 1", "format=7\nplayback.speed=2\n".getBytes(StandardCharsets.UTF_8));
        damaged.put("", new byte[0]);
        for (var e : damaged.entrySet()) {
            Path p = dir.resolve("settings.properties");
            Files.write(p, e.getValue());
            SettingsFile.Read read = new SettingsFile(p).read();
            String reason = e.getKey().isEmpty() ? "no format line; not a Cronomapa settings file" : e.getKey().trim();
            assertEquals(Settings.DEFAULTS, read.settings(), reason);
            assertEquals(List.of("settings file " + p + " could not be read (" + reason + "); using defaults"), read.report());
        }
    }

    @Test
    void aFolderOrAHugeFileIsReportedNotFatal() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("settings.properties"));
        assertEquals(List.of("settings file " + folder + " could not be read (it is a folder); using defaults"),
                new SettingsFile(folder).read().report());
        Path huge = dir.resolve("huge.properties");
        Files.write(huge, ("format=1\n" + "x=y\n".repeat(300_000)).getBytes(StandardCharsets.UTF_8));
        SettingsFile.Read read = new SettingsFile(huge).read();
        assertEquals(Settings.DEFAULTS, read.settings());
        assertEquals(List.of("settings file " + huge + " could not be read (larger than 1024 KB); using defaults"), read.report());
    }

    @Test
    void aBadValueFallsBackForThatValueOnly() throws Exception {
        Path p = dir.resolve("settings.properties");
        Files.writeString(p, String.join("\n", "format=1", "playback.speed=99", "playback.loop=yes", "timeline.window=14",
                "timeline.metric=deaths", "language=fr", "window.x=NaN", "window.y=10", "window.width=900",
                "window.height=700", "filter.kept=1", ""));
        SettingsFile.Read read = new SettingsFile(p).read();
        Settings s = read.settings();
        assertEquals(1, s.speed());
        assertEquals(false, s.loop());
        assertEquals(14, s.windowDays());
        assertEquals(Metric.FATALITIES, s.metric());
        assertNull(s.language());
        assertNull(s.placement(), "a place with a bad coordinate is dropped whole");
        assertEquals(Map.of("filter.kept", "1"), s.others());
        assertEquals(List.of(
                "settings file " + p + ": window.x 'NaN' is not a number from -1000000 to 1000000; using the default",
                "settings file " + p + ": playback.speed '99' is not a number from 0.5 to 8; using the default",
                "settings file " + p + ": playback.loop 'yes' is not true or false; using the default",
                "settings file " + p + ": language 'fr' is not 'es' or 'en'; using the default"), read.report());
    }

    @Test
    void aBadFilterValueFallsBackAloneAndAnUnknownTypeIsLeftOut() throws Exception {
        Path p = dir.resolve("settings.properties");
        Files.writeString(p, String.join("\n", "format=1", "filter.types=roadblock, teleport ,KILLING", "filter.regions=pe-pun,Puno!",
                "filter.min-deaths=-2", "filter.search=Juliaca", "filter.from=2023-02-30", "filter.to=2023-01-31", "filter.future=x", ""));
        SettingsFile.Read read = new SettingsFile(p).read();
        Filter f = read.settings().filter();
        assertEquals(Set.of(EventType.ROADBLOCK), f.types(), "known codes only, in the files' case");
        assertEquals(Set.of(), f.regions());
        assertEquals(0, f.minDeaths());
        assertEquals("Juliaca", f.search());
        assertNull(f.from());
        assertEquals(LocalDate.of(2023, 1, 31), f.to());
        assertEquals(Map.of("filter.future", "x"), read.settings().others());
        assertEquals(List.of(
                "settings file " + p + ": filter.types has unknown teleport, KILLING; left out of the filter",
                "settings file " + p + ": filter.regions 'pe-pun,Puno!' is not a list of region codes; using the default",
                "settings file " + p + ": filter.min-deaths '-2' is not a whole number from 0 to 1000000; using the default",
                "settings file " + p + ": filter.from '2023-02-30' is not a date (YYYY-MM-DD); using the default"), read.report());

        Files.writeString(p, "format=1\nfilter.from=2023-03-01\nfilter.to=2023-01-01\nfilter.min-deaths=2\n");
        read = new SettingsFile(p).read();
        assertEquals(Filter.ALL.withMinDeaths(2), read.settings().filter(), "a range ending before it starts is dropped whole");
        assertEquals(1, read.report().size(), String.join("\n", read.report()));
    }

    @Test
    void aSavedFilterIsFittedToTheDataItIsRestoredOn() throws Exception {
        var regions = org.cronomapa.io.RegionsReader.bundled();
        var data = org.cronomapa.io.DatasetFiles.bundled(regions);
        TimeIndex index = new TimeIndex(data.events(), regions.regions().size());
        List<String> notes = new java.util.ArrayList<>();
        Filter fits = new Filter(Set.of(EventType.KILLING), Set.of("PE-PUN", "PE"), 1, "x", LocalDate.of(2023, 1, 1), null);
        assertEquals(fits, SavedFilter.fitted(fits, regions, index, notes::add));
        assertEquals(List.of(), notes);
        Filter stale = fits.withRegions(Set.of("PE-PUN", "PE-XYZ")).withDates(LocalDate.of(2031, 1, 1), null);
        assertEquals(fits.withRegions(Set.of("PE-PUN")).withDates(null, null), SavedFilter.fitted(stale, regions, index, notes::add));
        assertEquals(1, notes.size(), "one note: " + notes);
        assertTrue(notes.get(0).contains("PE-XYZ") && notes.get(0).contains("2031-01-01"), notes.get(0));
    }

    @Test
    void outOfRangeAndWrongTypesInEveryField() throws Exception {
        Path p = dir.resolve("settings.properties");
        Files.writeString(p, String.join("\n", "format = 1", "timeline.window=0", "timeline.metric=1", "playback.speed=0x10",
                "window.x=1e3", "window.y=0", "window.width=50", "window.height=700", "dataset.valid-rows-only=maybe", ""));
        SettingsFile.Read read = new SettingsFile(p).read();
        assertEquals(Settings.DEFAULTS, read.settings());
        assertEquals(6, read.report().size(), String.join("\n", read.report()));
    }
}
