package org.cronomapa.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * Parses a JSON file for the GeoJSON readers and says what is wrong with a malformed one in the
 * user's words, at its line and column, never in the parser's (no "enable `JsonReadFeature`").
 */
final class JsonFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonFiles() {
    }

    static JsonNode parse(String name, byte[] bytes) throws InputFileException {
        InputFiles.checkText(name, bytes);
        try {
            JsonNode root = JSON.readTree(bytes);
            if (root == null) {
                throw new InputFileException(name, "json", "the file holds no JSON value");
            }
            return root;
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            String at = where == null || where.getLineNr() < 0 || e instanceof StreamConstraintsException
                    ? name : name + ":" + where.getLineNr() + ":" + where.getColumnNr();
            throw new InputFileException(at, "json", "malformed JSON: " + plain(e));
        } catch (IOException e) {
            throw new InputFileException(name, "file", "could not read: " + e.getMessage());
        }
    }

    /** The parser's complaint in words a user can act on. */
    static String plain(JsonProcessingException e) {
        String m = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            if (m.contains("nesting depth")) {
                return "arrays or objects are nested more than 1000 deep";
            }
            if (m.contains("Number value length") || m.contains("number length")) {
                return "a number is too long (more than 1000 digits)";
            }
            if (m.contains("String value length") || m.contains("String length")) {
                return "a text value is too long";
            }
            return "the file is larger or deeper than a JSON reader allows";
        }
        if (m.contains("Non-standard token")) {
            return "NaN and Infinity are not numbers in JSON; leave the value out, or write null";
        }
        if (m.startsWith("Unexpected end-of-input")) {
            return "the file ends in the middle of the JSON (is it cut short?)";
        }
        if (m.contains("code 65279")) {
            return "the file starts with a byte-order mark but holds no JSON";
        }
        if (m.contains("CTRL-CHAR")) {
            return "a control character (such as a NUL byte) where JSON allows none";
        }
        if (m.contains("Invalid UTF-8")) {
            return "the text is not UTF-8 (save the file as UTF-8)";
        }
        // Keep the first sentence; drop the parser's hints about its own settings and source.
        String first = m.split("\n", 2)[0].replaceAll("\\s*\\(?[^()]*`[^`]*`[^()]*\\)?", "").trim();
        return first.isEmpty() ? "the text is not valid JSON" : first;
    }

    /** A JSON value's kind in words, for "must be X, not Y". */
    static String kind(JsonNode v) {
        if (v == null || v.isMissingNode()) {
            return "nothing";
        }
        return v.isNull() ? "null" : v.getNodeType().name().toLowerCase(java.util.Locale.ROOT).replace("pojo", "value");
    }
}
