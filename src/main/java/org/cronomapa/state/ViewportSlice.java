package org.cronomapa.state;

import javafx.beans.property.ReadOnlyObjectProperty;
import org.cronomapa.map.Projection;
import org.cronomapa.map.Viewport;
import org.locationtech.jts.geom.Envelope;

/** Which part of the map the screen shows; null until a dataset gives the map its bounds. */
public final class ViewportSlice {
    private final Staged.Value<Viewport> viewport = new Staged.Value<>(this, "viewport", null);

    public ReadOnlyObjectProperty<Viewport> viewportProperty() { return viewport; }
    public Viewport viewport() { return viewport.get(); }

    void fit(Envelope lonLat, int width, int height) {
        viewport.stage(Viewport.fit(lonLat, Math.max(1, width), Math.max(1, height), 0.03, Projection.PERU));
    }

    void update(Viewport v) {
        viewport.stage(v);
    }

    void publish() {
        viewport.publish();
    }
}
