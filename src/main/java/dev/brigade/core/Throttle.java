package dev.brigade.core;

import java.util.concurrent.TimeUnit;

/**
 * Holds a copy to a byte rate by making the copying thread wait after each chunk, as Okio's Throttler
 * does. Time is allocated forward from now, never from the past, so a pause or a slow disk does not
 * earn a burst afterwards. Shared by a job's workers.
 */
final class Throttle implements ChunkListener {
    private final long bytesPerSecond;
    private long allocatedUntilNanos = System.nanoTime();

    Throttle(long bytesPerSecond) {
        if (bytesPerSecond <= 0) {
            throw new IllegalArgumentException("rate must be positive: " + bytesPerSecond);
        }
        this.bytesPerSecond = bytesPerSecond;
    }

    @Override
    public void chunkCopied(long bytes) throws CopyCancelledException {
        long waitNanos;
        synchronized (this) {
            long now = System.nanoTime();
            long start = Math.max(now, allocatedUntilNanos);
            allocatedUntilNanos = start + bytes * TimeUnit.SECONDS.toNanos(1) / bytesPerSecond;
            waitNanos = allocatedUntilNanos - now;
        }
        if (waitNanos > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(waitNanos);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CopyCancelledException(0);
            }
        }
    }
}
