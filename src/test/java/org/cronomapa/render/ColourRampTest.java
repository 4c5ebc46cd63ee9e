package org.cronomapa.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ColourRampTest {
    @Test
    void classesCoverZeroToMaxInOrder() {
        ColourRamp ramp = ColourRamp.forMax(120);
        assertEquals(0, ramp.classOf(0));
        assertEquals(1, ramp.classOf(1));
        int previous = 0;
        for (int v = 0; v <= 200; v++) {
            int c = ramp.classOf(v);
            assertTrue(c >= previous);
            previous = c;
        }
        assertEquals(ramp.classes() - 1, ramp.classOf(120));
        assertEquals("0", ramp.label(0));
        assertTrue(ramp.label(ramp.classes() - 1).endsWith("+"));
    }

    @Test
    void darkerClassesForLargerValues() {
        ColourRamp ramp = ColourRamp.forMax(60);
        for (int c = 1; c < ramp.classes(); c++) {
            assertTrue(ramp.colour(c).getBrightness() <= ramp.colour(c - 1).getBrightness());
        }
    }

    @Test
    void smallMaximum() {
        ColourRamp ramp = ColourRamp.forMax(1);
        assertEquals(2, ramp.classes());
        assertEquals("1+", ramp.label(1));
    }

    @Test
    void blendingIsSourceOver() {
        int red = 0xFFFF0000;
        int blue = 0xFF0000FF;
        assertEquals(red, Raster.blend(red, blue, 255));
        assertEquals(blue, Raster.blend(red, blue, 0));
        int half = Raster.blend(red, blue, 128);
        assertEquals(128, (half >> 16) & 255, 2);
        assertEquals(127, half & 255, 2);
    }
}
