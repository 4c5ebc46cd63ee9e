package org.cronomapa.io;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled killings, counted the way the Defensoría del Pueblo counts, give its published totals
 * (data/defensoria-totals.csv) on the days it published them, unless the row's note explains the difference.
 */
class DefensoriaTotalsTest {
    private static final List<JsonNode> killings = new ArrayList<>();
    private static final List<Map<String, String>> totals = new ArrayList<>();

    @BeforeAll
    static void load() throws Exception {
        JsonNode root = new ObjectMapper().readTree(Files.readAllBytes(Path.of("data/events.geojson")));
        for (JsonNode f : root.path("features")) {
            if ("killing".equals(f.path("properties").path("type").asText())) {
                killings.add(f.path("properties"));
            }
        }
        List<String> lines = Files.readAllLines(Path.of("data/defensoria-totals.csv"), StandardCharsets.UTF_8);
        List<String> header = splitCsv(lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> cells = splitCsv(line);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < cells.size() ? cells.get(i) : "");
            }
            totals.add(row);
        }
    }

    @Test
    void everyPublishedTotalIsMatchedOrExplained() {
        assertTrue(totals.size() >= 10, "the Defensoría published totals through the wave, found " + totals.size());
        List<String> unexplained = new ArrayList<>();
        for (Map<String, String> row : totals) {
            String day = row.get("date");
            String column = row.get("deaths_total").isEmpty() ? "deaths_clashes" : "deaths_total";
            int published = Integer.parseInt(row.get(column));
            int counted = 0;
            for (JsonNode k : killings) {
                boolean clashOnly = column.equals("deaths_clashes")
                        && !"civilian_security_forces".equals(k.path("death_kind").asText());
                if (k.path("date").asText().compareTo(day) <= 0 && countedBy(k, day) && !clashOnly) {
                    counted += k.path("fatalities").asInt();
                }
            }
            if (counted != published && row.get("note").isBlank()) {
                unexplained.add(day + " " + column + ": Defensoría " + published + ", dataset " + counted);
            }
        }
        assertTrue(unexplained.isEmpty(), "differences with no note in defensoria-totals.csv: " + unexplained);
    }

    @Test
    void theLastPublishedTotalIsMatchedExactly() {
        Map<String, String> last = totals.get(totals.size() - 1);
        int counted = killings.stream().filter(k -> countedBy(k, last.get("date")))
                .mapToInt(k -> k.path("fatalities").asInt()).sum();
        assertTrue(counted == Integer.parseInt(last.get("deaths_total")),
                "Defensoría " + last.get("deaths_total") + " on " + last.get("date") + ", dataset " + counted);
    }

    /** defensoria_counted: absent or true = counted; false = never; a date = counted from that date. */
    private static boolean countedBy(JsonNode killing, String day) {
        JsonNode flag = killing.path("defensoria_counted");
        if (flag.isMissingNode() || flag.isBoolean()) {
            return flag.isMissingNode() || flag.asBoolean();
        }
        return flag.asText().compareTo(day) <= 0;
    }

    /** One RFC 4180 record on one line: commas split, double quotes group, "" is a quote. */
    private static List<String> splitCsv(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
