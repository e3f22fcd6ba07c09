package dev.brigade.core;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Checks a job and walks its sources into a {@link Plan}. The walk never follows a symbolic link, so a
 * link loop or a link out of the tree cannot pull foreign files in, and it reads each path's type,
 * size, time and permissions with a single lstat. It is iterative, so tree depth is not bounded by the
 * thread's stack. Files left by an unfinished copy ({@link TempFiles}) are never taken as content.
 */
public final class JobPlanner {
    private static final LinkOption[] NO_FOLLOW = {LinkOption.NOFOLLOW_LINKS};

    private final JobProgress progress;
    private final JobControl control;
    private final List<PlanEntry> entries = new ArrayList<>();
    private final List<FileOutcome> problems = new ArrayList<>();
    private long fileCount;
    private long byteCount;

    private JobPlanner(JobProgress progress, JobControl control) {
        this.progress = progress;
        this.control = control;
    }

    /**
     * Only the refusals, without walking the sources: quick enough to answer a person at once.
     *
     * @throws JobRefusedException when the job must not run
     */
    public static void check(CopyJob job) throws JobRefusedException {
        JobChecks.check(job);
    }

    /** {@link #plan(CopyJob, JobProgress, JobControl)} for a walk only an interrupt can stop. */
    public static Plan plan(CopyJob job, JobProgress progress) throws JobRefusedException, CopyCancelledException {
        return plan(job, progress, new JobControl());
    }

    /**
     * Plans {@code job}, counting into {@code progress} as it walks. {@code control} pauses and cancels
     * the walk between folders, as it does the copy between chunks: a walk of a big tree can take
     * minutes.
     *
     * @throws JobRefusedException     when the job must not run; nothing has been written
     * @throws CopyCancelledException  when the job is cancelled or the thread interrupted during the walk
     */
    public static Plan plan(CopyJob job, JobProgress progress, JobControl control)
            throws JobRefusedException, CopyCancelledException {
        progress.phase(JobPhase.SCANNING);
        List<JobChecks.Root> roots = JobChecks.check(job);
        JobPlanner planner = new JobPlanner(progress, control);
        control.enter();
        try {
            for (JobChecks.Root root : roots) {
                planner.walk(root);
            }
        } finally {
            control.leave();
        }
        progress.totals(planner.fileCount, planner.byteCount);
        return new Plan(job, planner.entries, planner.problems, planner.fileCount, planner.byteCount);
    }

    private record Frame(Path target, Iterator<Path> children) {
    }

    private void walk(JobChecks.Root root) throws CopyCancelledException {
        Deque<Frame> stack = new ArrayDeque<>();
        visit(root.source(), root.target(), stack);
        while (!stack.isEmpty()) {
            Frame frame = stack.peek();
            if (!frame.children().hasNext()) {
                stack.pop();
                continue;
            }
            Path child = frame.children().next();
            visit(child, frame.target().resolve(child.getFileName()), stack);
        }
    }

    private void visit(Path source, Path target, Deque<Frame> stack) throws CopyCancelledException {
        if (TempFiles.isTemporary(source.getFileName())) {
            return;
        }
        BasicFileAttributes attributes;
        try {
            attributes = readAttributes(source);
        } catch (IOException e) {
            problem(source, target, FailureReasons.describe(e));
            return;
        }
        EntryKind kind = EntryKind.of(attributes);
        if (kind == EntryKind.DIRECTORY) {
            List<Path> children;
            control.checkpoint();
            try {
                children = list(source);
            } catch (IOException e) {
                problem(source, target, FailureReasons.describe(e));
                return;
            } catch (DirectoryIteratorException e) {
                problem(source, target, FailureReasons.describe(e.getCause()));
                return;
            }
            add(source, target, kind, attributes);
            stack.push(new Frame(target, children.iterator()));
        } else {
            add(source, target, kind, attributes);
        }
    }

    private void add(Path source, Path target, EntryKind kind, BasicFileAttributes attributes) {
        long size = kind == EntryKind.FILE ? attributes.size() : 0;
        Set<PosixFilePermission> permissions =
                attributes instanceof PosixFileAttributes posix ? Permissions.canonical(posix.permissions()) : null;
        entries.add(new PlanEntry(source, target, kind, size, attributes.lastModifiedTime(), permissions));
        if (kind != EntryKind.DIRECTORY) {
            fileCount++;
            byteCount += size;
            progress.found(1, size);
        }
    }

    private void problem(Path source, Path target, String reason) {
        problems.add(FileOutcome.failed(source, target, reason));
        fileCount++;
        progress.found(1, 0);
    }

    private static BasicFileAttributes readAttributes(Path path) throws IOException {
        if (Permissions.POSIX) {
            return Files.readAttributes(path, PosixFileAttributes.class, NO_FOLLOW);
        }
        return Files.readAttributes(path, BasicFileAttributes.class, NO_FOLLOW);
    }

    /**
     * A folder's children in name order, so plans, dry runs and reports are repeatable.
     *
     * @throws DirectoryIteratorException when reading the folder fails part way
     */
    private static List<Path> list(Path directory) throws IOException {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
            for (Path child : stream) {
                children.add(child);
            }
        }
        children.sort(null);
        return children;
    }
}
