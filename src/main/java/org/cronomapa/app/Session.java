package org.cronomapa.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import org.cronomapa.filter.Filter;
import org.cronomapa.io.DatasetFiles;
import org.cronomapa.io.InputFileException;
import org.cronomapa.io.Loaded;
import org.cronomapa.io.RegionsReader;
import org.cronomapa.model.Dataset;
import org.cronomapa.model.RegionMap;
import org.cronomapa.state.ViewerState;
import org.cronomapa.labels.Texts;

/** Wiring shared by the window and the command-line modes: bundle, region map, dataset, state. */
final class Session {
    final Texts texts;
    final RegionMap regions;
    final ViewerState state = new ViewerState();
    final long loadNanos;

    Session(Locale locale, Path data) throws InputFileException {
        this(locale, data, false);
    }

    /**
     * With {@code skipBadRows} (the {@code --skip-bad-rows} option) a file with row problems loads its
     * valid rows; what was left out, and any notes, are printed to standard error.
     */
    Session(Locale locale, Path data, boolean skipBadRows) throws InputFileException {
        this(locale, data, skipBadRows, r -> { });
    }

    /**
     * As above, telling {@code regionsRead} the region map before the events are read, so a caller
     * can prepare what needs only the map (a cold export warms its renderer) while they load.
     */
    Session(Locale locale, Path data, boolean skipBadRows, java.util.function.Consumer<RegionMap> regionsRead)
            throws InputFileException {
        this.texts = new Texts(bundle(locale));
        Preloaded early = takePreloaded();
        this.regions = early != null ? early.regions() : RegionsReader.bundled();
        if (early == null) {
            StartupTrace.mark("region map read");
        }
        regionsRead.accept(regions);
        long t0 = System.nanoTime();
        Dataset d;
        if (data == null && early != null && early.bundled() != null) {
            d = early.bundled();
        } else if (data == null) {
            d = DatasetFiles.bundled(regions);
        } else {
            Loaded l = DatasetFiles.load(data, regions, skipBadRows);
            report(l, texts);
            d = l.dataset();
        }
        loadNanos = System.nanoTime() - t0;
        if (early == null || early.bundled() == null) {
            StartupTrace.mark("dataset read");
        }
        state.loadDataset(d);
        StartupTrace.mark("view state ready");
    }

    /** The bundled map, and the bundled data when the window will show it, read while the toolkit starts. */
    private record Preloaded(RegionMap regions, Dataset bundled) {
    }

    private static java.util.concurrent.CompletableFuture<Preloaded> preloaded;

    /**
     * Starts reading the bundled region map on another thread, then the bundled dataset if
     * {@code bundledData} says the first session will show it; the next session takes what was read.
     * The window calls this before launching the toolkit, so both start at once (docs/BENCHMARKS.md).
     */
    static synchronized void preload(java.util.function.BooleanSupplier bundledData) {
        preloaded = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            RegionMap map = RegionsReader.bundled();
            StartupTrace.mark("region map read");
            if (!bundledData.getAsBoolean()) {
                return new Preloaded(map, null);
            }
            Dataset bundled = DatasetFiles.bundled(map);
            StartupTrace.mark("dataset read");
            return new Preloaded(map, bundled);
        });
    }

    private static synchronized Preloaded takePreloaded() {
        if (preloaded == null) {
            return null;
        }
        var early = preloaded;
        preloaded = null;
        try {
            return early.join();
        } catch (java.util.concurrent.CompletionException e) {
            return null; // read again here, where a broken bundle is reported as at any start
        }
    }

    /** Rows left out and notes, on standard error, so a run's output stays what it was asked for. */
    static void report(Loaded l, Texts t) {
        if (l.skipped().total() > 0) {
            System.err.println(t.get("cli.leftOut", String.valueOf(l.skipped().rowsWithProblems()),
                    String.valueOf(l.skipped().rows())));
            ValidateCommand.print(l.skipped(), System.err, t);
        }
        l.notes().listed().forEach(n -> System.err.println(t.get("cli.note", n.toString(t.locale()))));
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("org.cronomapa.app.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * Shows the data through the filter the options ask for (every mode that draws or counts reads
     * the state's one result). Dates that hold no day of the data are a usage error.
     */
    void filter(Options o) {
        // Every mode that draws comes here: --high-contrast draws its files in the projector look.
        state.setHighContrast(o.has("--high-contrast"));
        Filter f = o.filter(regions);
        state.setFilter(f);
        if (!state.filter().filtered().rangeHoldsData()) {
            var index = state.data().index();
            String from = f.from() == null ? "…" : f.from().toString();
            String to = f.to() == null ? "…" : f.to().toString();
            String first = LocalDate.ofEpochDay(index.firstDay()).toString();
            String last = LocalDate.ofEpochDay(index.lastDay()).toString();
            throw new Options.UsageException(t -> t.get("cli.noDayInRange", from, to, first, last));
        }
    }

    /** Moves to a date, which must fall within the data's range (and --from/--to, when given). */
    void goTo(LocalDate date) {
        if (date == null) {
            state.goToEnd();
            return;
        }
        var p = state.timeline().playback();
        long day = date.toEpochDay();
        if (day < p.firstDay() || day > p.lastDay()) {
            boolean dated = state.filter().filter().from() != null || state.filter().filter().to() != null;
            String first = LocalDate.ofEpochDay(p.firstDay()).toString();
            String last = LocalDate.ofEpochDay(p.lastDay()).toString();
            throw new Options.UsageException(t -> dated ? t.get("cli.dateOutsideShown", date.toString(), first, last)
                    : t.get("cli.dateOutsideData", date.toString(), first, last));
        }
        state.seek((int) day);
    }
}
