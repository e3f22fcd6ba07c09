package dev.brigade.core;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Runs a {@link Plan}: creates its folders in plan order on the calling thread, hands its files to a
 * {@link WorkerPool}, and reports each path's outcome. A failed path never stops the job. A cancel (see
 * {@link JobControl}) stops it between chunks: files under way are undone, files already in place stay
 * and are still made durable.
 */
public final class JobRunner {
    /**
     * Workers copying small files at once. Creating a file costs the kernel tens of microseconds of CPU,
     * so on a 2-core machine two workers keep both cores busy; see README's Performance section for the
     * measurements. The system property {@code brigade.workers} overrides it.
     */
    static final int WORKERS = Math.max(1, Integer.getInteger("brigade.workers", 2));
    static final String NAME_TAKEN = "another file took this name during the copy (on this disk, names that"
            + " differ only in letter case are the same name)";
    /** Files from this size on take the large lane, one at a time. */
    static final long LARGE = 8L * 1024 * 1024;

    private final Plan plan;
    private final CopyOptions options;
    private final JobProgress progress;
    private final JobListener listener;
    private final JobControl control;
    private final ChannelHooks hooks;
    private final Outcomes outcomes;
    private final DeferredFlush flush = new DeferredFlush();
    private final FolderStamps folderStamps = new FolderStamps();
    /**
     * Folders this job made. They started empty, so a file planned into one needs no look at its
     * target: in Java that look costs an exception for every new file. Not where names ignore case.
     */
    private final Set<Path> createdFolders = ConcurrentHashMap.newKeySet();
    /** Files that found the disk full while other copies were writing to it. */
    private final Queue<PlanEntry> shortOfSpace = new ConcurrentLinkedQueue<>();
    /** Whether the target's file system takes {@code Readme} and {@code README} for one name. */
    private boolean namesIgnoreCase;
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
        this.outcomes = new Outcomes(listener);
    }

    /**
     * Copies everything in the plan, returning when every file is done and flushed.
     *
     * @throws JobRefusedException when the copy buffers cannot be allocated or the target folder cannot
     *                             be created; nothing was written then
     */
    public JobReport run() throws JobRefusedException {
        long start = System.nanoTime();
        WorkerPool pool = newPool();
        control.enter();
        try {
            prepareTarget();
            progress.phase(JobPhase.COPYING);
            plan.problems().forEach(problem -> {
                progress.finished(0, 0);
                outcomes.record(problem);
            });
            for (PlanEntry entry : plan.entries()) {
                control.checkpoint();
                dispatch(entry, pool);
                if (flush.isDue()) {
                    flush.flush().forEach(outcomes::record);
                }
            }
        } catch (CopyCancelledException e) {
            control.cancel(); // an interrupt of this thread alone must stop the workers too
        } finally {
            pool.finish();
            finish();
            control.leave();
        }
        return outcomes.report(Duration.ofNanos(System.nanoTime() - start), control.isCancelled());
    }

    private WorkerPool newPool() throws JobRefusedException {
        return newPool(WORKERS);
    }

    private WorkerPool newPool(int workers) throws JobRefusedException {
        ChunkListener checkpoint = bytes -> control.checkpoint();
        ChunkListener pacing = options.bytesPerSecond() > 0
                ? new Throttle(options.bytesPerSecond()).andThen(checkpoint) : checkpoint;
        try {
            return new WorkerPool(workers, () -> new FileCopier(options, pacing, hooks), control);
        } catch (BufferUnavailableException e) {
            throw new JobRefusedException(e.getMessage());
        }
    }

    private void prepareTarget() throws JobRefusedException {
        Path target = plan.job().target();
        try {
            if (!Files.exists(target)) {
                Files.createDirectories(target);
                createdFolders.add(target);
            }
            namesIgnoreCase = hooks.namesIgnoreCase(target);
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

    private void dispatch(PlanEntry entry, WorkerPool pool) throws CopyCancelledException {
        if (blockedFolder != null && entry.source().startsWith(blockedFolder)) {
            fail(entry, TargetDecision.BLOCKED_FOLDER, 0);
            return;
        }
        blockedFolder = null;
        if (entry.kind() == EntryKind.DIRECTORY) {
            folder(entry);
        } else {
            pool.submit(copier -> new FileStep(entry, copier, false).run(), entry.size() >= LARGE);
        }
    }

    private void folder(PlanEntry entry) {
        try {
            TargetDecision decision = TargetDecision.decide(entry, options.policy());
            switch (decision.action()) {
                case CREATE -> {
                    Files.createDirectory(entry.target(), Permissions.OWNER_ONLY_FOLDER);
                    createdFolders.add(entry.target());
                    folderStamps.add(entry);
                    durable(entry.target().getParent());
                }
                case USE_EXISTING -> {
                    if (!options.resume()) {
                        TempFiles.removeStale(entry.target()); // a resumed job may still continue them
                    }
                    if (options.policy() != Policy.SKIP) {
                        folderStamps.add(entry);
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
        outcomes.record(FileOutcome.failed(entry, reason));
    }

    /** One file or link, on a worker: decide against the target, copy, and report. */
    private final class FileStep {
        private final PlanEntry entry;
        private final FileCopier copier;
        private final boolean lastTry;
        private long counted;

        FileStep(PlanEntry entry, FileCopier copier, boolean lastTry) {
            this.entry = entry;
            this.copier = copier;
            this.lastTry = lastTry;
        }

        void run() throws CopyCancelledException {
            progress.started(entry.source());
            listener.fileStarted(entry);
            try {
                TargetDecision decision = entry.kind() != EntryKind.SPECIAL && !namesIgnoreCase
                        && createdFolders.contains(entry.target().getParent())
                        ? TargetDecision.CREATE : TargetDecision.decide(entry, options.policy());
                switch (decision.action()) {
                    case SKIP -> skip(entry, decision.reason());
                    case CONFLICT, USE_EXISTING -> fail(entry, decision.reason(), 0);
                    case CREATE, REPLACE -> write(decision.action() == TargetDecision.Action.REPLACE);
                }
            } catch (FileAlreadyExistsException e) {
                fail(entry, namesIgnoreCase ? NAME_TAKEN : FailureReasons.describe(e), counted);
            } catch (CopyCancelledException e) {
                throw e;
            } catch (IOException e) {
                if (control.isCancelled()) { // a cancel's interrupt can surface as any I/O error
                    throw new CopyCancelledException(counted);
                }
                if (!lastTry && FailureReasons.isNoSpace(e)) {
                    progress.restarting(counted);
                    shortOfSpace.add(entry);
                    return;
                }
                fail(entry, FailureReasons.describe(e), counted);
            } catch (RuntimeException e) {
                // one odd file (a name this JVM cannot encode, say) fails alone; the job goes on
                fail(entry, FailureReasons.describe(e), counted);
            }
        }

        private void write(boolean replacing) throws IOException {
            // A new name may still be taken when names ignore case: README after Readme.
            boolean mayReplace = replacing || !namesIgnoreCase;
            if (entry.kind() == EntryKind.SYMLINK) {
                copier.copyLink(entry, mayReplace);
                durable(entry.target().getParent());
                progress.finished(0, 0);
                outcomes.record(FileOutcome.copied(entry, 0));
                return;
            }
            boolean defer = options.fsync() && !replacing && DeferredFlush.SUPPORTED;
            long bytes = copier.copyFile(entry, options.fsync() && !defer, !defer, mayReplace, chunk -> {
                counted += chunk;
                progress.copied(chunk);
                listener.bytesCopied(chunk);
            });
            outcomes.written(bytes);
            progress.finished(entry.size(), counted);
            if (defer) {
                flush.addFile(entry, bytes);
            } else {
                outcomes.record(FileOutcome.copied(entry, bytes));
            }
            durable(entry.target().getParent());
        }
    }

    /**
     * Files that found the disk full get one more try, one at a time, once every other copy is done: a
     * big file that did not fit beside them has removed its temporary file by then. A file bigger
     * than the space now free fails at once instead of filling the disk again.
     */
    private void retryShortOfSpace() {
        List<PlanEntry> waiting = new ArrayList<>(shortOfSpace);
        shortOfSpace.clear();
        if (waiting.isEmpty()) {
            return;
        }
        int next = 0;
        if (!control.isCancelled()) {
            try {
                WorkerPool alone = newPool(1);
                try {
                    for (; next < waiting.size() && !control.isCancelled(); next++) {
                        PlanEntry entry = waiting.get(next);
                        if (fitsNow(entry)) {
                            alone.submit(copier -> new FileStep(entry, copier, true).run(), false);
                        } else {
                            fail(entry, FailureReasons.NO_SPACE, 0);
                        }
                    }
                } finally {
                    alone.finish();
                }
            } catch (JobRefusedException | CopyCancelledException e) {
                // the files not handed over yet fail below
            }
        }
        for (; next < waiting.size(); next++) {
            fail(waiting.get(next), FailureReasons.NO_SPACE, 0);
        }
    }

    private static boolean fitsNow(PlanEntry entry) {
        try {
            return Files.getFileStore(entry.target().getParent()).getUsableSpace() > entry.size();
        } catch (IOException e) {
            return true; // the try itself will tell
        }
    }

    /** A folder that got a new name, flushed with the next batch when the job flushes at all. */
    private void durable(Path folder) {
        if (options.fsync()) {
            flush.addDirectory(folder);
        }
    }

    private void skip(PlanEntry entry, String reason) {
        progress.finished(entry.size(), 0);
        outcomes.record(FileOutcome.skipped(entry, reason));
    }

    private void fail(PlanEntry entry, String reason, long bytesCounted) {
        if (entry.kind() != EntryKind.DIRECTORY) {
            progress.finished(entry.size(), bytesCounted);
        }
        outcomes.record(FileOutcome.failed(entry, reason));
    }

    /**
     * Gives files that found the disk full their second try, flushes what is pending, and gives folders
     * their source's time and permissions, deepest first.
     */
    private void finish() {
        boolean interrupted = Thread.interrupted(); // a cancel is read from the control from here on
        retryShortOfSpace();
        progress.phase(JobPhase.FLUSHING);
        flush.flush().forEach(outcomes::record);
        flush.close();
        if (options.resume() && !control.isCancelled()) { // a cancelled resume keeps its partials
            removeUnusedPartials();
        }
        folderStamps.applyAll(outcomes);
        progress.phase(JobPhase.FINISHED);
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A resumed job leaves earlier runs' temporary files alone while it may still continue them; once it
     * has finished, those it did not continue are of no use.
     */
    private void removeUnusedPartials() {
        TempFiles.removeStale(plan.job().target());
        for (PlanEntry entry : plan.entries()) {
            if (entry.kind() == EntryKind.DIRECTORY) {
                TempFiles.removeStale(entry.target());
            }
        }
    }
}
