package dev.brigade.ui.queue;

import dev.brigade.core.CopyJob;
import dev.brigade.core.JobReport;
import dev.brigade.core.Sizes;
import java.util.Locale;

/** The words the queue shows for a job. */
final class Titles {
    private Titles() {
    }

    /** {@code "3 items → /media/backup"}, or the one item's name. */
    static String of(CopyJob job) {
        int count = job.sources().size();
        String what = count == 1 ? String.valueOf(job.sources().get(0).getFileName()) : count + " items";
        String retry = job.destinations().isEmpty() ? "" : "Retry ";
        return retry + what + " → " + job.target();
    }

    static String summary(JobReport report) {
        String counts = String.format(Locale.ROOT, "copied %,d, skipped %,d, failed %,d · %s in %s",
                report.copied(), report.skipped(), report.failed(), Sizes.format(report.bytesCopied()),
                Durations.left(Math.round(report.elapsed().toMillis() / 1000.0)));
        return report.cancelled() ? "Cancelled: " + counts : counts;
    }
}
