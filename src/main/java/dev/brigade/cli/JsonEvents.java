package dev.brigade.cli;

import dev.brigade.core.FileOutcome;
import dev.brigade.core.JobListener;
import dev.brigade.core.JobReport;
import dev.brigade.core.Plan;
import dev.brigade.core.PlanEntry;
import dev.brigade.core.TargetDecision;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Newline-delimited JSON events on standard output, one object a line: {@code file} for each path's
 * outcome, {@code plan} for each action of a dry run, {@code done} at the end. The events are flat
 * objects of strings and numbers, so a few lines of escaping serve instead of a JSON library.
 */
final class JsonEvents implements JobListener {
    /** A reader sees events at most this late; flushing every line cost a write(2) per file. */
    private static final long FLUSH_NANOS = 100_000_000L;

    private final PrintStream out;
    private long lastFlush = System.nanoTime();

    JsonEvents(PrintStream out) {
        this.out = out;
    }

    @Override
    public synchronized void fileFinished(FileOutcome outcome) {
        emit("{\"event\":\"file\",\"path\":" + quote(outcome.source()) + ",\"target\":" + quote(outcome.target())
                + ",\"outcome\":\"" + outcome.outcome().id() + "\",\"bytes\":" + outcome.bytes()
                + ",\"reason\":" + quote(outcome.reason()) + "}");
    }

    synchronized void planned(PlanEntry entry, TargetDecision decision) {
        emit("{\"event\":\"plan\",\"path\":" + quote(entry.source()) + ",\"target\":" + quote(entry.target())
                + ",\"kind\":\"" + entry.kind().name().toLowerCase(Locale.ROOT) + "\",\"action\":\""
                + DryRun.verb(entry, decision) + "\",\"bytes\":" + entry.size() + ",\"reason\":" + quote(decision.reason()) + "}");
    }

    synchronized void planSummary(Plan plan) {
        out.println("{\"event\":\"plan-summary\",\"files\":" + plan.fileCount() + ",\"bytes\":" + plan.byteCount() + "}");
        out.flush();
    }

    private void emit(String line) {
        out.println(line);
        long now = System.nanoTime();
        if (now - lastFlush >= FLUSH_NANOS) {
            out.flush();
            lastFlush = now;
        }
    }

    synchronized void done(JobReport report) {
        out.println(String.format(Locale.ROOT,
                "{\"event\":\"done\",\"copied\":%d,\"skipped\":%d,\"failed\":%d,\"bytes\":%d,\"seconds\":%.3f,\"cancelled\":%b}",
                report.copied(), report.skipped(), report.failed(), report.bytesCopied(),
                report.elapsed().toNanos() / 1e9, report.cancelled()));
        out.flush();
    }

    static String quote(Path path) {
        return path == null ? "null" : quote(path.toString());
    }

    static String quote(String text) {
        StringBuilder json = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
