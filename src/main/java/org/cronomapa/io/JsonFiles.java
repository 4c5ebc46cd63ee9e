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
                throw InputFileException.of(name, "json", "problem.json.empty");
            }
            return root;
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            String at = where == null || where.getLineNr() < 0 || e instanceof StreamConstraintsException
                    ? name : name + ":" + where.getLineNr() + ":" + where.getColumnNr();
            throw plain(at, e);
        } catch (IOException e) {
            throw InputFileException.of(name, "file", "problem.file.couldNotReadShort", e.getMessage());
        }
    }

    /** The parser's complaint at {@code at}, in words a user can act on ("malformed JSON: ..."). */
    static InputFileException plain(String at, JsonProcessingException e) {
        String m = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            if (m.contains("nesting depth")) {
                return InputFileException.of(at, "json", "problem.json.deep");
            }
            if (m.contains("Number value length") || m.contains("number length")) {
                return InputFileException.of(at, "json", "problem.json.longNumber");
            }
            if (m.contains("String value length") || m.contains("String length")) {
                return InputFileException.of(at, "json", "problem.json.longText");
            }
            return InputFileException.of(at, "json", "problem.json.tooLarge");
        }
        if (m.contains("Non-standard token")) {
            return InputFileException.of(at, "json", "problem.json.nan");
        }
        if (m.startsWith("Unexpected end-of-input")) {
            return InputFileException.of(at, "json", "problem.json.cutShort");
        }
        if (m.contains("code 65279")) {
            return InputFileException.of(at, "json", "problem.json.bomOnly");
        }
        if (m.contains("CTRL-CHAR")) {
            return InputFileException.of(at, "json", "problem.json.control");
        }
        if (m.contains("Invalid UTF-8")) {
            return InputFileException.of(at, "json", "problem.json.notUtf8");
        }
        // Keep the parser's first sentence (it names the character found), without its hints about
        // its own settings and source; it stays in English, inside a sentence in the user's language.
        String first = m.split("\n", 2)[0].replaceAll("\\s*\\(?[^()]*`[^`]*`[^()]*\\)?", "").trim();
        return first.isEmpty() ? InputFileException.of(at, "json", "problem.json.invalid")
                : InputFileException.of(at, "json", "problem.json.parser", first);
    }

    /**
     * A JSON value's kind, for "must be X, not Y": a {@code problem.kind.*} key, which a
     * {@link org.cronomapa.model.Problem} shows in the reader's language when given as an argument.
     */
    static String kind(JsonNode v) {
        if (v == null || v.isMissingNode()) {
            return "problem.kind.nothing";
        }
        switch (v.getNodeType()) {
            case NULL:
                return "problem.kind.null";
            case ARRAY:
                return "problem.kind.array";
            case OBJECT:
                return "problem.kind.object";
            case STRING:
                return "problem.kind.string";
            case NUMBER:
                return "problem.kind.number";
            case BOOLEAN:
                return "problem.kind.boolean";
            case BINARY:
                return "problem.kind.binary";
            default:
                return "problem.kind.value";
        }
    }

    /** A value as a problem shows it: its JSON text cut to 40 characters, or its kind when there is none. */
    static String brief(JsonNode v) {
        if (v == null || v.isNull()) {
            return kind(v);
        }
        String s = v.toString();
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
