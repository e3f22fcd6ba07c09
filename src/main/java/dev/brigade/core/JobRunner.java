package dev.brigade.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs a {@link Plan}: creates its folders, copies its files in plan order, and reports each path's
 * outcome. A failed path never stops the job. A cancel (see {@link JobControl}) stops it between
 * chunks: the file under way is undone, files already in place stay and are still made durable.
 */
public final class JobRunner {
    private final Plan plan;
    private final CopyOptions options;
    private final JobProgress progress;
    private final JobListener listener;
    private final JobControl control;
    private final ChannelHooks hooks;
    private FileCopier copier;
    private final DeferredFlush flush = new DeferredFlush();
    private final List<PlanEntry> foldersToStamp = new ArrayList<>();
    private final List<FileOutcome> failures = new ArrayList<>();
    private long copied;
    private long skipped;
    private long bytesCopied;
    private Path blockedFolder;

    public JobRunner(Plan plan, JobProgress progress, JobListener listener, JobControl control) {
        this(plan, progress, listener, control, ChannelHooks.NONE);
    }

    JobRunner(Plan plan, JobProgress progress, JobListener listener, JobControl control, ChannelHooks hooks) {
        this.plan = plan;
        this.options = plan.job().options();
        this.progress = progress;
        this.listener = listener;
        this.control = control;
        this.hooks = hooks;
    }

    /**
     * Copies everything in the plan on the calling thread.
     *
     * @throws JobRefusedException when the copy buffer cannot be allocated or the target folder cannot be
     *                             created; nothing was written then
     */
    public JobReport run() throws JobRefusedException {
        long start = System.nanoTime();
        boolean cancelled = false;
        try {
            ChunkListener pacing = bytes -> control.checkpoint();
            if (options.bytesPerSecond() > 0) {
                pacing = new Throttle(options.bytesPerSecond()).andThen(pacing);
            }
            copier = new FileCopier(options, pacing, hooks);
        } catch (BufferUnavailableException e) {
            throw new JobRefusedException(e.getMessage());
        }
        control.enter();
        try {
            prepareTarget();
            progress.phase(JobPhase.COPYING);
            plan.problems().forEach(problem -> {
                progress.finished(0, 0);
                record(problem);
            });
            for (PlanEntry entry : plan.entries()) {
                control.checkpoint();
                process(entry);
                if (flush.isDue()) {
                    flush.flush().forEach(this::record);
                }
            }
        } catch (CopyCancelledException e) {
            cancelled = true;
        } finally {
            finish();
            control.leave();
        }
        return new JobReport(copied, skipped, failures.size(), bytesCopied,
                Duration.ofNanos(System.nanoTime() - start), failures, cancelled || control.isCancelled());
    }

    private void prepareTarget() throws JobRefusedException {
        Path target = plan.job().target();
        try {
            Files.createDirectories(target);
            if (!options.resume()) {
                TempFiles.removeStale(target);
            }
            for (Path destination : plan.job().destinations()) {
                Files.createDirectories(destination.getParent());
            }
        } catch (IOException e) {
            throw new JobRefusedException("cannot create target folder " + target + ": " + FailureReasons.describe(e));
        }
    }

    private void process(PlanEntry entry) throws CopyCancelledException {
        if (blockedFolder != null && entry.source().startsWith(blockedFolder)) {
            fail(entry, TargetDecision.BLOCKED_FOLDER, 0);
            return;
        }
        blockedFolder = null;
        if (entry.kind() == EntryKind.DIRECTORY) {
            folder(entry);
        } else {
            file(entry);
        }
    }

    private void folder(PlanEntry entry) {
        try {
            TargetDecision decision = TargetDecision.decide(entry, options.policy());
            switch (decision.action()) {
                case CREATE -> {
                    Files.createDirectory(entry.target(), Permissions.OWNER_ONLY_FOLDER);
                    foldersToStamp.add(entry);
                    flush.addDirectory(entry.target().getParent());
                }
                case USE_EXISTING -> {
                    if (!options.resume()) {
                        TempFiles.removeStale(entry.target()); // a resumed job may still continue them
                    }
                    if (options.policy() != Policy.SKIP) {
                        foldersToStamp.add(entry);
                    }
                }
                default -> blockFolder(entry, decision.reason());
            }
        } catch (IOException e) {
            blockFolder(entry, FailureReasons.describe(e));
        } catch (RuntimeException e) {
            blockFolder(entry, FailureReasons.describe(e));
        }
    }

