package org.cronomapa.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Build step, run by Maven in the package phase after the jar is shaded (pom.xml, skipped with
 * {@code -Dcds.skip=true}): the application class-data archive the launcher starts with
 * (docs/decisions/0024-startup-first-map.md). Two training runs in fresh JVMs list the classes they
 * load, a headless {@code --snapshot} of the bundled data and the window on Monocle up to its first map;
 * then {@code java -Xshare:dump} writes one static archive of both lists. The archive only fits the
 * {@code java} that made it and the jar at the same path, so a packager runs this again with its own:
 * {@code java -cp cronomapa.jar org.cronomapa.app.BuildClassArchive --java RUNTIME/bin/java
 * --jar APP/cronomapa.jar --out APP/cronomapa.jsa}.
 *
 * <p>For the installers' image, where every megabyte counts (docs/decisions/0022-dist-installers.md),
 * {@code --training snapshot} keeps the headless run only and {@code --classes jar} keeps only the
 * classes the jar holds (the app, JavaFX and the libraries: parsed and verified at every start
 * without an archive), leaving the runtime's own classes to its modules file: 13 MB instead of 41.
 */
public final class BuildClassArchive {
    private static final long RUN_SECONDS = 120;

    private BuildClassArchive() {
    }

    public static void main(String[] args) throws Exception {
        Request o = Request.of(args);
        Path jar = o.jar.toAbsolutePath().normalize();
        Path out = o.out.toAbsolutePath().normalize();
        Path work = Files.createTempDirectory("cronomapa-cds");
        try {
            Set<String> classes = new LinkedHashSet<>();
            classes.addAll(train(o.java, work.resolve("snapshot.classes"), List.of(), jar,
                    "--snapshot", work.resolve("training.png").toString()));
            if (o.window) {
                classes.addAll(train(o.java, work.resolve("window.classes"), List.of("-Dglass.platform=Monocle",
                        "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true",
                        "-Dcronomapa.startup.exit=true"), jar, "--defaults"));
            }
            if (o.jarOnly) {
                classes.removeIf(line -> !fromJar(line));
            }
            Path list = work.resolve("cronomapa.classes");
            Files.write(list, classes, StandardCharsets.UTF_8);
            Files.createDirectories(out.getParent());
            Path partial = out.resolveSibling(out.getFileName() + ".part");
            run(List.of(o.java, "-Xshare:dump", "-Xlog:cds=error", "-XX:SharedClassListFile=" + list,
                    "-XX:SharedArchiveFile=" + partial, "-cp", jar.toString()), work.resolve("dump.log"));
            Files.move(partial, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            System.out.println("class-data archive " + out + " (" + Files.size(out) / (1 << 20) + " MB, "
                    + classes.size() + " classes and lambda forms)");
        } finally {
            deleteAll(work);
        }
    }

    /**
     * The command-line of this step:
     * {@code [--java JAVA] --jar JAR --out FILE [--training snapshot|both] [--classes jar|all]}.
     */
    record Request(String java, Path jar, Path out, boolean window, boolean jarOnly) {
        private static final String USAGE = "usage: BuildClassArchive [--java JAVA] --jar JAR --out FILE.jsa"
                + " [--training snapshot|both] [--classes jar|all]";

        static Request of(String[] args) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Path jar = null;
            Path out = null;
            boolean window = true;
            boolean jarOnly = false;
            for (int i = 0; i + 1 < args.length; i += 2) {
                String value = args[i + 1];
                switch (args[i]) {
                    case "--java" -> java = value;
                    case "--jar" -> jar = Path.of(value);
                    case "--out" -> out = Path.of(value);
                    case "--training" -> window = choice(value, "both", "snapshot");
                    case "--classes" -> jarOnly = !choice(value, "all", "jar");
                    default -> throw new IllegalArgumentException("unknown option " + args[i] + "; " + USAGE);
                }
            }
            if (jar == null || out == null || args.length % 2 != 0) {
                throw new IllegalArgumentException(USAGE);
            }
            return new Request(java, jar, out, window, jarOnly);
        }

        /** True for {@code yes}, false for {@code no}, else a usage error. */
        private static boolean choice(String value, String yes, String no) {
            if (!value.equals(yes) && !value.equals(no)) {
                throw new IllegalArgumentException("expected " + yes + " or " + no + ", not " + value + "; " + USAGE);
            }
            return value.equals(yes);
        }
    }

    /**
     * Whether a class-list line names a class the jar holds: not one of the runtime's own (which
     * come from its modules file), nor a lambda or method-handle line ({@code @...}, which would
     * pull the runtime's classes back in). The runtime that runs this step has at least the
     * modules of the one being trained, so what its boot or platform loader finds is the runtime's.
     */
    static boolean fromJar(String line) {
        if (line.startsWith("@") || line.startsWith("#") || line.isBlank()) {
            return false;
        }
        String name = line.split(" ", 2)[0];
        return ClassLoader.getPlatformClassLoader().getResource(name + ".class") == null;
    }

    /** One training run; the classes it loaded, in the order it loaded them. */
    private static List<String> train(String java, Path list, List<String> flags, Path jar, String... args)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(java, "-XX:DumpLoadedClassList=" + list));
        cmd.addAll(flags);
        cmd.addAll(List.of("-jar", jar.toString()));
        cmd.addAll(List.of(args));
        run(cmd, list.resolveSibling(list.getFileName() + ".log"));
        return Files.readAllLines(list, StandardCharsets.UTF_8);
    }

    private static void run(List<String> cmd, Path log) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(RUN_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("no end after " + RUN_SECONDS + " s: " + String.join(" ", cmd) + "\n" + Files.readString(log));
        }
        if (p.exitValue() != 0) {
            throw new IOException("exit code " + p.exitValue() + ": " + String.join(" ", cmd) + "\n" + Files.readString(log));
        }
    }

    private static void deleteAll(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
