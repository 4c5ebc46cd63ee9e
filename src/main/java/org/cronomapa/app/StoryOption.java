package org.cronomapa.app;

import java.io.IOException;
import java.nio.file.Path;
import org.cronomapa.io.StoryReader;
import org.cronomapa.labels.Texts;
import org.cronomapa.model.Problem;
import org.cronomapa.model.Story;

/**
 * {@code --story FILE|none}: the guided story an export replays (animations) or gives a page per
 * step (briefing). Without the option the briefing takes the bundled story when it draws the bundled
 * data, the animations none. A story file with any problem stops the run with one line naming the
 * file, the step and the field (exit code 1).
 */
final class StoryOption {
    static final String NONE = "none";

    private StoryOption() {
    }

    /** The story asked for, or {@link Story#NONE}; {@code bundledByDefault} when the option is absent. */
    static Story of(Options o, boolean bundledByDefault) throws IOException {
        String v = o.value("--story");
        Texts texts = o.texts();
        if (v == null) {
            return bundledByDefault ? checked(texts.get("cli.bundledStory"), StoryReader.bundled(), texts) : Story.NONE;
        }
        if (v.strip().equalsIgnoreCase(NONE)) {
            return Story.NONE;
        }
        return checked(v, StoryReader.read(Path.of(v)), texts);
    }

    private static Story checked(String what, StoryReader.Result r, Texts texts) throws IOException {
        if (r.ok()) {
            return r.story();
        }
        Problem first = r.problems().listed().get(0);
        long more = r.problems().total() - 1;
        throw new IOException(more > 0 ? texts.get("cli.badStoryMore", what, first.toString(texts.locale()), String.valueOf(more))
                : texts.get("cli.badStory", what, first.toString(texts.locale())));
    }
}
