package org.cronomapa.app;

import java.util.List;
import javafx.application.Application;
import org.cronomapa.io.InputFileException;
import org.cronomapa.labels.Texts;

/**
 * Entry point. With no arguments (or only {@code --data}/{@code --lang}/{@code --defaults}) it opens the window;
 * the other modes run with no display. Not a JavaFX Application itself, so the shaded jar starts
 * without the module path.
 */
public final class Main {
    private Main() {
    }

    /** Held so the logger (and its level) is not garbage-collected. */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    public static void main(String[] args) {
        StartupTrace.mark("main entered");
        int code = QuickJit.relaunch(args);
        if (code >= 0) {
            System.exit(code);
        }
        try {
            // JavaFX warns on every start that it runs from the class path (the shaded jar); that is
            // intended here (docs/decisions/0002), so only its errors are shown.
            JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
            code = run(List.of(args));
        } catch (Throwable t) {
            code = failed(t);
        }
        // Always exit explicitly: the toolkit's thread would otherwise keep a failed run waiting forever.
        System.exit(code);
    }

    static int run(List<String> args) {
        if (args.contains("--trace-startup")) {
            StartupTrace.enable();
        }
        Texts texts = new Texts(Session.bundle(Options.locale(args)));
        Options o;
        try {
            o = Options.parse(args);
        } catch (Options.UsageException e) {
            return usage(e.message(texts), texts);
        }
        if (o.hasFilter() && !List.of("--snapshot", "--export-frames", "--export-gif", "--export-video", "--summary", "--chart",
                "--briefing").contains(String.valueOf(o.mode()))) {
            return usage(texts.get("cli.filterModes", String.join(", ", Options.FILTER_OPTIONS)), texts);
        }
        if (o.has("--story") && !List.of("--export-gif", "--export-video", "--briefing").contains(String.valueOf(o.mode()))) {
            return usage(texts.get("cli.storyModes"), texts);
        }
        try {
            if (o.mode() == null) {
                // Without --lang the language saved from the last run applies, so it is decided in the app.
                CronomapaApp.configure(o.has("--lang") ? o.locale() : null, o.path("--data"), o.has("--defaults"));
                CronomapaApp.preload();
                Application.launch(CronomapaApp.class);
                return 0;
            }
            switch (o.mode()) {
                case "--snapshot": return SnapshotCommand.run(o);
                case "--export-frames": return ExportFramesCommand.run(o);
                case "--export-gif", "--export-video": return AnimationCommand.run(o);
                case "--summary": return SummaryCommand.run(o);
                case "--validate": return ValidateCommand.run(o);
                case "--bench": return BenchCommand.run(o);
                case "--bench-window": return WindowBench.run(o);
                case "--synthetic": return SyntheticEvents.run(o);
                case "--chart": return ChartCommand.run(o);
                case "--briefing": return BriefingCommand.run(o);
                case "--convert": return ConvertCommand.run(o);
                default: return usage(null, texts);
            }
        } catch (Options.UsageException e) {
            return usage(e.message(texts), texts);
        } catch (InputFileException e) {
            System.err.println(texts.get("cli.cannotUseData"));
            ValidateCommand.print(e.report(), System.err, texts);
            return 1;
        } catch (Throwable t) {
            return failed(t, texts);
        }
    }

    /** Any failure the modes did not foresee: one line on standard error, exit code 1. */
    static int failed(Throwable t, Texts texts) {
        String what;
        if (t instanceof java.io.IOException || t instanceof java.io.UncheckedIOException) {
            what = t.getMessage();
        } else if (t instanceof OutOfMemoryError) {
            what = texts.get("cli.outOfMemory", String.valueOf(t.getMessage()));
        } else {
            what = String.valueOf(t);
        }
        System.err.println(texts.get("cli.error", what));
        return 1;
    }

    /** Any failure before the run's language is known: in the system's language. */
    static int failed(Throwable t) {
        return failed(t, new Texts(Session.bundle(Options.systemLocale())));
    }

    /** The usage ({@code --help}) on standard error, after the mistake if there was one; exit code 2 after a mistake. */
    private static int usage(String error, Texts texts) {
        if (error != null) {
            System.err.println(texts.get("cli.error", error));
        }
        System.err.println(texts.get("cli.usage"));
        return error == null ? 0 : 2;
    }
}
