package dev.brigade.core;

import java.nio.file.Path;

/**
 * A consistent-enough reading of a job's counters at one moment, for a progress display.
 *
 * @param bytesDone   bytes of files that are finished or under way, skipped ones included: what a bar shows
 * @param bytesCopied bytes actually written: what a speed is computed from, so skips do not inflate it
 * @param currentFile the file being copied, or null
 */
public record ProgressSnapshot(JobPhase phase, long filesDone, long filesTotal, long bytesDone,
                               long bytesTotal, long bytesCopied, Path currentFile) {

    /** 0..1 by bytes; by files when the job has no bytes at all. */
    public double fraction() {
        if (bytesTotal > 0) {
            return Math.min(1.0, (double) bytesDone / bytesTotal);
        }
        if (filesTotal > 0) {
            return Math.min(1.0, (double) filesDone / filesTotal);
        }
        return phase == JobPhase.FINISHED ? 1.0 : 0.0;
    }
}
