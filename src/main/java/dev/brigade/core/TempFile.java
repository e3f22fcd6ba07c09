package dev.brigade.core;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.UnaryOperator;

/**
 * One open, locked temporary file. It ends in exactly one of two ways: {@link #commit} renames it over
 * its target in one atomic step, or {@link #discard} deletes it. Until then no target is touched.
 */
final class TempFile implements AutoCloseable {
    private final Path path;
    private FileChannel channel;
    private final FileLock lock;
    private boolean settled;
    private boolean finalPermissions;

    TempFile(Path path, FileChannel channel, FileLock lock) {
        this.path = path;
        this.channel = channel;
        this.lock = lock;
    }

    Path path() {
        return path;
    }

    FileChannel channel() {
        return channel;
    }

    void finalPermissions(boolean created) {
        finalPermissions = created;
    }

    /** Whether the file was created with its final permission bits, so it needs no chmod. */
    boolean hasFinalPermissions() {
        return finalPermissions;
    }

    /** From now on the file is written through {@code wrap(channel)}, a channel over this one's channel. */
    void wrapChannel(UnaryOperator<FileChannel> wrap) {
        channel = wrap.apply(channel);
    }

    /**
     * Closes the file, then renames it over {@code target}. Closing comes first because a close can
     * report a write error; such a file must never be committed.
     *
     * @param replace whether something at {@code target} may be replaced; when not, a name taken in
     *                the meantime fails the commit with {@link FileAlreadyExistsException}
     */
    void commit(Path target, boolean replace) throws IOException {
        close();
        moveIntoPlace(path, target, replace);
        settled = true;
    }

    /**
     * Renames {@code temp} to {@code target} in one step. Without {@code replace} the JDK looks at the
     * target first and refuses when something is there (on Windows the rename itself refuses), which
     * costs an exception per file: only targets that ignore letter case need it.
     */
    static void moveIntoPlace(Path temp, Path target, boolean replace) throws IOException {
        if (replace) {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } else {
            Files.move(temp, target);
        }
    }

    /**
     * Keeps the file for a later resumed job instead of deleting it: a cancelled copy of a big file
     * that may be continued.
     */
    void keep() {
        settled = true;
        try {
            close();
        } catch (IOException ignored) {
            // the partial is still on disk; a resumed job checks its content before using any of it
        }
    }

    /** Deletes the file unless it was settled or kept. Safe to call more than once. */
    void discard() {
        try {
            close();
        } catch (IOException ignored) {
            // closing is best effort here: the file is being thrown away
        }
        if (!settled) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // a later run's removeStale deletes it: it is no longer locked
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } catch (IOException ignored) {
            // the channel may already be closed by an interrupt; closing it releases the lock anyway
        } finally {
            channel.close();
        }
    }
}
