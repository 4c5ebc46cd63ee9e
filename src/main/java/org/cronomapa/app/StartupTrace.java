package org.cronomapa.app;

import java.util.ArrayList;
import java.util.List;

/**
 * The start-up's phases in milliseconds since the JVM started, printed on standard error when asked
 * for ({@code --trace-startup} or {@code -Dcronomapa.trace=true}; docs/BENCHMARKS.md, "First map").
 * A mark costs one {@code System.nanoTime()}; the JVM's start is looked up only when the marks are
 * printed, after the last one, so the 15 ms that lookup costs falls outside what is measured.
 */
final class StartupTrace {
    private static final List<String> PHASES = new ArrayList<>();
    private static final List<Long> NANOS = new ArrayList<>();
    private static volatile boolean on = Boolean.getBoolean("cronomapa.trace");
    private static boolean reported;

    private StartupTrace() {
    }

    static void enable() {
        on = true;
    }

    /**
     * Notes that a phase has ended (from any thread); marks made before {@link #enable} are kept too.
     * A start has about ten; the bound only keeps a JVM that starts many sessions (the tests) from collecting them.
     */
    static synchronized void mark(String phase) {
        if (!reported && PHASES.size() < 64) {
            PHASES.add(phase);
            NANOS.add(System.nanoTime());
        }
    }

    /** Prints every mark once, if tracing is on; later marks are ignored. */
    static synchronized void report() {
        if (reported || !on) {
            return;
        }
        reported = true;
        System.err.print(lines(System.nanoTime(), System.currentTimeMillis(), jvmStartMillis()));
    }

    /** The marks as lines {@code startup   412 ms  phase}, given one moment read on both clocks. */
    private static synchronized String lines(long nowNanos, long nowMillis, long startMillis) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < PHASES.size(); i++) {
            long ms = nowMillis - startMillis - (nowNanos - NANOS.get(i)) / 1_000_000;
            out.append(String.format(java.util.Locale.ROOT, "startup %5d ms  %s%n", ms, PHASES.get(i)));
        }
        return out.toString();
    }

    /** The JVM's start; a runtime trimmed without java.management falls back to the process's (coarser). */
    static long jvmStartMillis() {
        try {
            return java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        } catch (LinkageError trimmedRuntime) {
            return ProcessHandle.current().info().startInstant().map(java.time.Instant::toEpochMilli)
                    .orElse(System.currentTimeMillis());
        }
    }
}
