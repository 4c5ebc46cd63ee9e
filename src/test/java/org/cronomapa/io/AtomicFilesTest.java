package org.cronomapa.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files appear under their name only when complete; failures say which file and why. */
class AtomicFilesTest {
    @TempDir
    Path dir;

    private long filesIn(Path d) throws IOException {
        try (var s = Files.list(d)) {
            return s.count();
        }
    }

    @Test
    void aCompleteWriteReplacesTheOldFileAndLeavesNoTemporaryFile() throws Exception {
        Path f = dir.resolve("frames.csv");
        Files.writeString(f, "old");
        AtomicFiles.writeText(f, w -> w.write("new"));
        assertEquals("new", Files.readString(f));
        assertEquals(1, filesIn(dir));
    }

    /** A write that fails half-way (the export was stopped, the encoder broke) leaves the old file as it was. */
    @Test
    void aFailedWriteLeavesNeitherAHalfFileNorATemporaryOne() throws Exception {
        Path f = dir.resolve("frame_000.png");
        Files.writeString(f, "the frame from the last export");
        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(f, out -> {
            out.write(new byte[100_000]);
            throw new IllegalStateException("stopped half-way");
        }));
        assertEquals("the frame from the last export", Files.readString(f));
        assertEquals(1, filesIn(dir));
        Path g = dir.resolve("new.png");
        assertThrows(IOException.class, () -> AtomicFiles.write(g, out -> {
            throw new IOException("No space left on device");
        }));
        assertFalse(Files.exists(g));
        assertEquals(1, filesIn(dir));
    }

    @Test
    void aMissingFolderIsNamedInTheMessage() {
        Path f = dir.resolve("no-such-folder").resolve("map.png");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(f, out -> out.write(1)));
        assertTrue(e.getMessage().startsWith("cannot write " + f + ": the folder"), e.getMessage());
    }

    @Test
    void aFileWhereTheFolderShouldBeIsReported() throws Exception {
        Path notADir = Files.writeString(dir.resolve("file"), "x");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(notADir.resolve("map.png"), out -> out.write(1)));
        assertTrue(e.getMessage().startsWith("cannot write "), e.getMessage());
    }

    /** Files.createTempFile's owner-only rights made every export unreadable to anyone else. */
    @Test
    void aWrittenFileGetsTheRightsOfAnyNewFile() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Path written = dir.resolve("events.csv");
        AtomicFiles.writeText(written, w -> w.write("x"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(written));
    }
}
