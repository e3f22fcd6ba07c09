package dev.brigade.core;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Makes newly created files durable in batches instead of one fsync each, which measured 6-8x slower
 * on small files. A new file is renamed into place unflushed and still carrying the time of its
 * writing; here, a batch at a time, its data is forced to disk (one syncfs of the file system where
 * {@link FileSystemSync} can, else fsync on several threads at once), and only then does it get its
 * source's modification time. So a file that looks up to date to a later sync run is always one whose
 * bytes reached the disk, while a file caught by a crash before its batch was flushed looks new and is
 * copied again. The folders that got new names are flushed last, which makes
 * the renames themselves durable.
 *
 * <p>Replaced targets never come here: they are flushed before their rename, because an old file may
 * only be replaced by a complete new one.
 */
final class DeferredFlush implements AutoCloseable {
    /**
     * Where a file opened for reading can be flushed and a folder opened at all (Linux, macOS). Windows
     * allows neither, so there every file is flushed before its rename instead.
     */
    static final boolean SUPPORTED = !System.getProperty("os.name", "").startsWith("Windows");

    /**
     * A batch this size bounds both the work a cancel waits for and what a killed run must redo. Where
     * one syncfs flushes a batch, batches can be larger: the flush costs about the same either way.
     */
    static final int MAX_FILES = FileSystemSync.available() ? 5000 : 1000;
    static final long MAX_BYTES = 256L * 1024 * 1024;
    /** fsync waits on the device, not the CPU: more threads than cores let the disk merge the writes. */
    private static final int THREADS = 8;

    private record Pending(PlanEntry entry, long bytes) {
    }

    private final Object lock = new Object();
    private List<Pending> files = new ArrayList<>();
    private Set<Path> directories = new LinkedHashSet<>();
    private long pendingBytes;
    private ExecutorService pool;

    void addFile(PlanEntry entry, long bytes) {
        synchronized (lock) {
            files.add(new Pending(entry, bytes));
            pendingBytes += bytes;
        }
    }

    /** A folder that got a new name and must be flushed for that name to last. */
    void addDirectory(Path directory) {
        synchronized (lock) {
            directories.add(directory);
        }
    }

    boolean isDue() {
        synchronized (lock) {
            return files.size() >= MAX_FILES || pendingBytes >= MAX_BYTES;
        }
    }

    /**
     * Flushes everything pending and returns the outcome of every deferred file. It finishes even when
     * the thread is interrupted, so a cancelled job still leaves its copied files durable; the
     * interrupt is kept for the caller. Workers may go on adding files meanwhile; they join the next batch.
     */
    List<FileOutcome> flush() {
        List<Pending> batch;
        List<Path> folders;
        synchronized (lock) {
            batch = files;
            folders = List.copyOf(directories);
            files = new ArrayList<>();
            directories = new LinkedHashSet<>();
            pendingBytes = 0;
        }
        if (batch.isEmpty() && folders.isEmpty()) {
            return List.of();
        }
        List<FileOutcome> outcomes = new ArrayList<>(batch.size());
        List<Path> paths = batch.stream().map(p -> p.entry().target()).toList();
        if (syncFileSystems(paths, folders)) {
            batch.forEach(pending -> outcomes.add(finish(pending, null)));
            // The times just set are on disk only after one more syncfs. Without it a crash leaves a
            // complete file that looks new, which the next run merely copies again; with it, a job
            // reports done only once everything it did is on disk.
            syncFileSystems(paths, List.of());
            return outcomes;
        }
        List<IOException> errors = forceAll(paths);
        for (int i = 0; i < batch.size(); i++) {
            outcomes.add(finish(batch.get(i), errors.get(i)));
        }
        List<IOException> folderErrors = forceAll(folders);
        for (int i = 0; i < folders.size(); i++) {
            if (folderErrors.get(i) != null) {
                Path folder = folders.get(i);
                outcomes.add(FileOutcome.failed(folder, folder,
                        "folder could not be flushed to disk: " + FailureReasons.describe(folderErrors.get(i))));
            }
        }
        return outcomes;
    }

    /**
     * One syncfs for each file system the files and folders live on (usually one). False when syncfs is
     * not available or failed, so the caller flushes file by file and learns which file failed. A
     * folder counts as itself, not its parent: the target may be the root of a mounted disk.
     */
    private static boolean syncFileSystems(List<Path> files, List<Path> folders) {
        if (files.isEmpty() && folders.isEmpty()) {
            return true;
        }
        if (!FileSystemSync.available()) {
            return false;
        }
        Set<Path> places = new LinkedHashSet<>(folders);
        for (Path file : files) {
            places.add(file.getParent() == null ? file : file.getParent());
        }
        Map<Object, Path> oneEachDevice = new LinkedHashMap<>();
        try {
            for (Path place : places) {
                // a stat, where Files.getFileStore would read the whole mount table for each folder
                oneEachDevice.putIfAbsent(Files.getAttribute(place, "unix:dev"), place);
            }
            for (Path place : oneEachDevice.values()) {
                if (!FileSystemSync.flush(place)) {
                    return false;
                }
            }
            return true;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }

    private static FileOutcome finish(Pending pending, IOException flushError) {
        PlanEntry entry = pending.entry();
        if (flushError != null) {
            deleteQuietly(entry.target());
            return FileOutcome.failed(entry, "could not be written to disk: " + FailureReasons.describe(flushError));
        }
        try {
            FileCopier.stampTime(entry.target(), entry.modified());
        } catch (IOException e) {
            return FileOutcome.failed(entry, "copied, but its modification time could not be set: " + FailureReasons.describe(e));
        }
        return FileOutcome.copied(entry, pending.bytes());
    }

    /** fsyncs each path on the pool; the list holds null for a success, else that path's error. */
    private synchronized List<IOException> forceAll(List<Path> paths) {
        List<IOException> errors = new ArrayList<>(paths.size());
        if (paths.isEmpty()) {
            return errors;
        }
        if (pool == null) {
            pool = Executors.newFixedThreadPool(THREADS, DaemonThreads.named("brigade-flush"));
        }
        List<Future<IOException>> futures = new ArrayList<>(paths.size());
        for (Path path : paths) {
            futures.add(pool.submit(() -> force(path)));
        }
        boolean interrupted = false;
        for (Future<IOException> future : futures) {
            while (true) {
                try {
                    errors.add(future.get());
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    errors.add(new IOException(e.getCause()));
                    break;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return errors;
    }

    private static IOException force(Path path) {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            channel.force(true);
            return null;
        } catch (IOException e) {
            return e;
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // the outcome already reports the failure; a leftover new file is recopied by the next run
        }
    }

    @Override
    public synchronized void close() {
        if (pool != null) {
            pool.shutdown();
        }
    }
}
