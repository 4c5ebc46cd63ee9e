package org.cronomapa.state;

import javafx.beans.property.ReadOnlyObjectProperty;
import org.cronomapa.model.Dataset;
import org.cronomapa.timeline.TimeIndex;

/** The loaded dataset and its time index, replaced together. */
public final class DatasetSlice {
    private final Staged.Value<Dataset> dataset = new Staged.Value<>(this, "dataset", null);
    private TimeIndex index;

    public ReadOnlyObjectProperty<Dataset> datasetProperty() { return dataset; }
    public Dataset dataset() { return dataset.get(); }
    public TimeIndex index() { return index; }

    void replace(Dataset d, TimeIndex i) {
        index = i;
        dataset.stage(d);
    }

    void publish() {
        dataset.publish();
    }
}
