package dev.brigade.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The folders that get their source's permissions and modification time when a job ends. Not
 * before: every name created inside a folder changes its time again, and a read-only folder would
 * refuse the files still to come. Deepest first, so stamping a folder never disturbs its parent.
 */
final class FolderStamps {
    private final List<PlanEntry> folders = new ArrayList<>();

    void add(PlanEntry folder) {
        folders.add(folder);
    }

    /** Stamps every folder added, in reverse plan order; a folder that refuses is reported, not fatal. */
    void applyAll(Outcomes outcomes) {
        for (int i = folders.size() - 1; i >= 0; i--) {
            PlanEntry entry = folders.get(i);
            try {
                Set<PosixFilePermission> permissions = entry.permissions();
                if (permissions != null) {
                    Files.setPosixFilePermissions(entry.target(), permissions);
                }
                Files.setLastModifiedTime(entry.target(), entry.modified());
            } catch (IOException e) {
                outcomes.record(FileOutcome.failed(entry, "folder copied, but its time or permissions could not be set: "
                        + FailureReasons.describe(e)));
            }
        }
    }
}
