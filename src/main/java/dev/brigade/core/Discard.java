package dev.brigade.core;

import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;

/** A channel that accepts and drops every byte: the sink of a read done only for its checksum. */
enum Discard implements WritableByteChannel {
    INSTANCE;

    @Override
    public int write(ByteBuffer src) {
        int n = src.remaining();
        src.position(src.limit());
        return n;
    }

    @Override
    public boolean isOpen() {
        return true;
    }

    @Override
    public void close() {
    }
}
