package dev.brigade.core;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.zip.CRC32C;

/**
 * Decides how much of a partial copy a resumed job may keep, as rsync's {@code --append-verify} does:
 * the partial's version tag already matched the source's size and modification time; here its bytes
 * are compared, by checksum, with the same number of bytes from the start of the source. Only a prefix
 * that matches in full is kept, so a partial damaged by a crash is never built on.
 */
final class Resumption {
    /** Smaller files are quicker to copy again than to check; their partial copies are not kept. */
    static final long MIN_SIZE = 16L * 1024 * 1024;

    private Resumption() {
    }

    /**
     * Reads the partial's length from {@code source} (so its checksum covers that prefix) and the whole
     * partial, and compares them.
     *
     * @return the bytes to keep, or -1 when the partial cannot be used; the source has then been read
     *         partway and must be rewound
     */
    static long verifiedPrefix(ChecksumChannel source, FileChannel partial, long sourceSize, ByteBuffer buffer,
                               ChunkListener pacing) throws IOException {
        long length = partial.size();
        if (length == 0 || length > sourceSize) {
            return -1;
        }
        try {
            ByteCopy.copyN(source, Discard.INSTANCE, length, buffer, pacing);
        } catch (java.io.EOFException e) {
            return -1;
        }
        CRC32C kept = new CRC32C();
        long at = 0;
        while (at < length) {
            buffer.clear();
            if (length - at < buffer.capacity()) {
                buffer.limit((int) (length - at));
            }
            int read = partial.read(buffer, at);
            if (read < 0) {
                return -1;
            }
            buffer.flip();
            kept.update(buffer);
            at += read;
            pacing.chunkCopied(read);
        }
        return kept.getValue() == source.checksum() ? length : -1;
    }
}
