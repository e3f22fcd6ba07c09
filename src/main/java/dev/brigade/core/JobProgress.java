package dev.brigade.core;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A job's live counters. Workers bump them at every chunk; displays sample {@link #snapshot()} at
 * their own pace, so a job of a hundred thousand tiny files cannot flood a UI thread with events.
 * While scanning, the totals grow as files are found.
 */
public final class JobProgress {
    private volatile JobPhase phase = JobPhase.SCANNING;
    private final AtomicLong filesTotal = new AtomicLong();
    private final AtomicLong bytesTotal = new AtomicLong();
    private final AtomicLong filesDone = new AtomicLong();
    private final AtomicLong bytesDone = new AtomicLong();
    private final AtomicLong bytesCopied = new AtomicLong();
    private volatile Path currentFile;

    public ProgressSnapshot snapshot() {
        return new ProgressSnapshot(phase, filesDone.get(), filesTotal.get(), bytesDone.get(),
                bytesTotal.get(), bytesCopied.get(), currentFile);
    }

    void phase(JobPhase newPhase) {
        phase = newPhase;
        if (newPhase != JobPhase.COPYING) {
            currentFile = null;
        }
    }

    void found(long files, long bytes) {
        filesTotal.addAndGet(files);
        bytesTotal.addAndGet(bytes);
    }

    void totals(long files, long bytes) {
        filesTotal.set(files);
        bytesTotal.set(bytes);
    }

    void started(Path file) {
        currentFile = file;
    }

    void copied(long bytes) {
        bytesDone.addAndGet(bytes);
        bytesCopied.addAndGet(bytes);
    }

    /** A file will be copied again from its start: the bytes its first try counted no longer count. */
    void restarting(long bytesAlreadyCounted) {
        bytesDone.addAndGet(-bytesAlreadyCounted);
    }

    /**
     * A file is finished. Its bytes not yet counted by {@link #copied} (all of them for a skip, the
     * rest for a file that failed partway) move the bar on without counting as copied.
     */
    void finished(long fileSize, long bytesAlreadyCounted) {
        filesDone.incrementAndGet();
        long rest = fileSize - bytesAlreadyCounted;
        if (rest != 0) {
            bytesDone.addAndGet(rest);
        }
    }
}
