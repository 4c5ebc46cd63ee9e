package org.cronomapa.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.cronomapa.filter.Filter;
import org.cronomapa.state.TimelineSlice;
import org.cronomapa.state.ViewerState;
import org.cronomapa.timeline.Metric;
import org.cronomapa.timeline.Playback;

/**
 * What the window remembers between runs: where it stood on the screen, the dataset last shown,
 * playback speed and loop, the marker window, the metric, the language and the filter. An immutable
 * value; {@link SettingsFile} reads and writes it. Keys this version does not know (a later version's
 * {@code filter.*} or {@code story.*}) travel in {@code others} and are written back as they were read.
 *
 * @param placement the window's last place and size on the screen, or null for the default
 * @param dataset the file shown last, or null for the bundled dataset
 * @param validRowsOnly whether that file was opened with only its valid rows
 * @param language the language last used, or null for the system's
 */
record Settings(Placement placement, Path dataset, boolean validRowsOnly, double speed, boolean loop, int windowDays,
        Metric metric, Locale language, Filter filter, SortedMap<String, String> others) {
    /** The story file shown last, kept among {@code others} (a plain path; absent for the bundled story). */
    static final String STORY_FILE = "story.file";
    static final Settings DEFAULTS = new Settings(null, null, false, 1, false, TimelineSlice.DEFAULT_WINDOW, Metric.EVENTS,
            null, Filter.ALL, new TreeMap<>());

    Settings {
        filter = filter == null ? Filter.ALL : filter;
        others = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(others));
    }

    /**
     * The window's place and size in screen coordinates, whether it was maximised, and the size of
     * the scene inside it (the window less the frame its window manager draws; NaN when not known,
     * as in files from before it was kept). With the scene's size the next start lays the window out
     * before showing it (docs/decisions/0028-c1-for-every-mode.md).
     */
    record Placement(double x, double y, double width, double height, boolean maximized, double sceneWidth,
            double sceneHeight) {
        Placement(double x, double y, double width, double height, boolean maximized) {
            this(x, y, width, height, maximized, Double.NaN, Double.NaN);
        }

        boolean sceneKnown() {
            return Double.isFinite(sceneWidth) && Double.isFinite(sceneHeight);
        }
    }

    /** These settings with the timeline choices the state holds now. */
    Settings withTimeline(ViewerState state) {
        Playback p = state.timeline().playback();
        return new Settings(placement, dataset, validRowsOnly, p.speed(), p.loop(), state.timeline().windowDays(),
                state.timeline().metric(), language, filter, others);
    }

    /** Gives the state these timeline choices; a dataset loaded later keeps them. */
    void applyTo(ViewerState state) {
        state.setSpeed(speed);
        state.setLoop(loop);
        state.setWindowDays(windowDays);
        state.setMetric(metric);
    }

    Settings withPlacement(Placement p) {
        return new Settings(p, dataset, validRowsOnly, speed, loop, windowDays, metric, language, filter, others);
    }

    Settings withDataset(Path file, boolean validRows) {
        return new Settings(placement, file, file != null && validRows, speed, loop, windowDays, metric, language, filter, others);
    }

    Settings withLanguage(Locale l) {
        return new Settings(placement, dataset, validRowsOnly, speed, loop, windowDays, metric, l, filter, others);
    }

    /** These settings with the filter the user chose; it is restored once the dataset is loaded. */
    Settings withFilter(Filter f) {
        return new Settings(placement, dataset, validRowsOnly, speed, loop, windowDays, metric, language, f, others);
    }

    /** The story file shown last, if it is still a file; null otherwise. */
    Path storyFile() {
        String p = others.get(STORY_FILE);
        try {
            return p == null || p.isBlank() ? null : Path.of(p.strip());
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    Settings withOthers(Map<String, String> kept) {
        return new Settings(placement, dataset, validRowsOnly, speed, loop, windowDays, metric, language, filter, new TreeMap<>(kept));
    }
}
