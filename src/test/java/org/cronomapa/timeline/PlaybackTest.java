package org.cronomapa.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Playback driven by a manual clock: elapsed nanoseconds in, days out. */
class PlaybackTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void advancesByElapsedTimeNotByFrames() {
        Playback p = Playback.at(100, 100, 200).withSpeed(2).play();
        Playback oneBigStep = p.advance(3 * SECOND);
        Playback manySmallSteps = p;
        for (int i = 0; i < 150; i++) {
            manySmallSteps = manySmallSteps.advance(SECOND / 50);
        }
        assertEquals(106, oneBigStep.day());
        assertEquals(106, manySmallSteps.day());
    }

    @Test
    void pausedPlaybackDoesNotMove() {
        assertEquals(100, Playback.at(100, 100, 200).advance(5 * SECOND).day());
    }

    @Test
    void stopsAtTheLastDayWithoutLoop() {
        Playback p = Playback.at(195, 100, 200).withSpeed(4).play().advance(10 * SECOND);
        assertEquals(200, p.day());
        assertFalse(p.playing());
    }

    @Test
    void dwellsOnTheLastDayBeforeStopping() {
        Playback p = Playback.at(199, 100, 200).withSpeed(1).play().advance(SECOND + SECOND / 2);
        assertEquals(200, p.day());
        assertTrue(p.playing());
    }

    @Test
    void loopsBackToTheFirstDay() {
        Playback p = Playback.at(199, 100, 200).withSpeed(1).withLoop(true).play().advance(3 * SECOND);
        assertEquals(101, p.day());
        assertTrue(p.playing());
    }

    @Test
    void speedIsClamped() {
        assertEquals(Playback.MAX_SPEED, Playback.at(0, 0, 10).withSpeed(100).speed());
        assertEquals(Playback.MIN_SPEED, Playback.at(0, 0, 10).withSpeed(0).speed());
    }

    @Test
    void stepsPauseAndClamp() {
        Playback p = Playback.at(150, 100, 200).play().step(1);
        assertEquals(151, p.day());
        assertFalse(p.playing());
        assertEquals(100, Playback.at(100, 100, 200).step(-1).day());
        assertEquals(200, Playback.at(200, 100, 200).step(1).day());
    }

    @Test
    void playAtTheEndStartsOver() {
        assertEquals(100, Playback.at(200, 100, 200).play().day());
    }
}
