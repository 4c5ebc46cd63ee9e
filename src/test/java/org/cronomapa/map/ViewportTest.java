package org.cronomapa.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class ViewportTest {
    private static final Envelope PERU = new Envelope(-81.4, -68.6, -18.4, 0.0);

    private static Viewport fitted() {
        return Viewport.fit(PERU, 1280, 800, 0.03, Projection.PERU);
    }

    @Test
    void fitKeepsTheWholeCountryOnScreenAndCentred() {
        Viewport v = fitted();
        assertTrue(v.screenX(-81.4) >= 0 && v.screenX(-68.6) <= 1280);
        assertTrue(v.screenY(0) >= 0 && v.screenY(-18.4) <= 800);
        assertEquals(640, (v.screenX(-81.4) + v.screenX(-68.6)) / 2, 0.5);
        assertEquals(400, (v.screenY(0) + v.screenY(-18.4)) / 2, 0.5);
        assertTrue(v.screenY(-15) > v.screenY(-5), "south is down");
        assertEquals(1.0, v.zoom(), 1e-9);
    }

    @Test
    void screenAndWorldRoundTrip() {
        Viewport v = fitted().zoomAt(3, 100, 200).panBy(40, -25);
        assertEquals(-70.13, v.lon(v.screenX(-70.13)), 1e-9);
        assertEquals(-15.5, v.lat(v.screenY(-15.5)), 1e-9);
    }

    @Test
    void zoomKeepsThePointUnderTheCursor() {
        Viewport v = fitted();
        double lon = v.lon(300);
        double lat = v.lat(500);
        Viewport z = v.zoomAt(2, 300, 500);
        assertEquals(300, z.screenX(lon), 1e-6);
        assertEquals(500, z.screenY(lat), 1e-6);
        assertEquals(2, z.zoom(), 1e-9);
    }

    @Test
    void zoomIsBounded() {
        Viewport v = fitted();
        for (int i = 0; i < 50; i++) {
            v = v.zoomAt(2, 640, 400);
        }
        assertEquals(Viewport.MAX_ZOOM, v.zoom(), 1e-6);
    }

    @Test
    void panMovesByPixels() {
        Viewport v = fitted();
        Viewport p = v.panBy(10, -20);
        assertEquals(v.screenX(-75) + 10, p.screenX(-75), 1e-9);
        assertEquals(v.screenY(-10) - 20, p.screenY(-10), 1e-9);
    }

    @Test
    void resetUndoesZoomAndPan() {
        Viewport v = fitted();
        Viewport r = v.zoomAt(4, 10, 10).panBy(100, 100).reset();
        assertEquals(v.screenX(-75), r.screenX(-75), 1e-9);
        assertEquals(v.screenY(-10), r.screenY(-10), 1e-9);
    }

    @Test
    void resizeKeepsCentreAndZoom() {
        Viewport v = fitted().zoomAt(2, 640, 400);
        double lon = v.lon(640);
        double lat = v.lat(400);
        Viewport r = v.resize(800, 600);
        assertEquals(400, r.screenX(lon), 1e-6);
        assertEquals(300, r.screenY(lat), 1e-6);
        assertEquals(2, r.zoom(), 1e-9);
    }
}
