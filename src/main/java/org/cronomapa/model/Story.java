package org.cronomapa.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A guided story: steps the viewer moves through in order, each a place on the map and a day. An
 * immutable value: each edit (the story panel's add, change, move, delete) returns a new story.
 */
public record Story(String name, List<StoryStep> steps) {
    public static final Story NONE = new Story("", List.of());

    public Story {
        name = name == null ? "" : name;
        steps = List.copyOf(steps);
    }

    public Story withName(String newName) {
        return new Story(newName, steps);
    }

    /** This story with {@code step} inserted at {@code index} (0 to the number of steps). */
    public Story inserted(int index, StoryStep step) {
        List<StoryStep> out = new ArrayList<>(steps);
        out.add(index, step);
        return new Story(name, out);
    }

    /** This story with step {@code index} replaced by {@code step}. */
    public Story replaced(int index, StoryStep step) {
        List<StoryStep> out = new ArrayList<>(steps);
        out.set(index, step);
        return new Story(name, out);
    }

    /** This story without step {@code index}. */
    public Story without(int index) {
        List<StoryStep> out = new ArrayList<>(steps);
        out.remove(index);
        return new Story(name, out);
    }

    /** This story with step {@code from} taken out and put back at {@code to} (both 0 to size - 1). */
    public Story moved(int from, int to) {
        List<StoryStep> out = new ArrayList<>(steps);
        out.add(to, out.remove(from));
        return new Story(name, out);
    }
}
