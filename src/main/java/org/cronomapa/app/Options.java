package org.cronomapa.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cronomapa.filter.Filter;
import org.cronomapa.labels.Texts;
import org.cronomapa.model.EventType;
import org.cronomapa.model.Region;
import org.cronomapa.model.RegionMap;
import org.cronomapa.timeline.TimeIndex;

/** The command line: one mode flag and its options, checked with messages a user can act on. */
final class Options {
    static final Set<String> MODES = Set.of("--snapshot", "--export-frames", "--export-gif", "--export-video", "--summary",
            "--validate", "--bench", "--bench-window", "--synthetic", "--convert", "--chart", "--briefing", "--help");
    /** Options followed by two values: {@code --convert IN OUT}. */
    private static final Set<String> WITH_TWO_VALUES = Set.of("--convert", "--chart");
    private static final Set<String> WITH_VALUE = Set.of("--snapshot", "--briefing", "--export-frames", "--export-gif", "--export-video",
            "--validate", "--date", "--fps", "--speed",
            "--size", "--window", "--data", "--frames", "--lang", "--events", "--synthetic", "--types", "--regions",
            "--min-deaths", "--search", "--from", "--to", "--zoom", "--center", "--density", "--story", "--seconds");
    /** The filter's options, taken by the modes that draw or count ({@link #filter}). */
    static final List<String> FILTER_OPTIONS = List.of("--types", "--regions", "--min-deaths", "--search", "--from", "--to");
    /** Options that take no value. */
    private static final Set<String> FLAGS = Set.of("--skip-bad-rows", "--defaults", "--high-contrast", "--trace-startup");
    private final Map<String, String> values = new HashMap<>();
    private final Map<String, String> secondValues = new HashMap<>();
    private String mode;

