package dev.brigade.core;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The threads that copy a job's files, each lending out one {@link FileCopier} (and so one buffer)
 * that serves every file it copies: no buffer is made per file. At most {@link #QUEUED} files wait
 * their turn, so a plan of a million files does not become a million queued tasks; the planner's
 * thread blocks instead. Large files take the single large lane, one at a time, so a few big files
 * stream one after another instead of thrashing one disk.
 */
final class WorkerPool {
    private static final int QUEUED = 256;

    /** A file's work, given the copier of the worker that runs it. */
    interface Work {
        void run(FileCopier copier) throws CopyCancelledException;
    }

    private final ExecutorService threads;
    private final BlockingQueue<FileCopier> copiers;
    private final Semaphore slots = new Semaphore(QUEUED);
    private final Semaphore largeLane = new Semaphore(1);
    private final JobControl control;

    WorkerPool(int workers, java.util.function.Supplier<FileCopier> newCopier, JobControl control) {
        this.control = control;
        this.copiers = new ArrayBlockingQueue<>(workers);
        for (int i = 0; i < workers; i++) {
            copiers.add(newCopier.get());
        }
        this.threads = Executors.newFixedThreadPool(workers, DaemonThreads.numbered("brigade-worker"));
    }

    /** Hands {@code work} to a worker, waiting while the queue is full. */
    void submit(Work work, boolean large) throws CopyCancelledException {
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CopyCancelledException(0);
        }
        threads.execute(() -> {
            FileCopier copier = copiers.poll();
            control.enter();
            try {
                if (large) {
                    largeLane.acquireUninterruptibly();
                }
                try {
                    if (!control.isCancelled()) {
                        work.run(copier);
                    }
                } finally {
                    if (large) {
                        largeLane.release();
                    }
                }
            } catch (CopyCancelledException e) {
                // the job is being cancelled; the runner reports it once
            } finally {
                control.leave();
                copiers.add(copier);
                slots.release();
            }
        });
    }

    /** Waits until every handed-out file is done, then ends the threads. */
    void finish() {
        threads.shutdown();
        boolean interrupted = false;
        while (true) {
            try {
                if (threads.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
