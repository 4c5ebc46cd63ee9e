package org.cronomapa.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cronomapa.model.EventType;

/** The marker shapes: the path of each {@code icons/<type>.svg} (24×24 view box). */
public final class Icons {
    public static final double VIEW_BOX = 24;
    private static final Pattern PATH = Pattern.compile("\\sd=\"([^\"]+)\"");
    private static final Map<EventType, String> PATHS = load();

    private Icons() {
    }

    public static String path(EventType type) {
        return PATHS.get(type);
    }

    private static Map<EventType, String> load() {
        Map<EventType, String> paths = new EnumMap<>(EventType.class);
        for (EventType t : EventType.values()) {
            try (InputStream in = Icons.class.getResourceAsStream("/icons/" + t.code() + ".svg")) {
                if (in == null) {
                    throw new IllegalStateException("missing icon icons/" + t.code() + ".svg");
                }
                Matcher m = PATH.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                if (!m.find()) {
                    throw new IllegalStateException("icons/" + t.code() + ".svg has no path d=\"...\"");
                }
                paths.put(t, m.group(1));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read icons/" + t.code() + ".svg", e);
            }
        }
        return paths;
    }
}
