package org.cronomapa.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.cronomapa.filter.Filter;
import org.cronomapa.model.RegionMap;
import org.cronomapa.timeline.TimeIndex;

/**
 * A saved filter made to fit the data it is restored on: region codes the map does not have and a
 * date range that holds no day of the data are dropped, with one note saying what was dropped. The
 * rest of the filter stays; restoring never fails.
 */
final class SavedFilter {
    private SavedFilter() {
    }

    static Filter fitted(Filter saved, RegionMap regions, TimeIndex index, Consumer<String> note) {
        List<String> dropped = new ArrayList<>();
        List<String> unknown = saved.regions().stream().filter(c -> regions.indexOf(c).isEmpty()).sorted().toList();
        Filter f = saved;
        if (!unknown.isEmpty()) {
            dropped.add("regions " + String.join(", ", unknown) + " (not in the map)");
            f = f.withRegions(saved.regions().stream().filter(c -> !unknown.contains(c)).collect(java.util.stream.Collectors.toSet()));
        }
        boolean dated = f.from() != null || f.to() != null;
        if (dated && (f.from() != null && f.from().toEpochDay() > index.lastDay()
                || f.to() != null && f.to().toEpochDay() < index.firstDay())) {
            dropped.add("dates " + (f.from() == null ? "…" : f.from()) + " to " + (f.to() == null ? "…" : f.to())
                    + " (outside the data's " + LocalDate.ofEpochDay(index.firstDay()) + " to "
                    + LocalDate.ofEpochDay(index.lastDay()) + ")");
            f = f.withDates(null, null);
        }
        if (!dropped.isEmpty()) {
            note.accept("note: the saved filter's " + String.join(" and ", dropped) + " no longer fit; left out");
        }
        return f;
    }
}
