package org.cronomapa.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import org.cronomapa.io.DatasetFiles;
import org.cronomapa.io.InputFileException;
import org.cronomapa.io.RegionsReader;
import org.cronomapa.model.Dataset;
import org.cronomapa.model.RegionMap;
import org.cronomapa.state.ViewerState;
import org.cronomapa.ui.Texts;

/** Wiring shared by the window and the command-line modes: bundle, region map, dataset, state. */
final class Session {
    final Texts texts;
    final RegionMap regions;
    final ViewerState state = new ViewerState();
    final long loadNanos;

    Session(Locale locale, Path data) throws InputFileException {
        this.texts = new Texts(bundle(locale));
        this.regions = RegionsReader.bundled();
        long t0 = System.nanoTime();
        Dataset d = data == null ? DatasetFiles.bundled(regions) : DatasetFiles.open(data, regions);
        loadNanos = System.nanoTime() - t0;
        state.loadDataset(d);
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("org.cronomapa.app.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Moves to a date, which must fall within the data's range. */
    void goTo(LocalDate date) {
        if (date == null) {
            state.goToEnd();
            return;
        }
        var p = state.timeline().playback();
        long day = date.toEpochDay();
        if (day < p.firstDay() || day > p.lastDay()) {
            throw new Options.UsageException("--date " + date + " is outside the data's range "
                    + LocalDate.ofEpochDay(p.firstDay()) + " to " + LocalDate.ofEpochDay(p.lastDay()));
        }
        state.seek((int) day);
    }
}
