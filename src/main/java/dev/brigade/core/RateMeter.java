package dev.brigade.core;

/**
 * A smoothed copy speed and the time left, from samples of a job's counters. Speed comes from bytes
 * actually written, so skipped files neither inflate it nor shorten the estimate. Time spent paused is
 * not counted: call {@link #pause()} and the next sample starts a fresh interval.
 */
public final class RateMeter {
    /** Weight of the newest interval: about the last five seconds dominate at one sample a second. */
    private static final double ALPHA = 0.3;
    private static final long MIN_INTERVAL_NANOS = 200_000_000L;

    private long lastNanos = -1;
    private long lastCopied;
    private double bytesPerSecond = -1;

    /**
     * Takes a sample. Samples closer together than 200 ms are folded into the next one, so calling this
     * often does not make the figure jumpy.
     */
    public void sample(long nowNanos, long bytesCopied) {
        if (lastNanos < 0) {
            lastNanos = nowNanos;
            lastCopied = bytesCopied;
            return;
        }
        long interval = nowNanos - lastNanos;
        if (interval < MIN_INTERVAL_NANOS) {
            return;
        }
        double instant = (bytesCopied - lastCopied) * 1e9 / interval;
        bytesPerSecond = bytesPerSecond < 0 ? instant : ALPHA * instant + (1 - ALPHA) * bytesPerSecond;
        lastNanos = nowNanos;
        lastCopied = bytesCopied;
    }

    /** Forget the open interval; the time until the next sample is not counted. */
    public void pause() {
        lastNanos = -1;
    }

    /** Bytes per second, or -1 before there is a measurement. */
    public double bytesPerSecond() {
        return bytesPerSecond;
    }

    /** Seconds until {@code bytesLeft} more are written at the current speed, or -1 when unknown. */
    public long secondsLeft(long bytesLeft) {
        if (bytesPerSecond <= 0) {
            return bytesLeft <= 0 ? 0 : -1;
        }
        return (long) Math.ceil(bytesLeft / bytesPerSecond);
    }
}
