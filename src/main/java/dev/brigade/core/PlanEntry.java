package dev.brigade.core;

import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Objects;
import java.util.Set;

/**
 * One path the job will create, as seen when the job was planned.
 *
 * @param permissions the source's POSIX permission bits, or null on file systems without them
 */
public record PlanEntry(Path source, Path target, EntryKind kind, long size, FileTime modified,
                        Set<PosixFilePermission> permissions) {
    public PlanEntry {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(modified, "modified");
    }
}
