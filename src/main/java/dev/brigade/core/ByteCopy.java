package dev.brigade.core;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;

/**
 * Moves bytes from a readable channel to a writable one: the copy, copyN and copy-with-a-buffer
 * family. None of these methods open or close a channel; the caller owns both ends. Each returns the
 * number of bytes written to {@code dst}.
 *
 * <p>When both ends are {@link FileChannel}s the bytes are moved by the kernel ({@code transferTo}),
 * never entering the JVM, in chunks of {@link #TRANSFER_CHUNK}. Otherwise a user-space loop reads into
 * the caller's buffer and writes it out. Either way the listener hears about every chunk and the
 * thread's interrupt status is checked before each one, so a copy of any size can report progress and
 * be cancelled. End of stream is the normal end of {@link #copy}; only {@link #copyN} treats it as an
 * error.
 */
public final class ByteCopy {

    /**
     * 8 MiB per kernel call. A chunk is the unit of progress and of cancellation: at the 2-5 GB/s a
     * page-cache copy runs at, 8 MiB takes a few milliseconds, so a cancel lands at once and a progress
     * bar gets hundreds of updates a second. bench.py's {@code chunks} workload copied 2 GiB in the same
     * best time (0.75 s) with 1, 8 and 64 MiB chunks; 128 calls per GiB are too few to matter.
     */
    public static final long TRANSFER_CHUNK = Math.max(64 * 1024, Long.getLong("brigade.transferChunk", 8L * 1024 * 1024));

    private ByteCopy() {
    }

    /** Copies until {@code src} ends, with a buffer of the default size when a buffer is needed. */
    public static long copy(ReadableByteChannel src, WritableByteChannel dst, ChunkListener listener)
            throws IOException {
        return copy(src, dst, Buffers.allocate(CopyOptions.DEFAULT_BUFFER), listener);
    }

    /**
     * Copies until {@code src} ends, using {@code buffer} for any user-space copying, so one buffer can
     * serve many files. The buffer's contents and position are overwritten.
     */
    public static long copy(ReadableByteChannel src, WritableByteChannel dst, ByteBuffer buffer,
                            ChunkListener listener) throws IOException {
        return move(src, dst, Long.MAX_VALUE, buffer, listener);
    }

    /**
     * Copies exactly {@code n} bytes. A source that ends first is reported with an
     * {@link EOFException} that gives the count reached, so a truncated stream is never mistaken for a
     * complete one.
     */
    public static long copyN(ReadableByteChannel src, WritableByteChannel dst, long n, ByteBuffer buffer,
                             ChunkListener listener) throws IOException {
        if (n < 0) {
            throw new IllegalArgumentException("negative byte count: " + n);
        }
        long copied = move(src, dst, n, buffer, listener);
        if (copied < n) {
            throw new EOFException("source ended after " + copied + " of " + n + " bytes");
        }
        return copied;
    }

    /**
     * Copies a file whose size is known, from offset {@code from} of {@code src} to the end, into
     * {@code dst} at its position: the kernel moves exactly the missing bytes, at most {@code maxChunk} a
     * call, and the copy ends there, without the extra call that would only learn that the file has
     * ended. A file that changed size meanwhile is for the caller to detect. A file that reports size 0
     * is read to its end, since such files (under /proc) may still have content.
     *
     * @return the bytes written by this call
     */
    public static long copyFile(FileChannel src, FileChannel dst, long from, long expectedSize, long maxChunk,
                                ByteBuffer buffer, ChunkListener listener) throws IOException {
        if (expectedSize <= 0) {
            return copy(src, dst, buffer, listener);
        }
        long[] copied = {0};
        ChunkListener counting = counting(copied, listener);
        return guard(copied, () -> {
            long at = from;
            while (at < expectedSize) {
                checkInterrupt(at - from);
                long moved = src.transferTo(at, Math.min(maxChunk, expectedSize - at), dst);
                if (moved <= 0) {
                    src.position(at);
                    return loop(src, dst, expectedSize - from, buffer, counting, at - from);
                }
                at += moved;
                counting.chunkCopied(moved);
            }
            return at - from;
        });
    }

    /** Always the user-space loop, even between files: the path that sees every byte. */
    public static long copyThroughBuffer(ReadableByteChannel src, WritableByteChannel dst, ByteBuffer buffer,
                                         ChunkListener listener) throws IOException {
        long[] copied = {0};
        ChunkListener counting = counting(copied, listener);
        return guard(copied, () -> loop(src, dst, Long.MAX_VALUE, buffer, counting, 0));
    }

    private static long move(ReadableByteChannel src, WritableByteChannel dst, long limit, ByteBuffer buffer,
                             ChunkListener listener) throws IOException {
        long[] copied = {0};
        ChunkListener counting = counting(copied, listener);
        if (src instanceof FileChannel in && dst instanceof FileChannel out) {
            return guard(copied, () -> transfer(in, out, limit, buffer, counting));
        }
        return guard(copied, () -> loop(src, dst, limit, buffer, counting, 0));
    }

    private static ChunkListener counting(long[] copied, ChunkListener listener) {
        return bytes -> {
            copied[0] += bytes;
            listener.chunkCopied(bytes);
        };
    }

    /**
     * The kernel path. It stops when the kernel moves nothing more; then the loop drains whatever is
     * left, which covers files whose reported size is wrong (those under /proc say 0) and files that
     * grew after the copy started.
     */
    private static long transfer(FileChannel src, FileChannel dst, long limit, ByteBuffer buffer,
                                 ChunkListener listener) throws IOException {
        long start = src.position();
        long total = 0;
        while (total < limit) {
            checkInterrupt(total);
            long moved = src.transferTo(start + total, Math.min(TRANSFER_CHUNK, limit - total), dst);
            if (moved <= 0) {
                break;
            }
            total += moved;
            listener.chunkCopied(moved);
        }
        src.position(start + total);
        if (total >= limit) {
            return total;
        }
        long size = src.size();
        if (size != 0 && start + total >= size) {
            return total;
        }
        return loop(src, dst, limit, buffer, listener, total);
    }

    private static long loop(ReadableByteChannel src, WritableByteChannel dst, long limit, ByteBuffer buffer,
                             ChunkListener listener, long alreadyCopied) throws IOException {
        long total = alreadyCopied;
        while (total < limit) {
            checkInterrupt(total);
            buffer.clear();
            if (limit - total < buffer.capacity()) {
                buffer.limit((int) (limit - total));
            }
            int read = src.read(buffer);
            if (read < 0) {
                break;
            }
            buffer.flip();
            while (buffer.hasRemaining()) {
                dst.write(buffer);
            }
            total += read;
            if (read > 0) {
                listener.chunkCopied(read);
            }
        }
        return total;
    }

    private static void checkInterrupt(long copied) throws CopyCancelledException {
        if (Thread.currentThread().isInterrupted()) {
            throw new CopyCancelledException(copied);
        }
    }

    private interface Copying {
        long run() throws IOException;
    }

    /** An interrupt that lands inside a channel call closes the channel; it is still a cancellation. */
    private static long guard(long[] copied, Copying copying) throws IOException {
        try {
            return copying.run();
        } catch (ClosedByInterruptException e) {
            CopyCancelledException cancelled = new CopyCancelledException(copied[0]);
            cancelled.initCause(e);
            throw cancelled;
        }
    }
}
