package org.cronomapa.state;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.cronomapa.map.Projection;
import org.cronomapa.map.Viewport;
import org.locationtech.jts.geom.Envelope;

/** Which part of the map the screen shows. */
public final class ViewportSlice {
    private final ReadOnlyObjectWrapper<Viewport> viewport = new ReadOnlyObjectWrapper<>();

    public ReadOnlyObjectProperty<Viewport> viewportProperty() { return viewport.getReadOnlyProperty(); }
    public Viewport viewport() { return viewport.get(); }

    void fit(Envelope lonLat, int width, int height) {
        viewport.set(Viewport.fit(lonLat, Math.max(1, width), Math.max(1, height), 0.03, Projection.PERU));
    }

    void update(Viewport v) {
        viewport.set(v);
    }
}
