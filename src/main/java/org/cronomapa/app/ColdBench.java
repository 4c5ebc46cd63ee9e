package org.cronomapa.app;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cronomapa.io.CsvEvents;
import org.cronomapa.io.RegionsReader;
import org.cronomapa.model.Dataset;
import org.cronomapa.model.RegionMap;
import org.cronomapa.timeline.TimeIndex;

/**
 * Issue 11's cold figures for {@code --bench}, each from fresh JVMs (median of three): a million
 * events read as the first thing a JVM does, the heap they keep, a 30-frame export timed from
 * outside, and what each frame past thirty adds. When {@code tools/bench_geopandas.py} and a
 * Python with geopandas are there, the script does the same job in the same run for the ratio.
 */
final class ColdBench {
    private static final int RUNS = 3;

    private ColdBench() {
    }

    /** The child JVM's side: read the file cold, then measure what a dataset keeps. */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        RegionMap regions = RegionsReader.bundled();
        long cpu0 = ExportFramesCommand.Phases.cpuMillis();
        long t0 = System.nanoTime();
        Dataset d = CsvEvents.read(file, regions);
        new TimeIndex(d.events(), regions.size());
        double ms = (System.nanoTime() - t0) / 1e6;
        long cpu = ExportFramesCommand.Phases.cpuMillis() - cpu0;
        int n = d.events().size();
        d = null;
        // The region grid, built by the first read, is the map's, not the events': measured before.
        long before = BenchCommand.usedHeap();
        Dataset again = CsvEvents.read(file, regions);
        TimeIndex index = new TimeIndex(again.events(), regions.size());
        long after = BenchCommand.usedHeap();
        System.out.printf(Locale.ROOT, "cold load %.1f ms cpu %d ms heap %.2f B/event (%d events, %d days)%n", ms, cpu,
                (after - before) / (double) n, n, index.days());
    }

    /** The lines {@code --bench} prints: each figure beside its target. */
    static List<String> report(Path dir, RegionMap regions) throws Exception {
        Path csv = dir.resolve("cold-1m.csv");
        SyntheticEvents.write(csv, 1_000_000, regions, 42);
        List<String> out = new ArrayList<>();
        out.add("cold figures, 1M events (fresh JVMs, median of " + RUNS + "; load average at start "
                + loadAverage() + "):");
        for (List<String> jit : List.of(QuickJit.C1, List.<String>of())) {
            List<Double> load = new ArrayList<>();
            String last = "";
            for (int k = 0; k < RUNS; k++) {
                last = run(jit, ColdBench.class.getName(), csv.toString()).trim();
                load.add(Double.parseDouble(last.split(" ")[2]));
            }
            out.add(String.format(Locale.ROOT, "  CSV load, cold (%s): %.0f ms (target <= 400 ms); last run: %s",
                    jit.isEmpty() ? "default JIT" : "C1 only, as --export-frames runs", BenchCommand.median(load), last));
        }
        // 30 and 60 frames alternately, so a change in the machine's load falls on both alike.
        List<List<Double>> wall = List.of(new ArrayList<>(), new ArrayList<>());
        List<List<Double>> cpu = List.of(new ArrayList<>(), new ArrayList<>());
        for (int k = 0; k < RUNS; k++) {
            for (int f = 0; f < 2; f++) {
                Path frameDir = Files.createTempDirectory(dir, "frames");
                long t0 = System.nanoTime();
                String said = run(asLauncher(), Main.class.getName(), "--export-frames", frameDir.toString(), "--frames",
                        String.valueOf(30 * (f + 1)), "--data", csv.toString());
                wall.get(f).add((System.nanoTime() - t0) / 1e6);
                cpu.get(f).add(writtenCpu(said));
            }
        }
        double[] w = {BenchCommand.median(wall.get(0)), BenchCommand.median(wall.get(1))};
        double[] c = {BenchCommand.median(cpu.get(0)), BenchCommand.median(cpu.get(1))};
        double perFrame = (w[1] - w[0]) / 30;
        out.add(String.format(Locale.ROOT, "  cold --export-frames as bin/cronomapa starts it (%s), 30 frames 1280x800, 7-day window:"
                + " %.0f ms wall, %.0f ms processor (target <= 1150 ms wall, 3x faster than geopandas+matplotlib's 3.4 s)",
                String.join(" ", asLauncher()), w[0], c[0]));
        out.add(String.format(Locale.ROOT, "  each frame past 30: %.1f ms wall = (T(60) %.0f ms - T(30))/30, %.1f ms processor"
                + " (target <= 11 ms wall)", perFrame, w[1], (c[1] - c[0]) / 30));
        out.add("  " + geopandas(csv, dir, w[0], perFrame));
        Files.delete(csv);
        return out;
    }

    /** The processor time the export reported at "written" (its phases line), or NaN. */
    private static double writtenCpu(String said) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("written \\d+/(\\d+) ms").matcher(said);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    /** The comparison script on the same file, when it and its libraries are there. */
    private static String geopandas(Path csv, Path dir, double javaMs, double javaPerFrame) throws Exception {
        Path script = Path.of("tools", "bench_geopandas.py");
        String python = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
        if (!Files.exists(script)) {
            return "geopandas comparison: run from the source folder to have tools/bench_geopandas.py";
        }
        double[] wall = new double[2];
        String[] said = new String[2];
        for (int f = 0; f < 2; f++) {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(python, script.toString(), csv.toString(),
                    Files.createTempDirectory(dir, "gpd").toString(), String.valueOf(30 * (f + 1))).redirectErrorStream(true).start();
            said[f] = new String(p.getInputStream().readAllBytes()).trim();
            if (p.waitFor() != 0) {
                return "geopandas comparison not run: " + said[f].lines().reduce((a, b) -> b).orElse("no output");
            }
            wall[f] = (System.nanoTime() - t0) / 1e6;
        }
        double perFrame = (wall[1] - wall[0]) / 30;
        return String.format(Locale.ROOT, "geopandas+matplotlib, same file, one run each: 30 frames %.0f ms wall (%.2fx"
                + " Cronomapa's); each frame past 30 %.1f ms (%.1fx); the script said: %s", wall[0], wall[0] / javaMs,
                perFrame, perFrame / javaPerFrame, said[0]);
    }

    /**
     * The JVM options bin/cronomapa and the installed app start with: C1 only, and the class-data
     * archive beside the jar when the build made one (docs/decisions/0028-c1-for-every-mode.md).
     */
    static List<String> asLauncher() {
        List<String> jvm = new ArrayList<>(QuickJit.C1);
        String cp = ManagementFactory.getRuntimeMXBean().getClassPath();
        if (!cp.contains(java.io.File.pathSeparator) && cp.endsWith(".jar")) {
            Path jsa = Path.of(cp).toAbsolutePath().resolveSibling("cronomapa.jsa");
            if (Files.isRegularFile(jsa)) {
                jvm.addAll(List.of("-XX:SharedArchiveFile=" + jsa, "-Xshare:auto"));
            }
        }
        return jvm;
    }

    private static String run(List<String> jvm, String main, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(jvm);
        cmd.addAll(List.of("-cp", ManagementFactory.getRuntimeMXBean().getClassPath(), main));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException("bench child failed: " + text);
        }
        return text;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (Exception e) {
            return "unknown";
        }
    }
}
