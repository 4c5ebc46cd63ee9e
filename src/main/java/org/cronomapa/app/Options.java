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
import java.util.stream.Collectors;
import org.cronomapa.filter.Filter;
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
            "--min-deaths", "--search", "--from", "--to", "--zoom", "--center", "--density", "--seconds");
    /** The filter's options, taken by the modes that draw or count ({@link #filter}). */
    static final List<String> FILTER_OPTIONS = List.of("--types", "--regions", "--min-deaths", "--search", "--from", "--to");
    /** Options that take no value. */
    private static final Set<String> FLAGS = Set.of("--skip-bad-rows", "--defaults");
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
                    throw new UsageException(a + " needs two files: " + a + " IN OUT");
                }
                o.secondValues.put(a, args.get(i + 2));
            }
            if (!WITH_VALUE.contains(a) && !MODES.contains(a)) {
                throw new UsageException("unknown option '" + a + "'");
            }
            if (MODES.contains(a)) {
                if (o.mode != null) {
                    throw new UsageException("choose one mode; got " + o.mode + " and " + a);
                }
                o.mode = a;
            }
            if (WITH_VALUE.contains(a) || WITH_TWO_VALUES.contains(a)) {
                if (i + 1 >= args.size()) {
                    throw new UsageException(a + " needs a value");
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
            throw new UsageException(key + " '" + d + "' is not a date in the form YYYY-MM-DD");
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
            types.add(EventType.fromCode(code.toLowerCase(Locale.ROOT)).orElseThrow(() -> new UsageException(
                    "--types: unknown type '" + code + "'; the types are " + Arrays.stream(EventType.values())
                            .map(EventType::code).collect(Collectors.joining(", ")))));
        }
        List<String> codes = new ArrayList<>();
        for (String code : list("--regions")) {
            String canonical = code.toUpperCase(Locale.ROOT);
            if (regions.indexOf(canonical).isEmpty()) {
                throw new UsageException("--regions: unknown region '" + code + "'; the regions are "
                        + regions.regions().stream().map(Region::code).collect(Collectors.joining(", "))
                        + ", and " + RegionMap.NATIONAL + " for national figures");
            }
            codes.add(canonical);
        }
        int minDeaths = has("--min-deaths") ? intIn("--min-deaths", value("--min-deaths").strip(), 0, 1_000_000) : 0;
        String search = value("--search");
        if (search != null && search.isBlank()) {
            throw new UsageException("--search needs some text to find");
        }
        LocalDate from = date("--from");
        LocalDate to = date("--to");
        if (from != null && to != null && from.isAfter(to)) {
            throw new UsageException("--from " + from + " is after --to " + to);
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
                throw new UsageException(key + " '" + v + "' has an empty item; write codes separated by commas");
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
            throw new UsageException("--size '" + s + "' must be WIDTHxHEIGHT between 200x150 and 8000x8000");
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
        throw new UsageException("--speed '" + v + "' must be days a second from 0.5 to 8");
    }

    int intIn(String key, String v, int min, int max) {
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(key + " '" + v + "' must be a whole number from " + min + " to " + max
                    + (key.equals("--window") ? ", or 'all'" : ""));
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
        throw new UsageException("--zoom '" + z + "' must be a number from 0.5 to 40");
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
        throw new UsageException("--center '" + c + "' must be LON,LAT in degrees, e.g. -71.54,-16.40");
    }

    /** {@code --density auto|markers|density}. */
    org.cronomapa.map.DensityMode density() {
        String d = values.getOrDefault("--density", "auto");
        for (var m : org.cronomapa.map.DensityMode.values()) {
            if (m.name().equalsIgnoreCase(d)) {
                return m;
            }
        }
        throw new UsageException("--density must be 'auto', 'markers' or 'density'");
    }

    Locale locale() {
        String l = values.get("--lang");
        if (l == null) {
            return systemLocale();
        }
        if (!l.equals("es") && !l.equals("en")) {
            throw new UsageException("--lang must be 'es' or 'en'");
        }
        return Locale.forLanguageTag(l);
    }

    /** Spanish when the system's language is Spanish, else English. */
    static Locale systemLocale() {
        return "es".equals(Locale.getDefault().getLanguage()) ? Locale.forLanguageTag("es") : Locale.ENGLISH;
    }

    /** A mistake on the command line: printed with the usage, exit code 2. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
