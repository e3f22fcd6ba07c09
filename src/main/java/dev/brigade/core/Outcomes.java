package dev.brigade.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects a job's outcomes from all its workers. Calls to the job's listener are made one at a time,
 * whatever thread reports, so a listener never needs its own locking.
 */
final class Outcomes {
    private final JobListener listener;
    private final List<FileOutcome> failures = new ArrayList<>();
    private long copied;
    private long skipped;
    private long bytesCopied;

    Outcomes(JobListener listener) {
        this.listener = listener;
    }

    synchronized void record(FileOutcome outcome) {
        switch (outcome.outcome()) {
            case COPIED -> copied++;
            case SKIPPED -> skipped++;
            case FAILED -> failures.add(outcome);
        }
        listener.fileFinished(outcome);
    }

    synchronized void written(long bytes) {
        bytesCopied += bytes;
    }

    synchronized JobReport report(java.time.Duration elapsed, boolean cancelled) {
        return new JobReport(copied, skipped, failures.size(), bytesCopied, elapsed, failures, cancelled);
    }
}
