package org.cronomapa.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recent files survive a restart; a missing, stale or garbled list never stops the app. */
class RecentFilesOnDiskTest {
    @TempDir
    Path dir;

    @Test
    void theListSurvivesARestartMostRecentFirst() throws Exception {
        Path store = dir.resolve("conf").resolve("recent-files.txt");
        Path a = Files.writeString(dir.resolve("a.csv"), "x");
        Path b = Files.writeString(dir.resolve("b.csv"), "x");
        RecentFilesOnDisk first = RecentFilesOnDisk.load(store);
        first.remember(a);
        first.remember(b);
        first.remember(a);
        assertEquals(List.of(a, b), RecentFilesOnDisk.load(store).list());
    }

    @Test
    void filesThatNoLongerExistAndGarbledLinesAreDropped() throws Exception {
        Path store = dir.resolve("recent-files.txt");
        Path a = Files.writeString(dir.resolve("a.csv"), "x");
        Files.writeString(store, dir.resolve("gone.csv") + "\n\n" + a + "\n\u0000bad\n");
        assertEquals(List.of(a), RecentFilesOnDisk.load(store).list());
        assertEquals(List.of(), RecentFilesOnDisk.load(dir.resolve("none.txt")).list());
    }
}
