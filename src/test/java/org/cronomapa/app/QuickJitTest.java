package org.cronomapa.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A JVM whose compilers were already chosen is not started again with C1 only. */
class QuickJitTest {
    @Test
    void aCommandLineThatChoosesTheCompilersKeepsTheWorkInThisJvm() {
        assertTrue(QuickJit.jitChosen(List.of("-XX:TieredStopAtLevel=1", "-jar", "cronomapa.jar", "--export-frames", "f")));
        assertTrue(QuickJit.jitChosen(List.of("-XX:-TieredCompilation", "-cp", "x", "Main")));
        assertTrue(QuickJit.jitChosen(List.of("-Xint", "-jar", "cronomapa.jar")));
        // Other flags choose nothing (unless JDK_JAVA_OPTIONS or JAVA_TOOL_OPTIONS already did).
        if (!QuickJit.jitChosen(List.of())) {
            assertFalse(QuickJit.jitChosen(List.of("-Xmx1g", "-jar", "cronomapa.jar", "--export-frames", "f")));
        }
    }

    /** bin/cronomapa and the installed app's launcher start with the compiler choice QuickJit relaunches with. */
    @Test
    void theLaunchersPassTheSameCompilerFlags() throws Exception {
        String launcher = java.nio.file.Files.readString(java.nio.file.Path.of("bin", "cronomapa"));
        String dist = java.nio.file.Files.readString(java.nio.file.Path.of("src", "dist", "dist.xml"));
        String c1 = launcher.replaceAll("(?s).*\nc1=\"([^\"]*)\".*", "$1");
        assertTrue(java.util.List.of(c1.split(" ")).equals(QuickJit.C1), "bin/cronomapa's c1: " + c1);
        for (String flag : QuickJit.C1) {
            assertTrue(dist.contains(flag), "src/dist/dist.xml's launcher options lack " + flag);
        }
    }

    /** Only the java launcher is started again: the installed app's native launcher takes app arguments only. */
    @Test
    void onlyTheJavaLauncherIsStartedAgain() {
        assertTrue(QuickJit.isJavaLauncher("/usr/lib/jvm/java-17/bin/java"));
        assertTrue(QuickJit.isJavaLauncher("C:\\jdk\\bin\\java.exe".replace("\\", "/")));
        assertFalse(QuickJit.isJavaLauncher("/opt/cronomapa/bin/Cronomapa"));
        assertFalse(QuickJit.isJavaLauncher("/usr/bin/javac"));
    }
}
