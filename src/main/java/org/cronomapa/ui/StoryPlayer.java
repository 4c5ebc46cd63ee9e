package org.cronomapa.ui;

import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.util.Duration;
import org.cronomapa.map.Viewport;
import org.cronomapa.model.Story;
import org.cronomapa.model.StoryStep;
import org.cronomapa.state.Command;
import org.cronomapa.state.ViewerState;

/**
 * Plays a guided story step by step: each step is one {@link Command} applied to the state (its
 * filter, window and day at once), while the map glides from the box it shows to the step's box
 * in {@link #GLIDE}; the last frame is the step's own {@code ZoomTo}, so the end state is exact.
 */
final class StoryPlayer {
    static final Duration GLIDE = Duration.millis(600);
    private final ViewerState state;
    private final javafx.beans.property.ReadOnlyObjectWrapper<Story> story =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "story", Story.NONE);
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(this, "step", -1);
    private final DoubleProperty glide = new SimpleDoubleProperty();
    private Timeline animation;
    private javafx.beans.value.ChangeListener<Number> moving;

    StoryPlayer(ViewerState state) {
        this.state = state;
    }

    void setStory(Story s) {
        stopGlide();
        story.set(s == null ? Story.NONE : s);
        step.set(-1);
    }

    /** The same story edited: the step shown stays (if the story still has it), its caption follows. */
    void update(Story s) {
        story.set(s == null ? Story.NONE : s);
        if (step.get() >= story.get().steps().size()) {
            stopGlide();
            step.set(-1);
        }
    }

    /** The step shown now has this number (the story panel inserted, moved or deleted a step); nothing moves. */
    void renumbered(int index) {
        step.set(index);
    }

    Story story() {
        return story.get();
    }

    javafx.beans.property.ReadOnlyObjectProperty<Story> storyProperty() {
        return story.getReadOnlyProperty();
    }

    /** The step shown, or -1 before the first. */
    ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    StoryStep current() {
        int i = step.get();
        return i >= 0 && i < story().steps().size() ? story().steps().get(i) : null;
    }

    void next() {
        go(step.get() + 1);
    }

    void previous() {
        go(Math.max(0, step.get() - 1));
    }

    void go(int index) {
        if (story().steps().isEmpty()) {
            return;
        }
        int i = Math.max(0, Math.min(story().steps().size() - 1, index));
        StoryStep s = story().steps().get(i);
        Viewport from = state.viewport().viewport();
        stopGlide();
        if (from == null) {
            state.apply(Command.of(s));
        } else {
            // the step and the box shown now in one command, then the map glides to the step's box
            double[] a = {from.lon(0), from.lat(from.height()), from.lon(from.width()), from.lat(0)};
            state.apply(Command.All.of(Command.of(s), new Command.ZoomTo(a[0], a[1], a[2], a[3])));
            glide(a, s);
        }
        step.set(i);
    }

    /** Zooms from the box {@code from} showed to the step's box, a command per pulse. */
    private void glide(double[] a, StoryStep s) {
        double[] b = {s.west(), s.south(), s.east(), s.north()};
        glide.set(0);
        moving = (o, was, t) -> {
            double k = t.doubleValue();
            if (k < 1) {
                state.apply(new Command.ZoomTo(mix(a[0], b[0], k), mix(a[1], b[1], k), mix(a[2], b[2], k), mix(a[3], b[3], k)));
            }
        };
        glide.addListener(moving);
        animation = new Timeline(new KeyFrame(GLIDE, new KeyValue(glide, 1, javafx.animation.Interpolator.EASE_BOTH)));
        animation.setOnFinished(e -> finish(s));
        animation.play();
    }

    private static double mix(double x, double y, double k) {
        return x + (y - x) * k;
    }

    private void finish(StoryStep s) {
        stopGlide();
        state.apply(new Command.ZoomTo(s.west(), s.south(), s.east(), s.north()));
    }

    private void stopGlide() {
        if (animation != null) {
            animation.stop();
            animation = null;
        }
        if (moving != null) {
            glide.removeListener(moving);
            moving = null;
        }
    }
}
