package dev.brigade.core;

import java.io.IOException;

/**
 * Told after each chunk a copy moves. Progress counters, pause gates and bandwidth limits hang off this
 * one call, so the copy loops stay free of them. It runs on the copying thread: blocking here pauses
 * the copy, throwing here ends it.
 */
@FunctionalInterface
public interface ChunkListener {
    ChunkListener NONE = bytes -> { };

    void chunkCopied(long bytes) throws IOException;

    /** A listener that tells this one, then {@code next}. */
    default ChunkListener andThen(ChunkListener next) {
        return bytes -> {
            chunkCopied(bytes);
            next.chunkCopied(bytes);
        };
    }
}
