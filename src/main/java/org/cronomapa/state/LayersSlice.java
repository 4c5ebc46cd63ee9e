package org.cronomapa.state;

import javafx.beans.property.ReadOnlyObjectProperty;
import org.cronomapa.map.DensityMode;

/**
 * Which optional map layers are on: whether events show as markers, density, or either by their
 * number; and whether markers sharing a spot are fanned out around it.
 */
public final class LayersSlice {
    private final Staged.Value<DensityMode> density = new Staged.Value<>(this, "density", DensityMode.AUTO);

    private final Staged.Value<Boolean> fanOut = new Staged.Value<>(this, "fanOut", false);

    private final Staged.Value<Boolean> highContrast = new Staged.Value<>(this, "highContrast", false);

    public ReadOnlyObjectProperty<DensityMode> densityProperty() { return density; }
    public DensityMode density() { return density.get(); }

    /** Whether markers drawn on the same spot are spread on a small circle around it, each with a leader line. */
    public ReadOnlyObjectProperty<Boolean> fanOutProperty() { return fanOut; }
    public boolean fanOut() { return fanOut.get(); }

    /** Whether the map is drawn in its high-contrast look (render.MapLook). */
    public ReadOnlyObjectProperty<Boolean> highContrastProperty() { return highContrast; }
    public boolean highContrast() { return highContrast.get(); }

    void setDensity(DensityMode mode) { density.stage(mode); }
    void setHighContrast(boolean on) { highContrast.stage(on); }
    void setFanOut(boolean on) { fanOut.stage(on); }

    void publish() {
        density.publish();
        fanOut.publish();
        highContrast.publish();
    }
}
