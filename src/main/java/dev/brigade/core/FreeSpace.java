package dev.brigade.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Warns, before a job writes anything, when its files may not fit on the target's file system. Only a
 * warning: files skipped by policy or replaced in place may need less, and the job still copies what
 * fits, failing the rest one by one with "no space left on device".
 */
public final class FreeSpace {
    private FreeSpace() {
    }

    /** A sentence for the person, or empty when the plan's bytes fit in the usable space. */
    public static Optional<String> shortfall(Plan plan) {
        Path existing = plan.job().target().toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return Optional.empty();
        }
        try {
            long usable = Files.getFileStore(existing).getUsableSpace();
            if (plan.byteCount() > usable) {
                return Optional.of("the job may need " + Sizes.format(plan.byteCount()) + " but only "
                        + Sizes.format(usable) + " is free on " + existing + "; files that do not fit will fail");
            }
        } catch (IOException e) {
            // the space cannot be read (some network file systems): no warning rather than a wrong one
        }
        return Optional.empty();
    }
}
