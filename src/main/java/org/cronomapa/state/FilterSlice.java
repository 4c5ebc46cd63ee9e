package org.cronomapa.state;

import javafx.beans.property.ReadOnlyObjectProperty;
import org.cronomapa.filter.Filter;
import org.cronomapa.filter.Filtered;

/**
 * The filter the user chose and its result for the loaded data, replaced together: the result is
 * computed once per filter or dataset change, never per frame, and every view reads it.
 */
public final class FilterSlice {
    private final Staged.Value<Filter> filter = new Staged.Value<>(this, "filter", Filter.ALL);
    private final Staged.Value<Filtered> filtered = new Staged.Value<>(this, "filtered", null);

    public ReadOnlyObjectProperty<Filter> filterProperty() { return filter; }
    public Filter filter() { return filter.get(); }
    /** The loaded data through the filter (null before any dataset); changes with the filter and the data. */
    public ReadOnlyObjectProperty<Filtered> filteredProperty() { return filtered; }
    public Filtered filtered() { return filtered.get(); }

    void replace(Filter f, Filtered result) {
        filter.stage(f.equals(filter.get()) ? filter.get() : f);
        filtered.stage(result);
    }

    void publish() {
        filter.publish();
        filtered.publish();
    }
}
