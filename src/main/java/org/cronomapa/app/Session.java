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
        this.regions = RegionsReader.bundled();
        regionsRead.accept(regions);
        long t0 = System.nanoTime();
        Dataset d;
        if (data == null) {
            d = DatasetFiles.bundled(regions);
        } else {
            Loaded l = DatasetFiles.load(data, regions, skipBadRows);
            report(l);
            d = l.dataset();
        }
        loadNanos = System.nanoTime() - t0;
        state.loadDataset(d);
    }

    /** Rows left out and notes, on standard error, so a run's output stays what it was asked for. */
    static void report(Loaded l) {
        if (l.skipped().total() > 0) {
            System.err.println("left out " + l.skipped().rowsWithProblems() + " of " + l.skipped().rows()
                    + " rows with problems (--skip-bad-rows):");
            ValidateCommand.print(l.skipped(), System.err);
        }
        l.notes().listed().forEach(n -> System.err.println("note: " + n));
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
        Filter f = o.filter(regions);
        state.setFilter(f);
        if (!state.filter().filtered().rangeHoldsData()) {
            var index = state.data().index();
            throw new Options.UsageException("--from/--to " + (f.from() == null ? "…" : f.from()) + " to "
                    + (f.to() == null ? "…" : f.to()) + " holds no day of the data's range "
                    + LocalDate.ofEpochDay(index.firstDay()) + " to " + LocalDate.ofEpochDay(index.lastDay()));
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
            throw new Options.UsageException("--date " + date + " is outside the " + (dated ? "range shown (--from/--to within the data) " : "data's range ")
                    + LocalDate.ofEpochDay(p.firstDay()) + " to " + LocalDate.ofEpochDay(p.lastDay()));
        }
        state.seek((int) day);
    }
}
