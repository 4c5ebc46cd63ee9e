package org.cronomapa.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A GeoJSON file as a Jackson tree, plus raw text spliced in when written, for what a tree cannot
 * hold: NaN, Infinity, 1e400, 100,000 nested brackets. Accessors return a detached node when an
 * earlier mutation removed what they look for, so mutations combine without failing the test.
 */
final class FuzzJson {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final String NESTED_100K = "[".repeat(100_000) + "]".repeat(100_000);

    JsonNode root;
    private final List<String> raw = new ArrayList<>();

    FuzzJson(String text) {
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A placeholder that {@link #render} replaces by {@code text} as it is, outside any quotes. */
    JsonNode raw(String text) {
        raw.add(text);
        return TextNode.valueOf(marker(raw.size() - 1));
    }

    private static String marker(int i) {
        return "@@RAW" + i + "@@";
    }

    /** Pretty-printed, so that line-based byte mutations (CRLF, blank lines) have lines to act on. */
    String render() {
        String s;
        try {
            s = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        for (int i = raw.size() - 1; i >= 0; i--) {
            s = s.replace("\"" + marker(i) + "\"", raw.get(i));
        }
        return s;
    }

    ObjectNode rootObject() {
        return root instanceof ObjectNode o ? o : NODES.objectNode();
    }

    ArrayNode features() {
        return root.get("features") instanceof ArrayNode a ? a : NODES.arrayNode();
    }

    ObjectNode feature(int i) {
        return features().get(i) instanceof ObjectNode o ? o : NODES.objectNode();
    }

    ObjectNode properties(int i) {
        return feature(i).get("properties") instanceof ObjectNode o ? o : NODES.objectNode();
    }

    ObjectNode geometry(int i) {
        return feature(i).get("geometry") instanceof ObjectNode o ? o : NODES.objectNode();
    }

    /** Parses JSON written in a mutation's source, where single quotes keep it readable. */
    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
