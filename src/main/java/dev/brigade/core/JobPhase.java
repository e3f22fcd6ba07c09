package dev.brigade.core;

/** Where a job is in its life, as its progress reports it. */
public enum JobPhase {
    /** Walking the sources and counting files and bytes. */
    SCANNING,
    /** Copying files. */
    COPYING,
    /** Writing the last copied data to disk before the job reports done. */
    FLUSHING,
    /** Finished, whatever the outcome. */
    FINISHED
}
