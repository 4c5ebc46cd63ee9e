package org.cronomapa.state;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.cronomapa.filter.Filter;
import org.cronomapa.map.Viewport;
import org.cronomapa.model.Dataset;
import org.cronomapa.model.Story;
import org.cronomapa.model.StoryStep;

/**
 * The story the user is preparing: the {@link Story} value, the file it came from or was saved to
 * (null: new or bundled) and whether it has edits not yet saved. The story panel changes it only by
 * replacing the value ({@link #edit}); playing it stays {@link Command#of(StoryStep)} (decision 0017).
 */
public final class StoryDocument {
    /** What is wrong with a step: the first three stop saving (the file would be refused), the last does not. */
    public enum Issue {
        NO_CAPTION_ES, NO_CAPTION_EN, NO_SOURCE, UNKNOWN_SOURCE;

        public boolean stopsSaving() {
            return this != UNKNOWN_SOURCE;
        }
    }

    private final ReadOnlyObjectWrapper<Story> story = new ReadOnlyObjectWrapper<>(this, "story", Story.NONE);
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");

    public ReadOnlyObjectProperty<Story> storyProperty() { return story.getReadOnlyProperty(); }
    public Story story() { return story.get(); }
    public ReadOnlyObjectProperty<Path> fileProperty() { return file.getReadOnlyProperty(); }
    /** The file the story was opened from or saved to; null for a new or the bundled story. */
    public Path file() { return file.get(); }
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }
    public boolean dirty() { return dirty.get(); }

    /** A story opened (or new, or the bundled one): nothing to save yet. */
    public void load(Story s, Path from) {
        dirty.set(false);
        file.set(from);
        story.set(s == null ? Story.NONE : s);
    }

    /** Replaces the story by an edited one; marked unsaved if it differs. */
    public void edit(UnaryOperator<Story> change) {
        Story next = change.apply(story.get());
        if (!next.equals(story.get())) {
            dirty.set(true);
            story.set(next);
        }
    }

    /** The story was written to {@code to}. */
    public void saved(Path to) {
        file.set(to);
        dirty.set(false);
    }

    /** Takes over another document's story, file and unsaved mark (the window rebuilt in another language). */
    public void copyFrom(StoryDocument other) {
        file.set(other.file());
        story.set(other.story());
        dirty.set(other.dirty());
    }

    /**
     * A step showing what the viewer shows now: its day, the lon/lat box that shows the map as it is now, the marker window
     * (all-so-far kept as the longest window a step has), the filter's types, regions and minimum of
     * deaths, and the selected event as its source ("" when none is selected). Captions are empty.
     * Null before a dataset is shown.
     */
    public static StoryStep fromView(ViewerState state) {
        Viewport v = state.viewport().viewport();
        Dataset d = state.data().dataset();
        if (v == null || d == null) {
            return null;
        }
        double[] box = v.shownBox();
        double west = Math.max(-180, box[0]);
        double south = Math.max(-90, box[1]);
        double east = Math.min(180, box[2]);
        double north = Math.min(90, box[3]);
        if (!(west < east && south < north)) {
            return null;
        }
        Filter f = state.filter().filter();
        int window = Math.min(TimelineSlice.MAX_WINDOW, Math.max(TimelineSlice.MIN_WINDOW, state.timeline().windowDays()));
        int row = state.selection().selectedRow();
        String source = row >= 0 && row < d.events().size() ? d.event(row).id() : "";
        return new StoryStep(LocalDate.ofEpochDay(state.timeline().day()), west, south, east, north, window, f.types(),
                f.regions(), f.minDeaths(), "", "", source);
    }

    /** What is wrong with a step; {@code eventIds} are the ids of the loaded events (empty: not checked). */
    public static List<Issue> issues(StoryStep s, Set<String> eventIds) {
        List<Issue> out = new ArrayList<>();
        if (s.captionEs().isBlank()) {
            out.add(Issue.NO_CAPTION_ES);
        }
        if (s.captionEn().isBlank()) {
            out.add(Issue.NO_CAPTION_EN);
        }
        if (s.sourceEventId().isBlank()) {
            out.add(Issue.NO_SOURCE);
        } else if (!eventIds.isEmpty() && !eventIds.contains(s.sourceEventId().strip())) {
            out.add(Issue.UNKNOWN_SOURCE);
        }
        return out;
    }

    /**
     * The ids of a dataset's events, to check each step's source against (records read in one pass,
     * so a file-backed dataset is opened once); empty if they cannot be read.
     */
    public static Set<String> eventIds(Dataset d) {
        Set<String> ids = new HashSet<>();
        if (d == null) {
            return ids;
        }
        boolean readable = d.scanRecords(e -> {
            ids.add(e.id());
            return true;
        });
        if (!readable) {
            ids.clear(); // details unreadable: steps are then not checked against the events
        }
        return ids;
    }
}
