package org.cronomapa.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The archive step's options and the class-list filter the installers' image uses (decision 0022). */
class BuildClassArchiveTest {
    @Test
    void defaultsTrainBothRunsAndKeepEveryClass() {
        BuildClassArchive.Request r = BuildClassArchive.Request.of(new String[] {"--jar", "a.jar", "--out", "a.jsa"});
        assertEquals(Path.of("a.jar"), r.jar());
        assertEquals(Path.of("a.jsa"), r.out());
        assertTrue(r.window());
        assertFalse(r.jarOnly());
    }

    @Test
    void theImageAsksForTheSnapshotAndTheJarsClassesOnly() {
        BuildClassArchive.Request r = BuildClassArchive.Request.of(new String[] {"--java", "/x/bin/java", "--jar", "a.jar",
            "--out", "a.jsa", "--training", "snapshot", "--classes", "jar"});
        assertEquals("/x/bin/java", r.java());
        assertFalse(r.window());
        assertTrue(r.jarOnly());
    }

    @Test
    void anUnknownChoiceOrOptionIsAUsageError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BuildClassArchive.Request.of(
                new String[] {"--jar", "a.jar", "--out", "a.jsa", "--training", "window"}));
        assertTrue(e.getMessage().contains("expected both or snapshot, not window"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BuildClassArchive.Request.of(
                new String[] {"--jar", "a.jar", "--out", "a.jsa", "--size", "small"}));
        assertThrows(IllegalArgumentException.class, () -> BuildClassArchive.Request.of(new String[] {"--jar", "a.jar"}));
    }

    @Test
    void theJarsClassesAreKeptAndTheRuntimesAndLambdaLinesDropped() {
        assertTrue(BuildClassArchive.fromJar("org/cronomapa/app/Main id: 812"));
        assertTrue(BuildClassArchive.fromJar("com/fasterxml/jackson/core/JsonFactory id: 900"));
        assertFalse(BuildClassArchive.fromJar("java/lang/Object id: 0"));
        assertFalse(BuildClassArchive.fromJar("javax/imageio/ImageIO id: 77"));
        assertFalse(BuildClassArchive.fromJar("@lambda-proxy org/cronomapa/app/Main run ()Ljava/lang/Runnable;"));
        assertFalse(BuildClassArchive.fromJar("# NOTE: Do not modify this file."));
    }
}
