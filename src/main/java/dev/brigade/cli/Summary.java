package dev.brigade.cli;

import dev.brigade.core.JobReport;
import dev.brigade.core.Sizes;
import java.util.Locale;

/** The closing line of a copy: counts, bytes, time and speed. */
final class Summary {
    private Summary() {
    }

    static String of(JobReport report) {
        String line = String.format(Locale.ROOT, "copied %,d, skipped %,d, failed %,d; %s in %.2f s, %.1f MiB/s",
                report.copied(), report.skipped(), report.failed(), Sizes.format(report.bytesCopied()),
                report.elapsed().toNanos() / 1e9, report.mibPerSecond());
        return report.cancelled() ? "interrupted: " + line : line;
    }
}
