package dev.brigade.core;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What happened to one source path.
 *
 * @param bytes  bytes written for a copied file, the file's size for a skipped one, 0 for a failure
 * @param reason why it was skipped or failed, for a person to read; empty for a plain copy
 */
public record FileOutcome(Path source, Path target, Outcome outcome, long bytes, String reason) {
    public FileOutcome {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
    }

    public static FileOutcome copied(PlanEntry entry, long bytes) {
        return new FileOutcome(entry.source(), entry.target(), Outcome.COPIED, bytes, "");
    }

    public static FileOutcome skipped(PlanEntry entry, String reason) {
        return new FileOutcome(entry.source(), entry.target(), Outcome.SKIPPED, entry.size(), reason);
    }

    public static FileOutcome failed(Path source, Path target, String reason) {
        return new FileOutcome(source, target, Outcome.FAILED, 0, reason);
    }

    public static FileOutcome failed(PlanEntry entry, String reason) {
        return failed(entry.source(), entry.target(), reason);
    }
}
