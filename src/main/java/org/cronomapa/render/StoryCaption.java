package org.cronomapa.render;

/**
 * The caption of the story step a frame falls in, already in the frame's language: its text and
 * the line that cites its source (publisher and date). Drawn in a box at the frame's bottom right
 * by {@link CaptionBox}.
 */
public record StoryCaption(String text, String source) {
    public StoryCaption {
        text = text == null ? "" : text.strip();
        source = source == null ? "" : source.strip();
    }
}
