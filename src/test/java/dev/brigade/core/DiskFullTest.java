package dev.brigade.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On a real, tiny file system: a file that does not fit fails alone, and takes no space with it. */
class DiskFullTest {
    private static final int MIB = 1024 * 1024;

    @TempDir
    Path dir;
    private Path mount;

    @BeforeEach
    void mountATinyFileSystem() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "mounting needs root");
        mount = Files.createDirectories(dir.resolve("tiny"));
        Process mounting = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", mount.toString())
                .redirectErrorStream(true).start();
        assumeTrue(mounting.waitFor() == 0, "this machine lets root mount a tmpfs");
    }

    @AfterEach
    void unmount() throws Exception {
        if (mount != null) {
            new ProcessBuilder("umount", mount.toString()).start().waitFor();
        }
    }

    @Test
    void theFileThatDoesNotFitFailsWithNoSpaceAndTheOthersAreCopied() throws Exception {
        Path src = dir.resolve("src");
        Path small = Trees.randomFile(src.resolve("a-2MiB"), 2 * MIB, 1);
        Path huge = Trees.randomFile(src.resolve("b-20MiB"), 20 * MIB, 2);
        Path smaller = Trees.randomFile(src.resolve("c-1MiB"), MIB, 3);

        Jobs.Result result = Jobs.run(CopyOptions.defaults(), mount.resolve("dst"), small, huge, smaller);

        assertEquals(2, result.report().copied());
        assertEquals(1, result.report().failed());
        assertEquals("no space left on device", result.outcomeFor(huge).reason());
        assertArrayEquals(Files.readAllBytes(small), Files.readAllBytes(mount.resolve("dst/a-2MiB")));
        assertArrayEquals(Files.readAllBytes(smaller), Files.readAllBytes(mount.resolve("dst/c-1MiB")));
        assertEquals(List.of(Path.of(""), Path.of("dst"), Path.of("dst/a-2MiB"), Path.of("dst/c-1MiB")), Trees.listing(mount));
    }
}
