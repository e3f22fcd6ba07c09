package dev.brigade.core;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32C;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The hidden files a copy writes before it renames them into place: {@code .NAME.brigade-IIIIIIII-RRRR.part}
 * next to the target, where {@code IIIIIIII} names the source's version (its size and modification
 * time) and {@code RRRR} is random. A temporary file is created exclusively, readable by its owner only,
 * and locked while it is written. The lock is what tells a stale file (left by a killed run, no lock)
 * from one another running copy is still writing (locked), so {@link #removeStale} never deletes a live
 * one. The version tag is what lets a resumed job recognise a partial copy of the same source.
 */
public final class TempFiles {
    private static final Pattern NAME = Pattern.compile("\\..*\\.brigade-[0-9a-f]{8}-[0-9a-z]{4}\\.part", Pattern.DOTALL);
    private static final String SUFFIX_HEAD = ".brigade-";
    private static final String SUFFIX_TAIL = ".part";
    private static final int RANDOM_LENGTH = 4;
    /** An 8-digit version tag, a dash and the random part. */
    private static final int TAG_LENGTH = 8 + 1 + RANDOM_LENGTH;
    /** NAME_MAX on Linux, macOS and NTFS alike; the temporary name must fit where the real one fits. */
    private static final int MAX_NAME_BYTES = 255;
    private static final int MAX_BASE_BYTES = MAX_NAME_BYTES - 1 - SUFFIX_HEAD.length() - TAG_LENGTH - SUFFIX_TAIL.length();

    private static final Set<StandardOpenOption> CREATE_OPTIONS =
            Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.READ, StandardOpenOption.WRITE);

    private TempFiles() {
    }

    /** Whether {@code fileName} is the name of a Brigade temporary file. */
    public static boolean isTemporary(Path fileName) {
        if (fileName == null) {
            return false;
        }
        String name = fileName.toString();
        return name.startsWith(".") && name.endsWith(SUFFIX_TAIL) && NAME.matcher(name).matches();
    }

    /** The version tag of a source of this size and modification time: 8 hex digits. */
    static String version(long size, FileTime modified) {
        CRC32C crc = new CRC32C();
        crc.update(ByteBuffer.allocate(16).putLong(size).putLong(modified.to(TimeUnit.NANOSECONDS)).flip());
        String hex = Long.toHexString(crc.getValue());
        return "00000000".substring(hex.length()) + hex;
    }

    /** The start shared by every temporary name of one source version: all but the random part. */
    private static String prefixFor(Path targetName, String version) {
        return "." + truncateUtf8(targetName.toString(), MAX_BASE_BYTES) + SUFFIX_HEAD + version + "-";
    }

    /** A fresh temporary name for {@code targetName}, shortened if needed to stay a legal name. */
    static String nameFor(Path targetName, String version) {
        StringBuilder random = new StringBuilder(RANDOM_LENGTH);
        ThreadLocalRandom generator = ThreadLocalRandom.current();
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            random.append(Character.forDigit(generator.nextInt(36), 36));
        }
        return prefixFor(targetName, version) + random + SUFFIX_TAIL;
    }

    /**
     * Creates and locks a new temporary file for {@code target} in the target's folder, with the
     * permission bits {@code permissions} where the umask keeps them all (then {@link TempFile#hasFinalPermissions}
     * is true and no chmod is needed), else private to its owner.
     */
    static TempFile create(Path target, String version, Set<PosixFilePermission> permissions) throws IOException {
        Path directory = target.getParent();
        FileAttribute<?>[] mode = Permissions.atCreation(permissions);
        boolean finalMode = mode != Permissions.OWNER_ONLY_FILE;
        for (int attempt = 0; ; attempt++) {
            Path path = directory.resolve(nameFor(target.getFileName(), version));
            try {
                FileChannel channel = FileChannel.open(path, CREATE_OPTIONS, mode);
                TempFile temp = new TempFile(path, channel, lockOrClose(channel, path));
                temp.finalPermissions(finalMode);
                return temp;
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 10) {
                    throw e;
                }
            }
        }
    }

    /** A place for a temporary symbolic link: the name only, as links cannot be locked. */
    static Path linkPathFor(Path target) {
        return target.getParent().resolve(nameFor(target.getFileName(), "00000000"));
    }

    /**
     * The biggest partial copy of this source version that no running copy holds, opened and locked;
     * null when there is none. Partials of other versions of the same file are deleted: their source
     * has changed since, so they can never be continued.
     */
    static TempFile adoptPartial(Path target, String version) throws IOException {
        String any = "." + truncateUtf8(target.getFileName().toString(), MAX_BASE_BYTES) + SUFFIX_HEAD;
        String mine = prefixFor(target.getFileName(), version);
        List<Path> candidates = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(target.getParent(),
                p -> p.getFileName().toString().startsWith(any) && isTemporary(p.getFileName()))) {
            for (Path candidate : stream) {
                if (candidate.getFileName().toString().startsWith(mine)) {
                    candidates.add(candidate);
                } else {
                    deleteIfUnlocked(candidate);
                }
            }
        }
        candidates.sort(Comparator.comparingLong(TempFiles::sizeOrZero).reversed());
        for (Path candidate : candidates) {
            TempFile adopted = openIfUnlocked(candidate);
            if (adopted != null) {
                return adopted;
            }
        }
        return null;
    }

    /** The partial, opened and locked for writing; null when another copy holds it or it cannot be opened. */
    private static TempFile openIfUnlocked(Path candidate) {
        FileChannel channel;
        try {
            channel = FileChannel.open(candidate, StandardOpenOption.READ, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null; // gone, or read-only: the copy starts afresh instead
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return new TempFile(candidate, channel, lock);
            }
        } catch (IOException | OverlappingFileLockException e) {
            // held by another job in this process, or not lockable: leave it alone
        }
        closeQuietly(channel);
        return null;
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // opened for a look only; nothing was written through it
        }
    }

    private static long sizeOrZero(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return 0;
        }
    }

    private static FileLock lockOrClose(FileChannel channel, Path path) throws IOException {
        try {
            return channel.lock();
        } catch (IOException | RuntimeException e) {
            channel.close();
            Files.deleteIfExists(path);
            throw e;
        }
    }

    /**
     * Deletes the temporary files in {@code directory} that no running copy holds: what a killed or
     * crashed run left behind. Returns how many were removed. A file it cannot look at or remove is
     * left where it is, which is harmless: a temporary file is never taken as content.
     */
    public static int removeStale(Path directory) {
        int removed = 0;
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, p -> isTemporary(p.getFileName()))) {
            for (Path candidate : stream) {
                if (deleteIfUnlocked(candidate)) {
                    removed++;
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            // an unreadable folder: whatever it holds stays, and the copy reports its own errors there
        }
        return removed;
    }

    /**
     * Deletes {@code candidate} unless a running copy holds it. The look takes a shared lock through a
     * read-only channel: it conflicts with a writer's exclusive lock all the same, and it works on a
     * temporary file that already carries its source's read-only permission bits.
     */
    private static boolean deleteIfUnlocked(Path candidate) {
        try {
            if (Files.isSymbolicLink(candidate)) {
                return Files.deleteIfExists(candidate);
            }
            if (!Files.isRegularFile(candidate, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            try (FileChannel channel = FileChannel.open(candidate, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
                FileLock lock = channel.tryLock(0, Long.MAX_VALUE, true);
                if (lock == null) {
                    return false;
                }
                Files.delete(candidate);
                return true;
            }
        } catch (OverlappingFileLockException e) {
            return false; // written by another job in this same process
        } catch (IOException e) {
            return false; // gone a moment ago (its writer renamed it), or not ours to open or delete
        }
    }

    /** The longest prefix of {@code text} whose UTF-8 form fits in {@code maxBytes}, cut between characters. */
    static String truncateUtf8(String text, int maxBytes) {
        if (text.length() * 3L <= maxBytes || text.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return text;
        }
        int bytes = 0;
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            int width = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            if (bytes + width > maxBytes) {
                break;
            }
            bytes += width;
            i += Character.charCount(codePoint);
        }
        return text.substring(0, i);
    }
}
