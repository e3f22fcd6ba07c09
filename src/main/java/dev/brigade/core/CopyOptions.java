package dev.brigade.core;

import java.util.Objects;

/**
 * How a job copies: the policy for existing targets, the buffer size of the user-space copy loop,
 * whether every file is verified after writing, whether data is flushed to disk, an optional
 * bandwidth limit, and whether the job continues an interrupted one.
 *
 * @param bytesPerSecond the most bytes a second the job may write, or 0 for no limit
 * @param resume         continue an interrupted job: complete files are skipped by the sync quick check,
 *                       a big file's partial copy is continued once its prefix checks out, and a
 *                       cancel keeps big partial copies for the next resume
 */
public record CopyOptions(Policy policy, int bufferSize, boolean verify, boolean fsync, long bytesPerSecond,
                          boolean resume) {

    public static final int MIN_BUFFER = 4 * 1024;
    public static final int MAX_BUFFER = 64 * 1024 * 1024;
    /** Below this a limit would make even a small file take seconds a chunk. */
    public static final long MIN_LIMIT = 16 * 1024;

    /**
     * 256 KiB. The buffer only serves the user-space loop (verify, or ends that are not files); plain
     * file-to-file copies go through the kernel. In two runs of bench.py's {@code buffers} workload (a
     * verified 2 GiB copy with buffers from 64 KiB to 16 MiB) it was the fastest or close to it.
     */
    public static final int DEFAULT_BUFFER = 256 * 1024;

    public CopyOptions {
        Objects.requireNonNull(policy, "policy");
        if (bufferSize < MIN_BUFFER || bufferSize > MAX_BUFFER) {
            throw new IllegalArgumentException("buffer size " + Sizes.format(bufferSize) + " is outside "
                    + Sizes.format(MIN_BUFFER) + ".." + Sizes.format(MAX_BUFFER));
        }
        if (resume && policy == Policy.OVERWRITE) {
            throw new IllegalArgumentException("a resumed job never overwrites: it would copy its own finished files again");
        }
        if (bytesPerSecond != 0 && bytesPerSecond < MIN_LIMIT) {
            throw new IllegalArgumentException("limit " + Sizes.format(bytesPerSecond) + "/s is below "
                    + Sizes.format(MIN_LIMIT) + "/s");
        }
    }

    public CopyOptions(Policy policy, int bufferSize, boolean verify, boolean fsync) {
        this(policy, bufferSize, verify, fsync, 0, false);
    }

    /** Skip existing targets, default buffer, no verify, fsync on, no limit: the safe default. */
    public static CopyOptions defaults() {
        return new CopyOptions(Policy.SKIP, DEFAULT_BUFFER, false, true, 0, false);
    }

    public CopyOptions withPolicy(Policy newPolicy) {
        return new CopyOptions(newPolicy, bufferSize, verify, fsync, bytesPerSecond, resume && newPolicy != Policy.OVERWRITE);
    }

    public CopyOptions withBufferSize(int newBufferSize) {
        return new CopyOptions(policy, newBufferSize, verify, fsync, bytesPerSecond, resume);
    }

    public CopyOptions withVerify(boolean newVerify) {
        return new CopyOptions(policy, bufferSize, newVerify, fsync, bytesPerSecond, resume);
    }

    public CopyOptions withFsync(boolean newFsync) {
        return new CopyOptions(policy, bufferSize, verify, newFsync, bytesPerSecond, resume);
    }

    public CopyOptions withLimit(long newBytesPerSecond) {
        return new CopyOptions(policy, bufferSize, verify, fsync, newBytesPerSecond, resume);
    }

    /**
     * The same options set to continue an interrupted job. Skip and sync stay as they are: either keeps
     * the files the interrupted run finished. Overwrite becomes sync, which replaces only what differs,
     * so the finished files are not copied a second time.
     */
    public CopyOptions resuming() {
        Policy kept = policy == Policy.OVERWRITE ? Policy.SYNC : policy;
        return new CopyOptions(kept, bufferSize, verify, fsync, bytesPerSecond, true);
    }

    /**
     * Bytes per kernel call or buffer fill: small enough that a limited copy still reports progress
     * and answers pause about ten times a second.
     */
    long chunkSize() {
        if (bytesPerSecond == 0) {
            return ByteCopy.TRANSFER_CHUNK;
        }
        return Math.max(MIN_BUFFER, Math.min(ByteCopy.TRANSFER_CHUNK, bytesPerSecond / 10));
    }
}
