package dev.brigade.core;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;

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

    /** One shared, immutable set per distinct mode: a plan of many files holds a handful of sets, not one each. */
    private static final AtomicReferenceArray<Set<PosixFilePermission>> BY_MODE = new AtomicReferenceArray<>(512);

    private Permissions() {
    }

    private static volatile Integer umask;

    /**
     * The mode a temporary file is created with: the final {@code permissions} when the umask keeps
     * every one of them and they let the owner write (then no chmod is needed later; the file shows no
     * more while it is written than it will once complete), else private to the owner.
     */
    static FileAttribute<?>[] atCreation(Set<PosixFilePermission> permissions) {
        if (!POSIX || permissions == null || !permissions.contains(PosixFilePermission.OWNER_WRITE)) {
            return OWNER_ONLY_FILE;
        }
        int mode = mode(permissions);
        if ((mode & umask()) != 0) {
            return OWNER_ONLY_FILE;
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)};
    }

    /** The process's umask, learnt once from a file created with every bit asked for. */
    private static int umask() {
        Integer known = umask;
        if (known == null) {
            try {
                Path probe = Files.createTempFile("brigade-umask", null,
                        PosixFilePermissions.asFileAttribute(EnumSet.allOf(PosixFilePermission.class)));
                try {
                    known = 0777 & ~mode(Files.getPosixFilePermissions(probe));
                } finally {
                    Files.delete(probe);
                }
            } catch (IOException | UnsupportedOperationException e) {
                known = 0777; // unknown: every new file starts private and gets its bits by chmod
            }
            umask = known;
        }
        return known;
    }

    private static int mode(Set<PosixFilePermission> permissions) {
        int mode = 0;
        for (PosixFilePermission p : permissions) {
            mode |= 1 << (8 - p.ordinal());
        }
        return mode;
    }

    /** The shared set equal to {@code permissions}. */
    static Set<PosixFilePermission> canonical(Set<PosixFilePermission> permissions) {
        int mode = 0;
        for (PosixFilePermission permission : permissions) {
            mode |= 1 << permission.ordinal();
        }
        Set<PosixFilePermission> shared = BY_MODE.get(mode);
        if (shared == null) {
            BY_MODE.compareAndSet(mode, null, Collections.unmodifiableSet(EnumSet.copyOf(permissions.isEmpty()
                    ? EnumSet.noneOf(PosixFilePermission.class) : permissions)));
            shared = BY_MODE.get(mode);
        }
        return shared;
    }
}
