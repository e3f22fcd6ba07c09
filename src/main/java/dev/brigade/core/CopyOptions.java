package dev.brigade.core;

import java.util.Objects;

/**
 * How a job copies: the policy for existing targets, the buffer size of the user-space copy loop,
 * whether every file is verified after writing, and whether data is flushed to disk.
 */
public record CopyOptions(Policy policy, int bufferSize, boolean verify, boolean fsync) {

    public static final int MIN_BUFFER = 4 * 1024;
    public static final int MAX_BUFFER = 64 * 1024 * 1024;

    /**
     * 256 KiB. The buffer only serves the user-space loop (verify, or ends that are not files); plain
     * file-to-file copies go through the kernel. With page-aligned direct buffers, bench/buffers.sh
     * measured 128 KiB to 1 MiB within noise of each other and clearly ahead of 32-64 KiB, while larger
     * buffers only cost memory per worker. 256 KiB sits in the middle of that plateau.
     */
    public static final int DEFAULT_BUFFER = 256 * 1024;

    public CopyOptions {
        Objects.requireNonNull(policy, "policy");
        if (bufferSize < MIN_BUFFER || bufferSize > MAX_BUFFER) {
            throw new IllegalArgumentException("buffer size " + bufferSize + " is outside "
                    + Sizes.format(MIN_BUFFER) + ".." + Sizes.format(MAX_BUFFER));
        }
    }

    /** Skip existing targets, default buffer, no verify, fsync on: the safe default. */
    public static CopyOptions defaults() {
        return new CopyOptions(Policy.SKIP, DEFAULT_BUFFER, false, true);
    }

    public CopyOptions withPolicy(Policy newPolicy) {
        return new CopyOptions(newPolicy, bufferSize, verify, fsync);
    }

    public CopyOptions withBufferSize(int newBufferSize) {
        return new CopyOptions(policy, newBufferSize, verify, fsync);
    }

    public CopyOptions withVerify(boolean newVerify) {
        return new CopyOptions(policy, bufferSize, newVerify, fsync);
    }

    public CopyOptions withFsync(boolean newFsync) {
        return new CopyOptions(policy, bufferSize, verify, newFsync);
    }
}
