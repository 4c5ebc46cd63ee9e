package org.cronomapa.state;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.cronomapa.model.Dataset;
import org.cronomapa.timeline.TimeIndex;

/** The loaded dataset and its time index, replaced together. */
public final class DatasetSlice {
    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>();
    private TimeIndex index;

    public ReadOnlyObjectProperty<Dataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    public Dataset dataset() {
        return dataset.get();
    }

    public TimeIndex index() {
        return index;
    }

    void replace(Dataset d) {
        index = new TimeIndex(d.events(), d.regions().size());
        dataset.set(d);
    }
}
