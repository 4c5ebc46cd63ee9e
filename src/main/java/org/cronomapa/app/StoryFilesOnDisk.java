package org.cronomapa.app;

import java.nio.file.Path;
import org.cronomapa.io.StoryReader;
import org.cronomapa.io.StoryWriter;
import org.cronomapa.model.Story;
import org.cronomapa.state.StoryFiles;

/** The window's story files: read by {@link StoryReader} (refused whole, with problems), written atomically by {@link StoryWriter}. */
public final class StoryFilesOnDisk implements StoryFiles {
    @Override
    public Opened open(Path file) {
        return opened(StoryReader.read(file));
    }

    @Override
    public Opened bundled() {
        return opened(StoryReader.bundled());
    }

    @Override
    public void save(Path file, Story story) throws Exception {
        StoryWriter.write(file, story);
    }

    private static Opened opened(StoryReader.Result r) {
        return new Opened(r.story(), r.problems());
    }
}
