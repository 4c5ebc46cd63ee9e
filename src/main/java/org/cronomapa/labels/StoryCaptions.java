package org.cronomapa.labels;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cronomapa.model.Dataset;
import org.cronomapa.model.Event;
import org.cronomapa.model.Source;
import org.cronomapa.model.Story;
import org.cronomapa.model.StoryStep;
import org.cronomapa.render.StoryCaption;

/**
 * A story's captions as the exports show them, in one language: the steps in date order (a step
 * lasts from its date until the next step's), each caption with the source of the event it cites
 * (publisher and date, looked up once in the dataset). A step whose event is not in the data says
 * so in its source line rather than failing.
 */
public final class StoryCaptions {
    private final Texts texts;
    private final List<StoryStep> steps;
    private final int[] days;
    private final Map<String, Event> cited;

    public StoryCaptions(Texts texts, Dataset data, Story story) {
        this.texts = texts;
        this.steps = story.steps().stream().sorted(Comparator.comparing(StoryStep::date)).toList();
        this.days = steps.stream().mapToInt(s -> (int) s.date().toEpochDay()).toArray();
        this.cited = cited(data, steps);
    }

    /** Whether the data holds any event the steps cite (a story made for other data cites none). */
    public boolean citesAny() {
        return !cited.isEmpty();
    }

    /** The steps, in date order (stable for steps on one day). */
    public List<StoryStep> steps() {
        return steps;
    }

    /** The step shown on a day (an epoch day): the last one dated on or before it, or -1 before the first. */
    public int stepAt(int day) {
        int i = Arrays.binarySearch(days, day);
        if (i < 0) {
            return -(i + 1) - 1;
        }
        while (i + 1 < days.length && days[i + 1] == day) {
            i++; // several steps on one day: the last of them
        }
        return i;
    }

    /** Step {@code i}'s caption and source line in this language. */
    public StoryCaption caption(int i) {
        StoryStep s = steps.get(i);
        return new StoryCaption(s.caption(texts.spanish()), sourceLine(s));
    }

    /** The caption of the step shown on {@code day}, or null before the first step. */
    public StoryCaption captionAt(int day) {
        int i = stepAt(day);
        return i < 0 ? null : caption(i);
    }

    /** The first source the step's event cites, or null when the event is not in the data or cites none. */
    public Source source(StoryStep s) {
        Event e = cited.get(s.sourceEventId());
        return e == null || e.sources() == null || e.sources().isEmpty() ? null : e.sources().get(0);
    }

    /** "Source: publisher, date" (the event's date when the source has none). */
    public String sourceLine(StoryStep s) {
        Event e = cited.get(s.sourceEventId());
        if (e == null) {
            return texts.get("caption.source.missing", s.sourceEventId());
        }
        Source src = source(s);
        String publisher = src == null || blank(src.publisher()) ? e.place() : src.publisher().strip();
        String date = src != null && !blank(src.date()) ? dated(src.date().strip()) : texts.date(e.date());
        return publisher == null || publisher.isBlank() ? texts.get("caption.source.dated", date)
                : texts.get("caption.source", publisher, date);
    }

    /** A source's ISO date in the language's format; any other text as it is. */
    private String dated(String date) {
        try {
            return texts.date(LocalDate.parse(date));
        } catch (java.time.format.DateTimeParseException e) {
            return date;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The events the steps cite, by id, found in one pass over the rows (stopping when all are found). */
    private static Map<String, Event> cited(Dataset data, List<StoryStep> steps) {
        Set<String> wanted = new HashSet<>();
        steps.forEach(s -> wanted.add(s.sourceEventId()));
        Map<String, Event> found = new HashMap<>();
        if (data == null || wanted.isEmpty()) {
            return found;
        }
        // A file moved since it was opened leaves events unfound: the steps then say their events are missing.
        data.scanRecords(e -> {
            if (wanted.contains(e.id())) {
                found.putIfAbsent(e.id(), e);
            }
            return found.size() < wanted.size();
        });
        return found;
    }
}
