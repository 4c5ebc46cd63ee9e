package org.cronomapa.model;

import java.util.List;

/** A guided story: steps the viewer moves through in order, each a place on the map and a day. */
public record Story(String name, List<StoryStep> steps) {
    public static final Story NONE = new Story("", List.of());

    public Story {
        name = name == null ? "" : name;
        steps = List.copyOf(steps);
    }
}
