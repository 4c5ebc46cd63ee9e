package org.cronomapa.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cronomapa.labels.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recent files survive a restart; a missing, stale or garbled list never stops the app. */
class RecentFilesOnDiskTest {
    private static final Texts EN = new Texts(Session.bundle(Locale.ENGLISH));
    private static final Texts ES = new Texts(Session.bundle(Locale.forLanguageTag("es")));

    @TempDir
    Path dir;

    @Test
    void aListThatCannotBeReadIsANoteInTheWindowsLanguageAndANewList() throws Exception {
        Path store = Files.write(dir.resolve("recent-files.txt"), new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', '\n'});
        List<String> notes = new ArrayList<>();
        assertEquals(List.of(), RecentFilesOnDisk.load(store, ES, notes::add).list());
        assertEquals(1, notes.size());
        assertTrue(notes.get(0).startsWith("nota: no se pudo leer la lista de archivos recientes " + store), notes.get(0));
        notes.clear();
        RecentFilesOnDisk.load(store, EN, notes::add);
        assertTrue(notes.get(0).startsWith("note: the list of recent files " + store + " could not be read"), notes.get(0));
    }

    @Test
    void aListThatCannotBeSavedIsANoteAndTheListStaysInMemory() throws Exception {
        Path blocker = Files.writeString(dir.resolve("blocker"), "a file where the folder should be");
        Path a = Files.writeString(dir.resolve("a.csv"), "x");
        List<String> notes = new ArrayList<>();
        RecentFilesOnDisk recent = RecentFilesOnDisk.load(blocker.resolve("recent-files.txt"), ES, notes::add);
        recent.remember(a);
        assertEquals(List.of(a), recent.list());
        assertEquals(1, notes.size());
        assertTrue(notes.get(0).startsWith("nota: no se pudo guardar la lista de archivos recientes"), notes.get(0));
    }

    @Test
    void theListSurvivesARestartMostRecentFirst() throws Exception {
        Path store = dir.resolve("conf").resolve("recent-files.txt");
        Path a = Files.writeString(dir.resolve("a.csv"), "x");
        Path b = Files.writeString(dir.resolve("b.csv"), "x");
        RecentFilesOnDisk first = RecentFilesOnDisk.load(store, EN);
        first.remember(a);
        first.remember(b);
        first.remember(a);
        assertEquals(List.of(a, b), RecentFilesOnDisk.load(store, EN).list());
    }

    @Test
    void filesThatNoLongerExistAndGarbledLinesAreDropped() throws Exception {
        Path store = dir.resolve("recent-files.txt");
        Path a = Files.writeString(dir.resolve("a.csv"), "x");
        Files.writeString(store, dir.resolve("gone.csv") + "\n\n" + a + "\n\u0000bad\n");
        assertEquals(List.of(a), RecentFilesOnDisk.load(store, EN).list());
        assertEquals(List.of(), RecentFilesOnDisk.load(dir.resolve("none.txt"), EN).list());
    }
}
