package org.cronomapa.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a cold {@code --export-frames} in a child JVM that compiles with C1 only. A batch export
 * lasts a second or two: in that time the optimising compiler spends more processor time than its
 * code saves (on two cores, a cold 30-frame export of a million events used 4.8 s of processor
 * time with it and 2.8 s without, docs/decisions/0025-million-compact-columns.md), and a jar cannot
 * choose its JVM's options, so the first JVM starts the second with them. Off with
 * {@code -Dcronomapa.quickjit=off}, when the command line cannot be read back, or when it already
 * chooses the compilers ({@code bin/cronomapa} passes C1 only for it), and when the process is not
 * the {@code java} launcher (the installed app's native launcher, whose arguments are the app's).
 */
final class QuickJit {
    static final String PROPERTY = "cronomapa.quickjit";
    /**
     * The compiler choice every run of the launcher starts with (bin/cronomapa and the installed app
     * pass the same; a test keeps them in step): C1 only, and a loop compiled after 6,000 turns instead
     * of 60,000, so a cold export's first two frames run their marker loops (≈ 66,000 turns each) as
     * compiled code instead of interpreted: 75 + 50 ms of markers became ≈ 20 + 12, the 30-frame export
     * 1,600 → 1,499 ms (interleaved). docs/decisions/0028-c1-for-every-mode.md.
     */
    static final List<String> C1 = List.of("-XX:TieredStopAtLevel=1", "-XX:Tier3BackEdgeThreshold=6000");

    private QuickJit() {
    }

    /**
     * Whether this JVM's compilers were already chosen (a launcher that passes C1 only, a user's
     * flag, an environment variable the java launcher reads): then it does the work itself.
     */
    static boolean jitChosen(List<String> jvmArguments) {
        List<String> all = new ArrayList<>(jvmArguments);
        for (String variable : List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS")) {
            String value = System.getenv(variable);
            if (value != null) {
                all.add(value);
            }
        }
        return all.stream().anyMatch(a -> a.contains("TieredStopAtLevel") || a.contains("TieredCompilation")
                || a.equals("-Xint") || a.equals("-Xcomp"));
    }

    /**
     * Whether the process is the {@code java} launcher, whose arguments are JVM options then the
     * application's: only its command line can be run again with one more option. A native launcher
     * (the installed app's {@code bin/Cronomapa}, made by jpackage) takes only application arguments.
     */
    static boolean isJavaLauncher(String command) {
        String name = java.nio.file.Path.of(command).getFileName().toString();
        return name.equals("java") || name.equals("java.exe");
    }

    /** The child's exit code, or -1 when this JVM should do the work itself. */
    static int relaunch(String[] args) {
        if (!List.of(args).contains("--export-frames") || "off".equals(System.getProperty(PROPERTY))) {
            return -1;
        }
        ProcessHandle.Info info = ProcessHandle.current().info();
        if (info.command().isEmpty() || !isJavaLauncher(info.command().get()) || info.arguments().isEmpty()
                || jitChosen(List.of(info.arguments().get()))) {
            return -1;
        }
        List<String> command = new ArrayList<>(List.of(info.command().get()));
        command.addAll(C1);
        command.add("-D" + PROPERTY + "=off");
        // The user's own options come after ours, so theirs win (a later -XX flag overrides an earlier one).
        command.addAll(List.of(info.arguments().get()));
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        Thread stop = new Thread(child::destroy, "stop-export");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            return child.waitFor();
        } catch (InterruptedException e) {
            child.destroy();
            Thread.currentThread().interrupt();
            return 1;
        }
    }
}
