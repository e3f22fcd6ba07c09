package dev.brigade.core;

import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * Wraps the channels a copy opens, and answers what a job asks of its target's file system. Production
 * code uses {@link #NONE}; tests wrap the channels to inject failures into reads, writes, flushes and
 * closes, the way a failing disk would, and play a disk that ignores letter case.
 */
interface ChannelHooks {
    ChannelHooks NONE = new ChannelHooks() { };

    default FileChannel source(FileChannel channel) {
        return channel;
    }

    default FileChannel target(FileChannel channel) {
        return channel;
    }

    default boolean namesIgnoreCase(Path folder) {
        return NameCase.ignoredIn(folder);
    }
}
