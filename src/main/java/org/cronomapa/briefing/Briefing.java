package org.cronomapa.briefing;

import java.util.List;
import org.cronomapa.charts.ChartLabels;
import org.cronomapa.charts.DailySeries;
import org.cronomapa.filter.Filtered;
import org.cronomapa.labels.StoryFrames;
import org.cronomapa.labels.Texts;
import org.cronomapa.model.Dataset;
import org.cronomapa.render.RenderFrame;

/**
 * What a briefing is made of, gathered by the caller from its one filtered view: the words, the
 * data and the filter's result, the day it runs to, the map frame of that day (drawn as vectors),
 * the national chart's series and words, how to credit the events ({@code fileName} null for
 * the bundled dataset), and the story's name and step pages (empty for none).
 */
public record Briefing(Texts texts, Dataset data, Filtered shown, int day, RenderFrame map, DailySeries national,
        ChartLabels chartWords, String fileName, String storyName, List<StoryFrames.Page> story) {

    public Briefing {
        storyName = storyName == null ? "" : storyName;
        story = story == null ? List.of() : List.copyOf(story);
    }

    /** A briefing without a story. */
    public Briefing(Texts texts, Dataset data, Filtered shown, int day, RenderFrame map, DailySeries national,
            ChartLabels chartWords, String fileName) {
        this(texts, data, shown, day, map, national, chartWords, fileName, "", List.of());
    }
}
