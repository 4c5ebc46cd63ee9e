package org.cronomapa.labels;

import java.util.ArrayList;
import java.util.List;
import org.cronomapa.filter.Filter;
import org.cronomapa.model.Source;
import org.cronomapa.model.StoryStep;
import org.cronomapa.render.RenderFrame;
import org.cronomapa.render.StoryCaption;
import org.cronomapa.state.Command;
import org.cronomapa.state.ViewerState;

/**
 * The story's steps as maps for a briefing: each step's commands applied to a state of the
 * caller's (its types, regions and minimum deaths within the briefing's dates and search, its
 * window, its box, its day) and the frame drawn from it, with its caption and source. Only steps
 * dated within the days the briefing covers are kept.
 */
public final class StoryFrames {
    /** One step's page: the step, its map, its caption and source line, and the source cited (null when unknown). */
    public record Page(StoryStep step, RenderFrame map, StoryCaption caption, Source source) {
    }

    private StoryFrames() {
    }

    /**
     * Applies each step to {@code scratch} (sized as the map should be; it is left at the last step)
     * and returns the pages of those dated from {@code firstDay} to {@code lastDay}.
     */
    public static List<Page> of(ViewerState scratch, Filter within, StoryCaptions captions, FrameFactory frames,
            int firstDay, int lastDay) {
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < captions.steps().size(); i++) {
            StoryStep s = captions.steps().get(i);
            long day = s.date().toEpochDay();
            if (day < firstDay || day > lastDay) {
                continue;
            }
            scratch.apply(Command.of(s, within));
            pages.add(new Page(s, frames.frame(scratch), captions.caption(i), captions.source(s)));
        }
        return pages;
    }
}