    static Options parse(List<String> args) {
        Options o = new Options();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (FLAGS.contains(a)) {
                o.values.put(a, "true");
                continue;
            }
            if (WITH_TWO_VALUES.contains(a)) {
                if (i + 2 >= args.size()) {
                    throw new UsageException(t -> t.get("cli.twoFiles", a));
                }
                o.secondValues.put(a, args.get(i + 2));
            }
            if (!WITH_VALUE.contains(a) && !MODES.contains(a)) {
                throw new UsageException(t -> t.get("cli.unknownOption", a));
            }
            if (MODES.contains(a)) {
                if (o.mode != null) {
                    String first = o.mode;
                    throw new UsageException(t -> t.get("cli.oneMode", first, a));
                }
                o.mode = a;
            }
            if (WITH_VALUE.contains(a) || WITH_TWO_VALUES.contains(a)) {
                if (i + 1 >= args.size()) {
                    throw new UsageException(t -> t.get("cli.needsValue", a));
                }
                o.values.put(a, args.get(++i));
            }
            if (WITH_TWO_VALUES.contains(a)) {
                i++;
            }
        }
        return o;
    }

    String mode() { return mode; }
    String value(String key) { return values.get(key); }
    boolean has(String key) { return values.containsKey(key); }
    Path path(String key) { return values.containsKey(key) ? Path.of(values.get(key)) : null; }
    /** The second of an option's two values ({@code OUT} of {@code --convert IN OUT}). */
    Path secondPath(String key) { return secondValues.containsKey(key) ? Path.of(secondValues.get(key)) : null; }

    LocalDate date() {
        return date("--date");
    }

    private LocalDate date(String key) {
        String d = values.get(key);
        if (d == null) {
            return null;
        }
        try {
            return LocalDate.parse(d.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException(t -> t.get("cli.notDate", key, d));
        }
    }

    /** Whether any filter option was given. */
    boolean hasFilter() {
        return FILTER_OPTIONS.stream().anyMatch(values::containsKey);
    }

    /**
     * The filter the options ask for, checked against the region map: {@code --types} and
     * {@code --regions} are comma-separated codes in any letter case, an unknown one is refused with
     * the list of known ones.
     */
    Filter filter(RegionMap regions) {
        List<EventType> types = new ArrayList<>();
        for (String code : list("--types")) {
            types.add(EventType.fromCode(code.toLowerCase(Locale.ROOT)).orElseThrow(() -> new UsageException(t -> t.get("cli.unknownType", code,
                    Arrays.stream(EventType.values()).map(EventType::code).collect(Collectors.joining(", "))))));
        }
        List<String> codes = new ArrayList<>();
        for (String code : list("--regions")) {
            String canonical = code.toUpperCase(Locale.ROOT);
            if (regions.indexOf(canonical).isEmpty()) {
                String known = regions.regions().stream().map(Region::code).collect(Collectors.joining(", "));
                throw new UsageException(t -> t.get("cli.unknownRegion", code, known, RegionMap.NATIONAL));
            }
            codes.add(canonical);
        }
        int minDeaths = has("--min-deaths") ? intIn("--min-deaths", value("--min-deaths").strip(), 0, 1_000_000) : 0;
        String search = value("--search");
        if (search != null && search.isBlank()) {
            throw new UsageException(t -> t.get("cli.emptySearch"));
        }
        LocalDate from = date("--from");
        LocalDate to = date("--to");
        if (from != null && to != null && from.isAfter(to)) {
            throw new UsageException(t -> t.get("cli.fromAfterTo", from.toString(), to.toString()));
        }
        return new Filter(Set.copyOf(types), Set.copyOf(codes), minDeaths, search, from, to);
    }

    /** A comma-separated option's items; absent is empty, an empty item is refused. */
    private List<String> list(String key) {
        String v = values.get(key);
        if (v == null) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (String item : v.split(",", -1)) {
            if (item.isBlank()) {
                throw new UsageException(t -> t.get("cli.emptyItem", key, v));
            }
            items.add(item.strip());
        }
        return items;
    }

    int[] size() {
        return size("1280x800");
    }

    /** {@code --size WxH}, or {@code dflt} when not given. */
    int[] size(String dflt) {
        String s = values.getOrDefault("--size", dflt);
        String[] p = s.toLowerCase(Locale.ROOT).split("x");
        try {
            int w = Integer.parseInt(p[0]);
            int h = Integer.parseInt(p[1]);
            if (p.length != 2 || w < 200 || h < 150 || w > 8000 || h > 8000) {
                throw new NumberFormatException();
            }
            return new int[] {w, h};
        } catch (RuntimeException e) {
            throw new UsageException(t -> t.get("cli.size", s));
        }
    }

    int window() {
        String w = values.getOrDefault("--window", "7");
        if (w.equalsIgnoreCase("all")) {
            return TimeIndex.ALL_SO_FAR;
        }
        return intIn("--window", w, 1, 30);
    }

    /** {@code --speed}: days a second, 0.5–8 as in the window; default 1. */
    double speed() {
        String v = values.getOrDefault("--speed", "1");
        try {
            double d = Double.parseDouble(v);
            if (d >= 0.5 && d <= 8) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(t -> t.get("cli.speed", v));
    }

    int intIn(String key, String v, int min, int max) {
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            String range = String.valueOf(min);
            String top = String.valueOf(max);
            throw new UsageException(t -> key.equals("--window") ? t.get("cli.wholeNumberOrAll", key, v, range, top)
                    : t.get("cli.wholeNumber", key, v, range, top));
        }
    }

    /** {@code --zoom Z}: 1 is the fitted country view (0.5–40). */
    double zoom() {
        String z = values.getOrDefault("--zoom", "1");
        try {
            double d = Double.parseDouble(z);
            if (d >= org.cronomapa.map.Viewport.MIN_ZOOM && d <= org.cronomapa.map.Viewport.MAX_ZOOM) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(t -> t.get("cli.zoom", z));
    }

    /** {@code --center LON,LAT}, or null for the map's centre. */
    double[] center() {
        String c = values.get("--center");
        if (c == null) {
            return null;
        }
        String[] parts = c.split(",");
        try {
            double lon = Double.parseDouble(parts[0].strip());
            double lat = Double.parseDouble(parts[1].strip());
            if (parts.length == 2 && Math.abs(lon) <= 180 && Math.abs(lat) <= 90) {
                return new double[] {lon, lat};
            }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            // reported below
        }
        throw new UsageException(t -> t.get("cli.center", c));
    }

    /** {@code --density auto|markers|density}. */
    org.cronomapa.map.DensityMode density() {
        String d = values.getOrDefault("--density", "auto");
        for (var m : org.cronomapa.map.DensityMode.values()) {
            if (m.name().equalsIgnoreCase(d)) {
                return m;
            }
        }
        throw new UsageException(t -> t.get("cli.density"));
    }

    Locale locale() {
        String l = values.get("--lang");
        if (l == null) {
            return systemLocale();
        }
        if (!l.equals("es") && !l.equals("en")) {
            throw new UsageException(t -> t.get("cli.lang"));
        }
        return Locale.forLanguageTag(l);
    }

    /** Spanish when the system's language is Spanish, else English. */
    static Locale systemLocale() {
        return "es".equals(Locale.getDefault().getLanguage()) ? Locale.forLanguageTag("es") : Locale.ENGLISH;
    }

    /**
     * The language the run's messages are in: {@code --lang} when it names one we have, else the
     * system's. Read from the raw arguments, so that even a command line that does not parse is
     * answered in the language asked for.
     */
    static Locale locale(List<String> args) {
        int i = args.lastIndexOf("--lang");
        if (i >= 0 && i + 1 < args.size() && List.of("es", "en").contains(args.get(i + 1))) {
            return Locale.forLanguageTag(args.get(i + 1));
        }
        return systemLocale();
    }

    /** The words of this run, in {@link #locale()}'s language. */
    Texts texts() {
        return new Texts(Session.bundle(locale()));
    }

    /**
     * A mistake on the command line: printed with the usage, exit code 2. Its words are made only
     * when printed, in the run's language ({@link #message}).
     */
    static final class UsageException extends RuntimeException {
        private final transient Function<Texts, String> words;

        UsageException(Function<Texts, String> words) {
            super(null, null, false, false);
            this.words = words;
        }

        String message(Texts t) {
            return words.apply(t);
        }

        /** In English, for logs and test failures; the user sees {@link #message} in their language. */
        @Override
        public String getMessage() {
            return words.apply(new Texts(Session.bundle(Locale.ENGLISH)));
        }
    }
}
