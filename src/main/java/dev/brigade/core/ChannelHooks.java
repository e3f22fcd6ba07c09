package dev.brigade.core;

import java.nio.channels.FileChannel;

/**
 * Wraps the channels a copy opens. Production code uses {@link #NONE}; tests wrap them to inject
 * failures into reads, writes, flushes and closes, the way a failing disk would.
 */
interface ChannelHooks {
    ChannelHooks NONE = new ChannelHooks() { };

    default FileChannel source(FileChannel channel) {
        return channel;
    }

    default FileChannel target(FileChannel channel) {
        return channel;
    }
}
