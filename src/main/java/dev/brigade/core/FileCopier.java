package dev.brigade.core;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Objects;

/**
 * Copies one file or link into place without ever exposing a partial target: the bytes go to a
 * {@link TempFile} next to the target, which is checked, stamped with the source's time and
 * permissions, optionally flushed, and renamed over the target. Any failure or cancellation deletes
 * the temporary file and leaves an existing target exactly as it was.
 *
 * <p>One copier belongs to one worker thread and owns that worker's buffer, which serves every file
 * the worker copies.
 */
final class FileCopier {
    private static final LinkOption[] NO_FOLLOW = {LinkOption.NOFOLLOW_LINKS};

    private final CopyOptions options;
    private final ByteBuffer buffer;
    private final long chunk;
    private final ChunkListener pacing;
    private final ChannelHooks hooks;

    /** @param pacing told of every chunk, also while verifying: where pause and cancel take effect */
    FileCopier(CopyOptions options, ChunkListener pacing, ChannelHooks hooks) {
        this.options = Objects.requireNonNull(options, "options");
        this.chunk = options.chunkSize();
        ByteBuffer full = Buffers.allocate(options.bufferSize());
        // A limited copy fills less than the whole buffer per chunk, so it still paces in small steps.
        this.buffer = full.capacity() > chunk ? full.slice(0, (int) chunk) : full;
        this.pacing = Objects.requireNonNull(pacing, "pacing");
        this.hooks = Objects.requireNonNull(hooks, "hooks");
    }

    /**
     * Copies a regular file over {@code entry.target()}.
     *
     * @param flushNow   fsync the data before the rename (a replaced target must never be lost)
     * @param stampTime  set the source's modification time now; a deferred file gets it only after its
     *                   data is on disk, so a crash can never leave an incomplete file that looks current
     * @param replace    whether the rename may replace what is at the target
     * @param progress   told of every chunk copied
     * @return the bytes written by this copy (a resumed one keeps the bytes it checked)
     */
    long copyFile(PlanEntry entry, boolean flushNow, boolean stampTime, boolean replace, ChunkListener progress)
            throws IOException {
        ChunkListener listener = progress.andThen(pacing);
        Path source = entry.source();
        BasicFileAttributes before = sourceAttributes(source);
        if (!before.isRegularFile()) {
            throw new SourceChangedException(source);
        }
        String version = TempFiles.version(before.size(), before.lastModifiedTime());
        boolean resumable = options.resume() && before.size() >= Resumption.MIN_SIZE;
        FileChannel in;
        try {
            in = hooks.source(FileChannel.open(source, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS));
        } catch (NoSuchFileException e) {
            throw new SourceVanishedException(source);
        }
        TempFile temp = null;
        try (in) {
            ChecksumChannel reader = new ChecksumChannel(in);
            long kept = 0;
            if (resumable) {
                temp = TempFiles.adoptPartial(entry.target(), version);
                kept = temp == null ? 0 : Resumption.verifiedPrefix(reader, temp.channel(), before.size(), buffer, pacing);
                if (kept < 0) {
                    temp.discard();
                    temp = null;
                    kept = 0;
                    in.position(0);
                    reader = new ChecksumChannel(in);
                }
            }
            if (temp == null) {
                temp = TempFiles.create(entry.target(), version, entry.permissions());
            }
            temp.wrapChannel(hooks::target);
            temp.channel().position(kept);
            long written = copyRest(in, reader, temp, kept, before.size(), listener);
            checkUnchanged(source, before, kept + written);
            stamp(temp, entry, stampTime);
            if (flushNow) {
                temp.channel().force(true);
            }
            temp.commit(entry.target(), replace);
            return written;
        } catch (CopyCancelledException | ClosedByInterruptException e) {
            if (resumable && temp != null) {
                temp.keep();
            }
            throw cancellation(e);
        } finally {
            if (temp != null) {
                temp.discard();
            }
        }
    }

    /** An interrupt that lands inside any channel call closes the channel; it is still a cancel. */
    private static CopyCancelledException cancellation(IOException e) {
        if (e instanceof CopyCancelledException cancelled) {
            return cancelled;
        }
        CopyCancelledException cancelled = new CopyCancelledException(0);
        cancelled.initCause(e);
        return cancelled;
    }

