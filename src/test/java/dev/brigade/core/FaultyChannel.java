package dev.brigade.core;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;

/** A file channel that fails the way a bad disk does: on a read, a write, a flush or a close. */
final class FaultyChannel extends FileChannel {
    enum Fault {
        /** Reads fail once {@code after} bytes have been read. */
        READ,
        /** Writes fail once {@code after} bytes have been written. */
        WRITE,
        /** {@code force} fails. */
        FORCE,
        /** {@code close} fails, after really closing. */
        CLOSE,
        /** Writes silently flip one bit of the byte at offset {@code after}. */
        CORRUPT,
        /** Writes fail as on a full disk once {@code after} bytes have been written. */
        FULL
    }

    private final FileChannel delegate;
    private final Fault fault;
    private final long after;
    private long moved;

    FaultyChannel(FileChannel delegate, Fault fault, long after) {
        this.delegate = delegate;
        this.fault = fault;
        this.after = after;
    }

    private void check(Fault kind) throws IOException {
        if (kind == Fault.WRITE && fault == Fault.FULL && moved >= after) {
            throw new IOException("No space left on device");
        }
        if (fault == kind && moved >= after) {
            throw new IOException("injected " + kind.name().toLowerCase() + " failure");
        }
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        check(Fault.READ);
        int n = delegate.read(dst);
        moved += Math.max(0, n);
        return n;
    }

    @Override
    public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
        check(Fault.READ);
        long n = delegate.transferTo(position, Math.min(count, 64 * 1024), target);
        moved += n;
        return n;
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        check(Fault.WRITE);
        if (fault == Fault.CORRUPT && moved <= after && after < moved + src.remaining()) {
            int index = src.position() + (int) (after - moved);
            src.put(index, (byte) (src.get(index) ^ 1));
        }
        int n = delegate.write(src);
        moved += n;
        return n;
    }

    @Override
    public void force(boolean metaData) throws IOException {
        check(Fault.FORCE);
        delegate.force(metaData);
    }

    @Override
    protected void implCloseChannel() throws IOException {
        delegate.close();
        if (fault == Fault.CLOSE) {
            throw new IOException("injected close failure");
        }
    }

    @Override
    public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
        check(Fault.READ);
        return delegate.read(dsts, offset, length);
    }

    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
        check(Fault.WRITE);
        return delegate.write(srcs, offset, length);
    }

    @Override
    public long position() throws IOException {
        return delegate.position();
    }

    @Override
    public FileChannel position(long newPosition) throws IOException {
        delegate.position(newPosition);
        return this;
    }

    @Override
    public long size() throws IOException {
        return delegate.size();
    }

    @Override
    public FileChannel truncate(long size) throws IOException {
        delegate.truncate(size);
        return this;
    }

    @Override
    public long transferFrom(ReadableByteChannel src, long position, long count) throws IOException {
        check(Fault.WRITE);
        return delegate.transferFrom(src, position, count);
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
        check(Fault.READ);
        return delegate.read(dst, position);
    }

    @Override
    public int write(ByteBuffer src, long position) throws IOException {
        check(Fault.WRITE);
        return delegate.write(src, position);
    }

    @Override
    public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
        return delegate.map(mode, position, size);
    }

    @Override
    public FileLock lock(long position, long size, boolean shared) throws IOException {
        return delegate.lock(position, size, shared);
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
        return delegate.tryLock(position, size, shared);
    }
}
