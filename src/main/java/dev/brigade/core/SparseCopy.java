package dev.brigade.core;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;

/**
 * Copies files with holes without filling them. Java cannot ask a file where its holes are, but a
 * hole reads as zeros: a big file in which a probe finds an all-zero block is copied in user space,
 * and every all-zero block is skipped instead of written, which leaves a hole in the copy. Other files
 * keep the kernel's fast path. A file that merely contains zero blocks comes out sparse too: the bytes
 * are the same, only less disk is used.
 */
final class SparseCopy {
    /** Below this a hole saves too little to be worth a probe. */
    static final long MIN_SIZE = 8L * 1024 * 1024;
    static final int BLOCK = 4096;
    private static final int PROBES = 16;
    private static final ByteBuffer ZEROS = ByteBuffer.allocateDirect(BLOCK);

    private SparseCopy() {
    }

    /**
     * Whether {@code in} may have holes: one of {@value #PROBES} blocks spread over the file reads as
     * zeros. Reads with positions, so the channel's own position is untouched.
     */
    static boolean mayHaveHoles(FileChannel in, long size, ByteBuffer scratch) throws IOException {
        if (size < MIN_SIZE) {
            return false;
        }
        ByteBuffer block = scratch.duplicate().clear().limit(BLOCK);
        for (int i = 0; i < PROBES; i++) {
            long offset = (size - BLOCK) / (PROBES - 1) * i / BLOCK * BLOCK;
            block.clear().limit(BLOCK);
            int read = 0;
            while (block.hasRemaining()) {
                int n = in.read(block, offset + read);
                if (n < 0) {
                    return false;
                }
                read += n;
            }
            block.flip();
            if (isZero(block)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Copies {@code in} (read from its current position to its end) into {@code out} from offset
     * {@code start}, writing only blocks that are not all zeros, and gives the copy its full length.
     *
     * @return the bytes read, holes included
     */
    static long copy(ReadableByteChannel in, FileChannel out, long start, ByteBuffer buffer, ChunkListener listener)
            throws IOException {
        long total = 0;
        boolean endsInHole = false;
        while (true) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CopyCancelledException(total);
            }
            buffer.clear();
            int read = fill(in, buffer);
            if (read <= 0) {
                break;
            }
            buffer.flip();
            endsInHole = writeDataBlocks(buffer, out, start + total);
            total += read;
            listener.chunkCopied(read);
            if (read < buffer.capacity()) {
                break;
            }
        }
        if (endsInHole && total > 0) {
            out.write(ByteBuffer.allocate(1), start + total - 1); // gives the copy its full length
        }
        return total;
    }

    /** Reads until the buffer is full or the source ends; returns the bytes read, -1 at once at the end. */
    private static int fill(ReadableByteChannel in, ByteBuffer buffer) throws IOException {
        int read = 0;
        while (buffer.hasRemaining()) {
            int n = in.read(buffer);
            if (n < 0) {
                return read == 0 ? -1 : read;
            }
            read += n;
        }
        return read;
    }

    /** Writes the data blocks of {@code chunk} at {@code offset}; returns whether its last block was zeros. */
    private static boolean writeDataBlocks(ByteBuffer chunk, FileChannel out, long offset) throws IOException {
        boolean lastWasZero = false;
        int start = -1;
        for (int at = 0; at < chunk.limit(); at += BLOCK) {
            int end = Math.min(at + BLOCK, chunk.limit());
            boolean zero = isZero(chunk.duplicate().position(at).limit(end));
            if (!zero && start < 0) {
                start = at;
            } else if (zero && start >= 0) {
                writeAll(chunk.duplicate().position(start).limit(at), out, offset + start);
                start = -1;
            }
            lastWasZero = zero;
        }
        if (start >= 0) {
            writeAll(chunk.duplicate().position(start).limit(chunk.limit()), out, offset + start);
        }
        return lastWasZero;
    }

    private static void writeAll(ByteBuffer data, FileChannel out, long position) throws IOException {
        long at = position;
        while (data.hasRemaining()) {
            at += out.write(data, at);
        }
    }

    private static boolean isZero(ByteBuffer block) {
        return block.mismatch(ZEROS.duplicate().limit(block.remaining())) == -1;
    }
}
