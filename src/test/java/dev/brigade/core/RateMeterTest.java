package dev.brigade.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RateMeterTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void speedComesFromBytesWrittenOverTime() {
        RateMeter meter = new RateMeter();
        meter.sample(0, 0);
        assertEquals(-1, meter.bytesPerSecond(), "unknown before two samples");
        meter.sample(SECOND, 100_000_000);
        assertEquals(100_000_000, meter.bytesPerSecond(), 1);
        assertEquals(3, meter.secondsLeft(300_000_000));
    }

    @Test
    void timeSpentPausedIsNotCounted() {
        RateMeter meter = new RateMeter();
        meter.sample(0, 0);
        meter.sample(SECOND, 50_000_000);
        meter.pause();
        meter.sample(61 * SECOND, 50_000_000);
        meter.sample(62 * SECOND, 100_000_000);
        assertEquals(50_000_000, meter.bytesPerSecond(), 1, "a minute paused did not drag the speed down");
    }

    @Test
    void samplesCloseTogetherAreFolded() {
        RateMeter meter = new RateMeter();
        meter.sample(0, 0);
        meter.sample(SECOND / 100, 1_000_000_000);
        assertEquals(-1, meter.bytesPerSecond(), "10 ms is too short to judge a speed");
    }
}
