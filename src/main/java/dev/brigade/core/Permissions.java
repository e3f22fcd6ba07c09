package dev.brigade.core;

import java.nio.file.FileSystems;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Creation permissions. Temporary files are private to their owner until they are complete. New folders start private to their owner and get their source's permissions
 * once their contents are in place, so a private source folder is never briefly readable by others.
 */
final class Permissions {
    /** Whether this file system has POSIX permission bits to read and copy. */
    static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    /** Temporary files hold a copy in progress; nobody else needs to read them. */
    static final FileAttribute<?>[] OWNER_ONLY_FILE = POSIX
            ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
            : new FileAttribute<?>[0];

    static final FileAttribute<?>[] OWNER_ONLY_FOLDER = POSIX
            ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))}
            : new FileAttribute<?>[0];

    private Permissions() {
    }
}
