package dev.brigade.core;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How a job ended: counts of each outcome, every failure with its reason, the bytes written and the
 * time taken.
 *
 * @param cancelled the job stopped early: files in place stay, the rest were not copied
 */
public record JobReport(long copied, long skipped, long failed, long bytesCopied, Duration elapsed,
                        List<FileOutcome> failures, boolean cancelled) {
    public JobReport {
        Objects.requireNonNull(elapsed, "elapsed");
        failures = List.copyOf(failures);
    }

    /** Mebibytes written per second, 0 for an instant job. */
    public double mibPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : bytesCopied / 1048576.0 / seconds;
    }
}
