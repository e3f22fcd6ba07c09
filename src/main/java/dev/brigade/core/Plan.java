package dev.brigade.core;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A checked job, ready to run: every path it will create, in the order it will create them (each
 * folder before its contents), plus what could not even be read while planning.
 *
 * @param entries   folders, files, links and special files, parents first
 * @param problems  paths that failed during the walk, such as unreadable folders
 * @param fileCount entries that are not folders: each gets one outcome when the job runs
 * @param byteCount total size of the regular files: the 100% of a progress bar
 */
public record Plan(CopyJob job, List<PlanEntry> entries, List<FileOutcome> problems, long fileCount,
                   long byteCount) {
    public Plan {
        Objects.requireNonNull(job, "job");
        entries = Collections.unmodifiableList(entries); // no copy: a plan may hold hundreds of thousands
        problems = List.copyOf(problems);
    }
}
