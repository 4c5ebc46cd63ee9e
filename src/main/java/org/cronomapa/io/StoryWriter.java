package org.cronomapa.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.cronomapa.model.EventType;
import org.cronomapa.model.Story;
import org.cronomapa.model.StoryStep;

/** Writes a guided story in the format {@link StoryReader} reads, atomically (never half a file). */
public final class StoryWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private StoryWriter() {
    }

    public static void write(Path file, Story story) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(tree(story));
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    static ObjectNode tree(Story story) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format_version", StoryReader.FORMAT_VERSION);
        root.put("name", story.name());
        ArrayNode steps = root.putArray("steps");
        for (StoryStep s : story.steps()) {
            ObjectNode n = steps.addObject();
            n.put("date", s.date().toString());
            n.putArray("extent").add(s.west()).add(s.south()).add(s.east()).add(s.north());
            n.put("window_days", s.windowDays());
            if (s.filters()) {
                ObjectNode f = n.putObject("filter");
                ArrayNode types = f.putArray("types");
                s.types().stream().sorted().map(EventType::code).forEach(types::add);
                ArrayNode regions = f.putArray("regions");
                s.regions().stream().sorted().forEach(regions::add);
                f.put("min_deaths", s.minDeaths());
            }
            n.put("caption_es", s.captionEs());
            n.put("caption_en", s.captionEn());
            n.put("source_event_id", s.sourceEventId());
        }
        return root;
    }
}
