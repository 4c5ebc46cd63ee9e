package org.cronomapa.filter;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.cronomapa.model.EventType;

/**
 * What the user asked to see: event types and regions (empty means all), a minimum number of
 * deaths, a text to find in the place and descriptions (any case, any accents), and a range of
 * start dates (null ends are open). An immutable value: each wither returns a new filter, so a
 * filter can be a command's argument, a story step or a saved setting. {@link Filtered#of} turns
 * it into what is visible.
 */
public record Filter(Set<EventType> types, Set<String> regions, int minDeaths, String search, LocalDate from,
        LocalDate to) {
    /** Everything: the filter the viewer starts with. */
    public static final Filter ALL = new Filter(Set.of(), Set.of(), 0, "", null, null);

    public Filter {
        types = types == null || types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
        regions = regions == null ? Set.of() : Set.copyOf(new TreeSet<>(regions));
        minDeaths = Math.max(0, minDeaths);
        search = search == null ? "" : search.strip();
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("the range starts (" + from + ") after it ends (" + to + ")");
        }
    }

    public Filter withTypes(Collection<EventType> t) {
        return new Filter(t == null ? Set.of() : Set.copyOf(t), regions, minDeaths, search, from, to);
    }

    /** Region codes as in the region map ({@code PE-PUN}); {@code PE} is the national figures. */
    public Filter withRegions(Collection<String> codes) {
        return new Filter(types, codes == null ? Set.of() : Set.copyOf(codes), minDeaths, search, from, to);
    }

    public Filter withMinDeaths(int n) {
        return new Filter(types, regions, n, search, from, to);
    }

    public Filter withSearch(String text) {
        return new Filter(types, regions, minDeaths, text, from, to);
    }

    /** Events that start from {@code first} to {@code last}, both included; null leaves that end open. */
    public Filter withDates(LocalDate first, LocalDate last) {
        return new Filter(types, regions, minDeaths, search, first, last);
    }

    public boolean isAll() {
        return equals(ALL);
    }

    /** Whether the filter asks about something the prefix sums cannot answer, so rows must be checked. */
    boolean needsRowCheck() {
        return minDeaths > 0 || !search.isEmpty();
    }

    /** First and last start day as epoch days; open ends as the widest int range the index clamps. */
    int fromDay() {
        return from == null ? Integer.MIN_VALUE / 2 : (int) from.toEpochDay();
    }

    int toDay() {
        return to == null ? Integer.MAX_VALUE / 2 : (int) to.toEpochDay();
    }

    /** Lower case without accents, so "Juliaca", "JULIACA" and "juliacá" find each other. */
    static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
