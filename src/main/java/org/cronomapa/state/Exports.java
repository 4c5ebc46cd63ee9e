package org.cronomapa.state;

import java.nio.file.Path;

/**
 * What the window can write, wired in by the app (the window never touches files itself). Each
 * call writes atomically and throws with a message naming the file and the reason.
 */
public interface Exports {
    /** The events the filter shows (on any day), as CSV or GeoJSON by the file's extension. */
    int events(ViewerState state, Path file) throws Exception;

    /**
     * Draws the map as the window shows it (same day, window and view) at {@code width} x
     * {@code height}; call on the FX thread. Returns the work that writes it (PNG or SVG by the
     * file's extension), to run off the FX thread.
     */
    Writing map(ViewerState state, Path file, int width, int height) throws Exception;

    /**
     * Draws the chart the Charts tab shows (the country's, or region {@code region}'s by its index
     * in the map; {@code DailySeries.NATIONAL} for the country) through the filter, with the current
     * day marked, at {@code width} x {@code height}; call on the FX thread. Returns the work that
     * writes it (PNG or SVG by the file's extension), to run off the FX thread.
     */
    Writing chart(ViewerState state, Path file, int region, int width, int height) throws Exception;

    /**
     * A briefing PDF of what the window shows (the map on its day, totals per region, the national
     * chart, every source cited); built on the FX thread, written by the returned work.
     */
    default Writing briefing(ViewerState state, Path file) throws Exception {
        throw new UnsupportedOperationException("briefings are not wired in");
    }

    /**
     * The briefing with a page per step of {@code story} (none for {@code Story.NONE}); without
     * stories wired in, the briefing alone.
     */
    default Writing briefing(ViewerState state, Path file, org.cronomapa.model.Story story) throws Exception {
        return briefing(state, file);
    }

    /**
     * What the animation dialog asks for: GIF or MP4, size, frames and days a second, the dates
     * (within the filter's), and whether the story is replayed with its captions.
     */
    record Animation(boolean gif, int width, int height, int fps, double speed, java.time.LocalDate from,
            java.time.LocalDate to, boolean story) {
    }

    /** Told after each picture of an animation is drawn, off the FX thread. */
    @FunctionalInterface
    interface Progress {
        void picture(int done, int of);
    }

    /**
     * An animation of what the window shows (its filter, window and view) over the dates asked for;
     * call on the FX thread, which it reads the state on. The returned work writes the file off the FX
     * thread (drawing each picture on it), reports each picture, and stops when {@code cancelled}
     * turns true, leaving no file (a {@code java.util.concurrent.CancellationException}).
     */
    default Writing animation(ViewerState state, org.cronomapa.model.Story story, Animation request, Path file,
            Progress progress, java.util.function.BooleanSupplier cancelled) throws Exception {
        throw new UnsupportedOperationException("animations are not wired in");
    }

    /** The part of an export that only writes bytes, safe off the FX thread. */
    @FunctionalInterface
    interface Writing {
        void write() throws Exception;
    }

    /** No exports (tests of other parts of the window). */
    Exports NONE = new Exports() {
        @Override
        public int events(ViewerState state, Path file) {
            throw new UnsupportedOperationException("exports are not wired in");
        }

        @Override
        public Writing map(ViewerState state, Path file, int width, int height) {
            throw new UnsupportedOperationException("exports are not wired in");
        }

        @Override
        public Writing chart(ViewerState state, Path file, int region, int width, int height) {
            throw new UnsupportedOperationException("exports are not wired in");
        }
    };
}
