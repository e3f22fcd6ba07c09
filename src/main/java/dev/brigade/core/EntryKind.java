package dev.brigade.core;

/** What a planned path is, read without following symbolic links. */
public enum EntryKind {
    DIRECTORY,
    FILE,
    /** Copied as a link with the same text; never followed. */
    SYMLINK,
    /** FIFOs, sockets and devices: reported as skipped and never opened, so a FIFO cannot block a job. */
    SPECIAL;

    static EntryKind of(java.nio.file.attribute.BasicFileAttributes attributes) {
        if (attributes.isSymbolicLink()) {
            return SYMLINK;
        }
        if (attributes.isDirectory()) {
            return DIRECTORY;
        }
        if (attributes.isRegularFile()) {
            return FILE;
        }
        return SPECIAL;
    }
}
