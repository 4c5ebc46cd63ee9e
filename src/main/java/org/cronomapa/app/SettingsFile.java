package org.cronomapa.app;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cronomapa.filter.Filter;
import org.cronomapa.io.AtomicFiles;
import org.cronomapa.model.EventType;
import org.cronomapa.state.TimelineSlice;
import org.cronomapa.timeline.Metric;
import org.cronomapa.timeline.Playback;
import org.cronomapa.timeline.TimeIndex;

/**
 * {@code settings.properties}: {@link Settings} as UTF-8 {@code key=value} lines (java.util.Properties
 * syntax), {@code format=1} first. Written atomically. Reading never fails: a file that cannot be
 * read as a whole gives the defaults and one line saying why; a single bad value gives that value's
 * default and one line; keys this version does not know are kept and written back.
 */
final class SettingsFile {
    static final int FORMAT = 1;
    /** Far beyond any settings a window could make; a bigger file is not ours. */
    static final int MAX_BYTES = 1 << 20;
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,9}(\\.\\d{1,17})?");
    private static final List<String> KNOWN = List.of("format", "window.x", "window.y", "window.width", "window.height",
            "window.maximized", "dataset", "dataset.valid-rows-only", "playback.speed", "playback.loop", "timeline.window",
            "timeline.metric", "language", "filter.types", "filter.regions", "filter.min-deaths", "filter.search",
            "filter.from", "filter.to");
    /** A region code's shape ({@code PE}, {@code PE-PUN}); whether the map has it is checked once the data is loaded. */
    private static final Pattern REGION_CODE = Pattern.compile("[A-Z]{2}(-[A-Z0-9]{1,3})?");

    private final Path file;

    SettingsFile(Path file) {
        this.file = file;
    }

    /** {@code ~/.cronomapa/settings.properties}, or {@code settings.properties} in the folder the system property {@code cronomapa.settings.dir} names. */
    static SettingsFile inUserHome() {
        String dir = System.getProperty("cronomapa.settings.dir");
        Path folder = dir != null ? Path.of(dir) : Path.of(System.getProperty("user.home"), ".cronomapa");
        return new SettingsFile(folder.resolve("settings.properties"));
    }

    Path path() {
        return file;
    }

    /** The settings read, and what the user should be told about the file (one line each). */
    record Read(Settings settings, List<String> report) {
    }

    Read read() {
        if (!Files.exists(file)) {
            return new Read(Settings.DEFAULTS, List.of()); // a first run
        }
        Properties p;
        try {
            p = properties();
        } catch (IOException | RuntimeException e) {
            return new Read(Settings.DEFAULTS, List.of(unreadable(reason(e))));
        }
        String format = p.getProperty("format");
        if (format == null) {
            return new Read(Settings.DEFAULTS, List.of(unreadable("no format line; not a Cronomapa settings file")));
        }
        if (!format.trim().equals(String.valueOf(FORMAT))) {
            return new Read(Settings.DEFAULTS, List.of(unreadable("format '" + format.trim() + "' is not " + FORMAT)));
        }
        return values(p);
    }

    private Properties properties() throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException("it is a folder");
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException("larger than " + (MAX_BYTES >> 10) + " KB");
        }
        byte[] bytes = Files.readAllBytes(file);
        for (byte b : bytes) {
            if (b == 0) {
                throw new IOException("binary content (a NUL byte)");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not UTF-8 text");
        }
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IllegalArgumentException e) {
            throw new IOException("a malformed \\u escape");
        }
        return p;
    }

    private Read values(Properties p) {
        List<String> report = new ArrayList<>();
        Values v = new Values(p, report);
        Settings d = Settings.DEFAULTS;
        Settings.Placement placement = null;
        if (p.containsKey("window.x") || p.containsKey("window.width")) {
            Double x = v.decimal("window.x", -1e6, 1e6);
            Double y = v.decimal("window.y", -1e6, 1e6);
            Double w = v.decimal("window.width", WindowPlacement.MIN_WIDTH, 1e6);
            Double h = v.decimal("window.height", WindowPlacement.MIN_HEIGHT, 1e6);
            boolean max = v.get("window.maximized", false, SettingsFile::bool, "true or false");
            Double sw = p.containsKey("window.scene-width") ? v.decimal("window.scene-width", 100, 1e6) : null;
            Double sh = p.containsKey("window.scene-height") ? v.decimal("window.scene-height", 100, 1e6) : null;
            if (x != null && y != null && w != null && h != null) {
                placement = sw != null && sh != null ? new Settings.Placement(x, y, w, h, max, sw, sh)
                        : new Settings.Placement(x, y, w, h, max);
            }
        }
        Path dataset = v.get("dataset", null, s -> s.isBlank() ? null : Path.of(s.trim()), "a file path");
        boolean validRows = v.get("dataset.valid-rows-only", false, SettingsFile::bool, "true or false");
        Double speed = v.decimal("playback.speed", Playback.MIN_SPEED, Playback.MAX_SPEED);
        boolean loop = v.get("playback.loop", d.loop(), SettingsFile::bool, "true or false");
        int window = v.get("timeline.window", d.windowDays(), SettingsFile::window,
                "a whole number from " + TimelineSlice.MIN_WINDOW + " to " + TimelineSlice.MAX_WINDOW + ", or 'all'");
        Metric metric = v.get("timeline.metric", d.metric(), SettingsFile::metric, "'events' or 'deaths'");
        Locale language = v.get("language", null, SettingsFile::language, "'es' or 'en'");
        Filter filter = filter(v, report);
        Map<String, String> others = new TreeMap<>();
        p.stringPropertyNames().stream().filter(k -> !KNOWN.contains(k)).forEach(k -> others.put(k, p.getProperty(k)));
        Settings s = new Settings(placement, dataset, validRows, speed == null ? d.speed() : speed, loop, window, metric,
                language, filter, new TreeMap<>(others));
        return new Read(s, List.copyOf(report));
    }

    /**
     * The {@code filter.*} keys, each falling back alone: an unknown type is left out of the types,
     * a range that ends before it starts is dropped whole. Region codes are checked for shape here
     * and against the map when the data is loaded ({@link SavedFilter#fitted}).
     */
    private Filter filter(Values v, List<String> report) {
        List<String> typeCodes = v.get("filter.types", List.of(), SettingsFile::codes, "a list of type codes");
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        List<String> unknown = new ArrayList<>();
        for (String code : typeCodes) {
            EventType.fromCode(code).ifPresentOrElse(types::add, () -> unknown.add(code));
        }
        if (!unknown.isEmpty()) {
            report.add("settings file " + file + ": filter.types has unknown " + String.join(", ", unknown)
                    + "; left out of the filter");
        }
        List<String> regions = v.get("filter.regions", List.of(), s -> {
            List<String> codes = codes(s.toUpperCase(Locale.ROOT));
            if (!codes.stream().allMatch(c -> REGION_CODE.matcher(c).matches())) {
                throw new IllegalArgumentException();
            }
            return codes;
        }, "a list of region codes");
        int minDeaths = v.get("filter.min-deaths", 0, s -> {
            int n = Integer.parseInt(s);
            if (n < 0 || n > 1_000_000) {
                throw new IllegalArgumentException();
            }
            return n;
        }, "a whole number from 0 to 1000000");
        String search = v.get("filter.search", "", s -> s, "a text");
        LocalDate from = v.get("filter.from", null, LocalDate::parse, "a date (YYYY-MM-DD)");
        LocalDate to = v.get("filter.to", null, LocalDate::parse, "a date (YYYY-MM-DD)");
        if (from != null && to != null && from.isAfter(to)) {
            report.add("settings file " + file + ": filter.from " + from + " is after filter.to " + to
                    + "; the dates are left out of the filter");
            from = null;
            to = null;
        }
        return new Filter(types, Set.copyOf(regions), minDeaths, search, from, to);
    }

    /** Comma-separated codes, blanks ignored. */
    private static List<String> codes(String s) {
        return java.util.Arrays.stream(s.split(",")).map(String::strip).filter(c -> !c.isEmpty()).toList();
    }

    /** Each value through its parser; a missing one is its default, a bad one its default and a line in the report. */
    private final class Values {
        private final Properties p;
        private final List<String> report;

        Values(Properties p, List<String> report) {
            this.p = p;
            this.report = report;
        }

        <T> T get(String key, T fallback, Function<String, T> parse, String expected) {
            String raw = p.getProperty(key);
            if (raw == null) {
                return fallback;
            }
            try {
                return parse.apply(raw.trim());
            } catch (RuntimeException e) {
                report.add("settings file " + file + ": " + key + " '" + shortened(raw) + "' is not " + expected
                        + "; using the default");
                return fallback;
            }
        }

        Double decimal(String key, double min, double max) {
            return get(key, null, s -> {
                if (!DECIMAL.matcher(s).matches() || Double.parseDouble(s) < min || Double.parseDouble(s) > max) {
                    throw new IllegalArgumentException();
                }
                return Double.parseDouble(s);
            }, "a number from " + plain(min) + " to " + plain(max));
        }
    }

    private static boolean bool(String s) {
        if (s.equals("true") || s.equals("false")) {
            return Boolean.parseBoolean(s);
        }
        throw new IllegalArgumentException();
    }

    private static int window(String s) {
        if (s.equalsIgnoreCase("all")) {
            return TimeIndex.ALL_SO_FAR;
        }
        int n = Integer.parseInt(s);
        if (n < TimelineSlice.MIN_WINDOW || n > TimelineSlice.MAX_WINDOW) {
            throw new IllegalArgumentException();
        }
        return n;
    }

    private static Metric metric(String s) {
        return switch (s) {
            case "events" -> Metric.EVENTS;
            case "deaths" -> Metric.FATALITIES;
            default -> throw new IllegalArgumentException();
        };
    }

    private static Locale language(String s) {
        if (!s.equals("es") && !s.equals("en")) {
            throw new IllegalArgumentException();
        }
        return Locale.forLanguageTag(s);
    }

    /** Writes the settings atomically: a crash leaves the old file or the new one, never half of one. */
    void write(Settings s) throws IOException {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("format", String.valueOf(FORMAT));
        if (s.placement() != null) {
            Settings.Placement pl = s.placement();
            lines.put("window.x", plain(Math.round(pl.x())));
            lines.put("window.y", plain(Math.round(pl.y())));
            lines.put("window.width", plain(Math.round(pl.width())));
            lines.put("window.height", plain(Math.round(pl.height())));
            lines.put("window.maximized", String.valueOf(pl.maximized()));
            if (pl.sceneKnown()) {
                lines.put("window.scene-width", plain(Math.round(pl.sceneWidth())));
                lines.put("window.scene-height", plain(Math.round(pl.sceneHeight())));
            }
        }
        if (s.dataset() != null) {
            lines.put("dataset", s.dataset().toString());
            lines.put("dataset.valid-rows-only", String.valueOf(s.validRowsOnly()));
        }
        lines.put("playback.speed", plain(s.speed()));
        lines.put("playback.loop", String.valueOf(s.loop()));
        lines.put("timeline.window", s.windowDays() == TimeIndex.ALL_SO_FAR ? "all" : String.valueOf(s.windowDays()));
        lines.put("timeline.metric", s.metric() == Metric.FATALITIES ? "deaths" : "events");
        if (s.language() != null) {
            lines.put("language", s.language().getLanguage());
        }
        Filter f = s.filter();
        if (!f.types().isEmpty()) {
            lines.put("filter.types", f.types().stream().sorted().map(EventType::code).collect(Collectors.joining(",")));
        }
        if (!f.regions().isEmpty()) {
            lines.put("filter.regions", f.regions().stream().sorted().collect(Collectors.joining(",")));
        }
        if (f.minDeaths() > 0) {
            lines.put("filter.min-deaths", String.valueOf(f.minDeaths()));
        }
        if (!f.search().isEmpty()) {
            lines.put("filter.search", f.search());
        }
        if (f.from() != null) {
            lines.put("filter.from", f.from().toString());
        }
        if (f.to() != null) {
            lines.put("filter.to", f.to().toString());
        }
        s.others().forEach(lines::putIfAbsent);
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFiles.writeText(file, w -> {
            w.write("# Cronomapa's settings, rewritten as they change; delete this file to start with the defaults.\n");
            for (var e : lines.entrySet()) {
                w.write(escaped(e.getKey(), e.getValue()));
            }
        });
    }

    /** One {@code key=value} line with Properties' escapes (a Windows path's backslashes, a leading space). */
    private static String escaped(String key, String value) throws IOException {
        Properties one = new Properties();
        one.setProperty(key, value);
        StringWriter out = new StringWriter();
        one.store(out, null);
        StringBuilder line = new StringBuilder();
        out.toString().lines().filter(l -> !l.startsWith("#")).forEach(l -> line.append(l).append('\n'));
        return line.toString();
    }

    private String unreadable(String reason) {
        return "settings file " + file + " could not be read (" + reason + "); using defaults";
    }

    private static String reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof InvalidPathException) {
            return "a path that is not valid here";
        }
        return String.valueOf(e.getMessage());
    }

    private static String shortened(String raw) {
        return raw.length() <= 60 ? raw : raw.substring(0, 60) + "…";
    }

    /** 1.5 as "1.5", 1400 as "1400": readable in the file and in messages. */
    static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
