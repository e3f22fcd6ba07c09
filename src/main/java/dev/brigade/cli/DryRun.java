package dev.brigade.cli;

import dev.brigade.core.EntryKind;
import dev.brigade.core.FailureReasons;
import dev.brigade.core.Plan;
import dev.brigade.core.PlanEntry;
import dev.brigade.core.Policy;
import dev.brigade.core.Sizes;
import dev.brigade.core.TargetDecision;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/** Prints what a job would do, path by path, reading the target but writing nothing. */
final class DryRun {
    private DryRun() {
    }

    static void print(Plan plan, PrintStream out, JsonEvents json) {
        Policy policy = plan.job().options().policy();
        Path blocked = null;
        // Folders the copy would create: nothing can be inside them yet, so their contents need no look,
        // which in Java costs an exception for each path that is not there.
        Set<Path> missing = new HashSet<>();
        if (Files.notExists(plan.job().target(), LinkOption.NOFOLLOW_LINKS)) {
            missing.add(plan.job().target());
        }
        for (PlanEntry entry : plan.entries()) {
            TargetDecision decision;
            if (blocked != null && entry.source().startsWith(blocked)) {
                decision = new TargetDecision(TargetDecision.Action.CONFLICT, TargetDecision.BLOCKED_FOLDER);
            } else {
                decision = entry.kind() != EntryKind.SPECIAL && missing.contains(entry.target().getParent())
                        ? TargetDecision.CREATE : decide(entry, policy);
                blocked = entry.kind() == EntryKind.DIRECTORY && decision.action() == TargetDecision.Action.CONFLICT
                        ? entry.source() : null;
                if (entry.kind() == EntryKind.DIRECTORY && decision.action() == TargetDecision.Action.CREATE) {
                    missing.add(entry.target());
                }
            }
            if (json != null) {
                json.planned(entry, decision);
            } else {
                String reason = decision.reason().isEmpty() ? "" : "  (" + decision.reason() + ")";
                out.printf("%-8s %s -> %s%s%n", verb(entry, decision), Printable.of(entry.source().toString()),
                        Printable.of(entry.target().toString()), reason);
            }
        }
        plan.problems().forEach(problem -> {
            if (json == null) {
                out.printf("%-8s %s  (%s)%n", "fail", Printable.of(problem.source().toString()), problem.reason());
            }
        });
        if (json != null) {
            json.planSummary(plan);
        } else {
            out.printf("dry run: %,d files, %s; nothing was written%n", plan.fileCount(), Sizes.format(plan.byteCount()));
        }
    }

    private static TargetDecision decide(PlanEntry entry, Policy policy) {
        try {
            return TargetDecision.decide(entry, policy);
        } catch (IOException e) {
            return new TargetDecision(TargetDecision.Action.CONFLICT, FailureReasons.describe(e));
        }
    }

    static String verb(PlanEntry entry, TargetDecision decision) {
        boolean folder = entry.kind() == EntryKind.DIRECTORY;
        return switch (decision.action()) {
            case CREATE -> folder ? "mkdir" : entry.kind() == EntryKind.SYMLINK ? "link" : "copy";
            case USE_EXISTING -> "use";
            case REPLACE -> "replace";
            case SKIP -> "skip";
            case CONFLICT -> "fail";
        };
    }
}