    /**
     * Copies the source from offset {@code from} to its end into the temporary file: in the kernel, or
     * skipping zero blocks when the file may have holes, or through the buffer and a checksum when the
     * copy is to be verified, in which case the whole written file is read back and compared.
     */
    private long copyRest(FileChannel in, ChecksumChannel reader, TempFile temp, long from, long size,
                          ChunkListener listener) throws IOException {
        boolean sparse = SparseCopy.mayHaveHoles(in, size, buffer);
        FileChannel out = temp.channel();
        if (!options.verify()) {
            return sparse ? SparseCopy.copy(in, out, from, buffer, listener)
                    : ByteCopy.copyFile(in, out, from, size, chunk, buffer, listener);
        }
        long written = sparse ? SparseCopy.copy(reader, out, from, buffer, listener)
                : ByteCopy.copyThroughBuffer(reader, out, buffer, listener);
        out.position(0);
        ChecksumChannel rereading = new ChecksumChannel(out);
        ByteCopy.copyThroughBuffer(rereading, Discard.INSTANCE, buffer, pacing);
        if (rereading.checksum() != reader.checksum() || out.size() != from + written) {
            throw new VerificationFailedException(temp.path(), reader.checksum(), rereading.checksum());
        }
        return written;
    }

    /** Copies a symbolic link as a link with the same text; the link is never followed. */
    void copyLink(PlanEntry entry, boolean replace) throws IOException {
        Path text;
        try {
            text = Files.readSymbolicLink(entry.source());
        } catch (NoSuchFileException e) {
            throw new SourceVanishedException(entry.source());
        }
        Path temp = TempFiles.linkPathFor(entry.target());
        Files.createSymbolicLink(temp, text);
        boolean committed = false;
        try {
            setTimeIfSupported(temp, entry);
            TempFile.moveIntoPlace(temp, entry.target(), replace);
            committed = true;
        } finally {
            if (!committed) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * Fails the copy when the source moved under it: another size, time or inode than when it began, or
     * a byte count that disagrees with its size. Files that report size 0 yet have content (those under
     * /proc) are taken as read, since their size never says otherwise.
     */
    private static void checkUnchanged(Path source, BasicFileAttributes before, long copied) throws IOException {
        BasicFileAttributes after = sourceAttributes(source);
        boolean same = after.size() == before.size()
                && after.lastModifiedTime().equals(before.lastModifiedTime())
                && Objects.equals(after.fileKey(), before.fileKey());
        boolean countMatches = copied == after.size() || after.size() == 0;
        if (!same || !countMatches) {
            throw new SourceChangedException(source);
        }
    }

    private static BasicFileAttributes sourceAttributes(Path source) throws IOException {
        try {
            return Files.readAttributes(source, BasicFileAttributes.class, NO_FOLLOW);
        } catch (NoSuchFileException e) {
            throw new SourceVanishedException(source);
        }
    }

    private static void stamp(TempFile temp, PlanEntry entry, boolean stampTime) throws IOException {
        if (Permissions.POSIX && entry.permissions() != null && !temp.hasFinalPermissions()) {
            Files.setPosixFilePermissions(temp.path(), entry.permissions());
        }
        if (stampTime) {
            stampTime(temp.path(), entry.modified());
        }
    }

    /**
     * Sets the modification time and, to now, the access time: given both, the JDK sets them in one call
     * instead of first reading the time it was told to keep.
     */
    static void stampTime(Path path, FileTime modified) throws IOException {
        Files.getFileAttributeView(path, BasicFileAttributeView.class).setTimes(modified, FileTime.from(Instant.now()), null);
    }

    private static void setTimeIfSupported(Path link, PlanEntry entry) {
        try {
            Files.getFileAttributeView(link, BasicFileAttributeView.class, NO_FOLLOW).setTimes(entry.modified(), null, null);
        } catch (IOException | UnsupportedOperationException e) {
            // some systems cannot time a link itself; the link's text is what matters
        }
    }
}
