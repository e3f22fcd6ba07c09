package dev.brigade.core;

/**
 * Told what a job does, in bytes and in per-file outcomes. Calls come from the job's worker threads:
 * {@link #fileFinished} one call at a time, the others from several workers at once. A listener must
 * be quick: slow work here slows the copy. A display that only needs totals can
 * instead sample {@link JobProgress#snapshot()} at its own pace.
 */
public interface JobListener {
    JobListener NONE = new JobListener() { };

    /** A file's copy begins. */
    default void fileStarted(PlanEntry entry) {
    }

    /** More bytes of the current file reached the target's temporary file. */
    default void bytesCopied(long bytes) {
    }

    /** A path's final outcome: copied, skipped by policy, or failed with a reason. */
    default void fileFinished(FileOutcome outcome) {
    }
}
