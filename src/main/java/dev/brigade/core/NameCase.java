package dev.brigade.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Whether a folder's file system takes names that differ only in letter case for one name, as FAT and
 * exFAT disks, NTFS and macOS's default APFS do. There, {@code Readme} and {@code README} from one
 * source folder land on the same target, so a new file must never be renamed over whatever is there.
 */
final class NameCase {
    private NameCase() {
    }

    /**
     * Creates a hidden temporary file in {@code folder} and looks for it under its upper-case name.
     * When the folder cannot be written to, the cautious answer: true.
     */
    static boolean ignoredIn(Path folder) {
        Path probe = folder.resolve(TempFiles.nameFor(Path.of("case-probe"), "00000000"));
        try {
            Files.createFile(probe);
        } catch (IOException e) {
            return true;
        }
        try {
            String upper = probe.getFileName().toString().toUpperCase(Locale.ROOT);
            return Files.exists(folder.resolve(upper), LinkOption.NOFOLLOW_LINKS);
        } finally {
            try {
                Files.deleteIfExists(probe);
            } catch (IOException ignored) {
                // a temporary name: the next run into this folder removes it
            }
        }
    }
}
