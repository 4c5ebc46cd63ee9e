package org.cronomapa.state;

import java.nio.file.Path;
import org.cronomapa.model.ProblemReport;
import org.cronomapa.model.Story;

/**
 * Reads and writes story files for the window, wired in by the app (the window never touches
 * files itself): a file is read whole or refused with its problems, never a throw; a story is
 * written atomically or not at all.
 */
public interface StoryFiles {
    /** The story in a file, or {@link Story#NONE} and the problems that refused it (at step and field). */
    Opened open(Path file);

    /** The story bundled with the app. */
    Opened bundled();

    /** Writes the story atomically; throws with a message naming the file and the reason. */
    void save(Path file, Story story) throws Exception;

    /** A story read, or the problems that stopped it. */
    record Opened(Story story, ProblemReport problems) {
        public boolean ok() {
            return problems.listed().isEmpty();
        }
    }

    /** No story files (tests of other parts of the window). */
    StoryFiles NONE = new StoryFiles() {
        @Override
        public Opened open(Path file) {
            return new Opened(Story.NONE, ProblemReport.of(java.util.List.of(
                    org.cronomapa.model.Problem.of(file.toString(), "file", "problem.story.notWired"))));
        }

        @Override
        public Opened bundled() {
            return new Opened(Story.NONE, ProblemReport.of(java.util.List.of(
                    org.cronomapa.model.Problem.of("story.json", "file", "problem.story.notWired"))));
        }

        @Override
        public void save(Path file, Story story) {
            throw new UnsupportedOperationException("story files are not wired in");
        }
    };
}
