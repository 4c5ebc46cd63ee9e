package org.cronomapa.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.cronomapa.model.EventType;
import org.cronomapa.model.Problem;
import org.cronomapa.model.ProblemReport;
import org.cronomapa.model.Story;
import org.cronomapa.model.StoryStep;

/**
 * Reads a guided story (data/README.md, "story.json"). A file with any problem is refused whole:
 * the result holds no story and every problem, each at its step and field; nothing is thrown.
 */
public final class StoryReader {
    public static final int FORMAT_VERSION = 1;
    public static final String BUNDLED_NAME = "story.json";

    /** The story read, or {@link Story#NONE} and the problems that refused it. */
    public record Result(Story story, ProblemReport problems) {
        public boolean ok() {
            return problems.listed().isEmpty();
        }
    }

    private StoryReader() {
    }

    public static Result read(Path file) {
        try {
            return parse(file.getFileName().toString(), InputFiles.readChecked(file));
        } catch (InputFileException e) {
            return new Result(Story.NONE, e.report());
        }
    }

    /** The story bundled with the app's data; refused as any file would be if the build lacks it. */
    public static Result bundled() {
        try (InputStream in = StoryReader.class.getResourceAsStream("/data/" + BUNDLED_NAME)) {
            if (in == null) {
                return new Result(Story.NONE,
                        ProblemReport.of(List.of(Problem.of(BUNDLED_NAME, "file", "problem.story.notBundled"))));
            }
            return parse(BUNDLED_NAME, in.readAllBytes());
        } catch (IOException e) {
            return new Result(Story.NONE, ProblemReport.of(List.of(Problem.of(BUNDLED_NAME, "file",
                    "problem.file.couldNotReadShort", e.getMessage()))));
        }
    }

    public static Result parse(String name, byte[] bytes) {
        JsonNode root;
        try {
            root = JsonFiles.parse(name, bytes);
        } catch (InputFileException e) {
            return new Result(Story.NONE, e.report());
        }
        List<Problem> problems = new ArrayList<>();
        if (!root.isObject()) {
            return new Result(Story.NONE,
                    ProblemReport.of(List.of(Problem.of(name, "json", "problem.story.notObject"))));
        }
        JsonNode version = root.get("format_version");
        if (version == null || !version.isInt() || version.intValue() != FORMAT_VERSION) {
            problems.add(Problem.of(name, "format_version", "problem.story.version", String.valueOf(FORMAT_VERSION),
                    String.valueOf(version)));
        }
        JsonNode steps = root.get("steps");
        if (steps == null || !steps.isArray() || steps.isEmpty()) {
            problems.add(Problem.of(name, "steps", "problem.story.steps"));
            return new Result(Story.NONE, ProblemReport.of(problems));
        }
        List<StoryStep> read = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            StoryStep s = step(name + "#steps[" + i + "]", steps.get(i), problems);
            if (s != null) {
                read.add(s);
            }
        }
        if (!problems.isEmpty()) {
            return new Result(Story.NONE, ProblemReport.of(problems));
        }
        JsonNode title = root.get("name");
        return new Result(new Story(title != null && title.isTextual() ? title.asText() : "", read), ProblemReport.of(List.of()));
    }

    /** One step, or null with its problems added. */
    private static StoryStep step(String at, JsonNode n, List<Problem> problems) {
        if (n == null || !n.isObject()) {
            problems.add(Problem.of(at, "step", "problem.story.step"));
            return null;
        }
        int before = problems.size();
        LocalDate date = null;
        String d = text(n, "date");
        try {
            date = d == null ? null : LocalDate.parse(d);
        } catch (DateTimeParseException e) {
            // reported below
        }
        if (date == null) {
            problems.add(Problem.of(at, "date", "problem.story.date", String.valueOf(n.get("date"))));
        }
        double[] box = extent(at, n.get("extent"), problems);
        int window = 7;
        JsonNode w = n.get("window_days");
        if (w != null) {
            if (w.isInt() && w.intValue() >= 1 && w.intValue() <= 30) {
                window = w.intValue();
            } else {
                problems.add(Problem.of(at, "window_days", "problem.story.window", String.valueOf(w)));
            }
        }
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        Set<String> regions = new TreeSet<>();
        int minDeaths = 0;
        JsonNode f = n.get("filter");
        if (f != null && !f.isNull()) {
            if (!f.isObject()) {
                problems.add(Problem.of(at, "filter", "problem.story.filter"));
            } else {
                for (String code : strings(at, f, "types", problems)) {
                    EventType.fromCode(code).ifPresentOrElse(types::add,
                            () -> problems.add(Problem.of(at, "filter.types", "problem.story.type", code)));
                }
                for (String code : strings(at, f, "regions", problems)) {
                    if (code.matches("PE(-[A-Z]{3})?")) {
                        regions.add(code);
                    } else {
                        problems.add(Problem.of(at, "filter.regions", "problem.story.region", code));
                    }
                }
                JsonNode m = f.get("min_deaths");
                if (m != null && !(m.isInt() && m.intValue() >= 0)) {
                    problems.add(Problem.of(at, "filter.min_deaths", "problem.story.minDeaths", String.valueOf(m)));
                } else if (m != null) {
                    minDeaths = m.intValue();
                }
            }
        }
        String es = text(n, "caption_es");
        String en = text(n, "caption_en");
        String source = text(n, "source_event_id");
        for (String[] field : new String[][] {{"caption_es", es}, {"caption_en", en}, {"source_event_id", source}}) {
            if (field[1] == null || field[1].isBlank()) {
                problems.add(Problem.of(at, field[0], "problem.story.text"));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new StoryStep(date, box[0], box[1], box[2], box[3], window, types, regions, minDeaths, es.strip(),
                en.strip(), source.strip());
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v != null && v.isTextual() ? v.asText() : null;
    }

    /** [west, south, east, north] in degrees, a box of some size inside lon/lat limits. */
    private static double[] extent(String at, JsonNode e, List<Problem> problems) {
        if (e != null && e.isArray() && e.size() == 4 && e.get(0).isNumber() && e.get(1).isNumber()
                && e.get(2).isNumber() && e.get(3).isNumber()) {
            double[] b = {e.get(0).asDouble(), e.get(1).asDouble(), e.get(2).asDouble(), e.get(3).asDouble()};
            if (b[0] >= -180 && b[2] <= 180 && b[1] >= -90 && b[3] <= 90 && b[0] < b[2] && b[1] < b[3]) {
                return b;
            }
        }
        problems.add(Problem.of(at, "extent", "problem.story.extent", String.valueOf(e)));
        return new double[] {0, 0, 1, 1};
    }

    private static List<String> strings(String at, JsonNode parent, String field, List<Problem> problems) {
        JsonNode a = parent.get(field);
        List<String> out = new ArrayList<>();
        if (a == null || a.isNull()) {
            return out;
        }
        if (!a.isArray()) {
            problems.add(Problem.of(at, "filter." + field, "problem.story.texts"));
            return out;
        }
        for (JsonNode v : a) {
            if (v.isTextual()) {
                out.add(v.asText());
            } else {
                problems.add(Problem.of(at, "filter." + field, "problem.story.textsHolds", String.valueOf(v)));
            }
        }
        return out;
    }
}
