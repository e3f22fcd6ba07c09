package dev.brigade.core;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.util.zip.CRC32C;

/**
 * A readable channel that checksums every byte it passes on (CRC32C, which the JVM computes with CPU
 * instructions). Wrapping the source this way lets verification ride on the one read of the copy.
 */
final class ChecksumChannel implements ReadableByteChannel {
    private final ReadableByteChannel delegate;
    private final CRC32C crc = new CRC32C();

    ChecksumChannel(ReadableByteChannel delegate) {
        this.delegate = delegate;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        int start = dst.position();
        int read = delegate.read(dst);
        if (read > 0) {
            crc.update(dst.duplicate().position(start).limit(start + read));
        }
        return read;
    }

    long checksum() {
        return crc.getValue();
    }

    @Override
    public boolean isOpen() {
        return delegate.isOpen();
    }

    @Override
    public void close() throws IOException {
        delegate.close();
    }
}
