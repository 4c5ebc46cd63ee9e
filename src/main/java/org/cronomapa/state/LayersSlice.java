package org.cronomapa.state;

import javafx.beans.property.ReadOnlyObjectProperty;
import org.cronomapa.map.DensityMode;

/** Which optional map layers are on: for now, whether events show as markers, density, or either by their number. */
public final class LayersSlice {
    private final Staged.Value<DensityMode> density = new Staged.Value<>(this, "density", DensityMode.AUTO);

    public ReadOnlyObjectProperty<DensityMode> densityProperty() { return density; }
    public DensityMode density() { return density.get(); }

    void setDensity(DensityMode mode) { density.stage(mode); }

    void publish() { density.publish(); }
}