    private void blockFolder(PlanEntry entry, String reason) {
        blockedFolder = entry.source();
        record(FileOutcome.failed(entry, reason));
    }

    private void file(PlanEntry entry) throws CopyCancelledException {
        progress.started(entry.source());
        listener.fileStarted(entry);
        long[] counted = {0};
        try {
            TargetDecision decision = TargetDecision.decide(entry, options.policy());
            switch (decision.action()) {
                case SKIP -> skip(entry, decision.reason());
                case CONFLICT, USE_EXISTING -> fail(entry, decision.reason(), 0);
                case CREATE, REPLACE -> write(entry, decision.action() == TargetDecision.Action.REPLACE, counted);
            }
        } catch (CopyCancelledException e) {
            throw e;
        } catch (IOException e) {
            fail(entry, FailureReasons.describe(e), counted[0]);
        } catch (RuntimeException e) {
            // one odd file (a name this JVM cannot encode, say) fails alone; the job goes on
            fail(entry, FailureReasons.describe(e), counted[0]);
        }
    }

    private void write(PlanEntry entry, boolean replacing, long[] counted) throws IOException {
        if (entry.kind() == EntryKind.SYMLINK) {
            copier.copyLink(entry);
            flush.addDirectory(entry.target().getParent());
            progress.finished(0, 0);
            record(FileOutcome.copied(entry, 0));
            return;
        }
        boolean defer = options.fsync() && !replacing && DeferredFlush.SUPPORTED;
        long bytes = copier.copyFile(entry, options.fsync() && !defer, !defer, chunk -> {
            counted[0] += chunk;
            progress.copied(chunk);
            listener.bytesCopied(chunk);
        });
        bytesCopied += bytes;
        progress.finished(entry.size(), counted[0]);
        if (defer) {
            flush.addFile(entry, bytes);
        } else {
            record(FileOutcome.copied(entry, bytes));
        }
        if (options.fsync()) {
            flush.addDirectory(entry.target().getParent());
        }
    }

    private void skip(PlanEntry entry, String reason) {
        progress.finished(entry.size(), 0);
        record(FileOutcome.skipped(entry, reason));
    }

    private void fail(PlanEntry entry, String reason, long bytesCounted) {
        if (entry.kind() != EntryKind.DIRECTORY) {
            progress.finished(entry.size(), bytesCounted);
        }
        record(FileOutcome.failed(entry, reason));
    }

    private void record(FileOutcome outcome) {
        switch (outcome.outcome()) {
            case COPIED -> copied++;
            case SKIPPED -> skipped++;
            case FAILED -> failures.add(outcome);
        }
        listener.fileFinished(outcome);
    }

    /** Flushes what is pending and gives folders their source's time and permissions, deepest first. */
    private void finish() {
        boolean interrupted = Thread.interrupted();
        progress.phase(JobPhase.FLUSHING);
        flush.flush().forEach(this::record);
        flush.close();
        for (int i = foldersToStamp.size() - 1; i >= 0; i--) {
            stampFolder(foldersToStamp.get(i));
        }
        progress.phase(JobPhase.FINISHED);
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void stampFolder(PlanEntry entry) {
        try {
            Set<PosixFilePermission> permissions = entry.permissions();
            if (permissions != null) {
                Files.setPosixFilePermissions(entry.target(), permissions);
            }
            Files.setLastModifiedTime(entry.target(), entry.modified());
        } catch (IOException e) {
            record(FileOutcome.failed(entry, "folder copied, but its time or permissions could not be set: "
                    + FailureReasons.describe(e)));
        }
    }
}
