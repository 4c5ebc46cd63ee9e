package org.cronomapa.state;

import java.time.LocalDate;
import java.util.List;
import org.cronomapa.filter.Filter;

/**
 * A user intent as a value: a menu action, a key, a story step. {@link ViewerState#apply} applies
 * one in a single step (stage every slice, publish once), so a story is a list of commands the
 * window plays and a test replays without a window (decision 0017).
 */
public sealed interface Command {
    /** Jumps to a day (an epoch day) and pauses. */
    record Seek(int day) implements Command {
        public static Seek to(LocalDate date) {
            return new Seek((int) date.toEpochDay());
        }
    }

    /** Moves by whole days and pauses. */
    record Step(int days) implements Command {
    }

    record GoToStart() implements Command {
    }

    record GoToEnd() implements Command {
    }

    record Play() implements Command {
    }

    record Pause() implements Command {
    }

    record TogglePlay() implements Command {
    }

    /** The marker window in days (clamped to 1–30), or {@code TimeIndex.ALL_SO_FAR}. */
    record SetWindow(int days) implements Command {
    }

    record SetFilter(Filter filter) implements Command {
        public SetFilter {
            java.util.Objects.requireNonNull(filter);
        }
    }

    /** Shows this lon/lat box as large as the screen allows, centred (within the zoom limits). */
    record ZoomTo(double west, double south, double east, double north) implements Command {
        public ZoomTo {
            if (!(west < east && south < north)) {
                throw new IllegalArgumentException("an empty box: " + west + "," + south + " to " + east + "," + north);
            }
        }
    }

    /** Back to the whole map fitted. */
    record ResetView() implements Command {
    }

    /**
     * A story step as one command: its filter (or none), its window, its box and its day, in that
     * order, so the day is sought inside the filter's range.
     */
    static Command of(org.cronomapa.model.StoryStep step) {
        Filter f = Filter.ALL.withTypes(step.types()).withRegions(step.regions()).withMinDeaths(step.minDeaths());
        return All.of(new SetFilter(f), new SetWindow(step.windowDays()),
                new ZoomTo(step.west(), step.south(), step.east(), step.north()), Seek.to(step.date()));
    }

    /**
     * A story step as an export replays it: the step's types, regions and minimum deaths within
     * {@code within}'s dates and search (so an export's range holds), its window, its box and its day.
     */
    static Command of(org.cronomapa.model.StoryStep step, Filter within) {
        Filter f = within.withTypes(step.types()).withRegions(step.regions()).withMinDeaths(step.minDeaths());
        return All.of(new SetFilter(f), new SetWindow(step.windowDays()),
                new ZoomTo(step.west(), step.south(), step.east(), step.north()), Seek.to(step.date()));
    }

    /** Several commands applied as one step: no listener sees some done and others not. */
    record All(List<Command> commands) implements Command {
        public All {
            commands = List.copyOf(commands);
        }

        public static All of(Command... commands) {
            return new All(List.of(commands));
        }
    }
}
