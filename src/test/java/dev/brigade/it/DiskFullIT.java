package dev.brigade.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.brigade.core.Trees;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fault 2: 2, 20 and 1 MiB onto an 8 MiB tmpfs through the launcher. */
class DiskFullIT {
    private static final int MIB = 1 << 20;

    @TempDir
    Path dir;
    private Path mount;

    @AfterEach
    void unmount() throws Exception {
        if (mount != null) {
            new ProcessBuilder("umount", mount.toString()).start().waitFor();
        }
    }

    @Test
    void theFileThatDoesNotFitFailsAloneAndTheJobWarnedFirst() throws Exception {
        assumeTrue(Launcher.isRoot(), "mounting a tmpfs needs root");
        mount = Files.createDirectories(dir.resolve("tiny"));
        assumeTrue(new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", mount.toString()).start()
                .waitFor() == 0, "this machine lets root mount a tmpfs");
        long small = Data.randomFile(dir.resolve("src/a-2MiB"), 2 * MIB, 1);
        Data.randomFile(dir.resolve("src/b-20MiB"), 20 * MIB, 2);
        long smaller = Data.randomFile(dir.resolve("src/c-1MiB"), MIB, 3);

        Launcher.Result result = Launcher.run("copy", dir.resolve("src").toString(), mount.toString());

        assertEquals(1, result.exitCode(), result.err());
        assertTrue(result.err().contains("brigade: warning: the job may need 23 MiB but only"), result.err());
        assertTrue(result.errLines().contains("brigade: failed: " + dir.resolve("src/b-20MiB") + ": no space left on device"),
                result.err());
        assertTrue(result.out().startsWith("copied 2, skipped 0, failed 1"), result.out());
        assertEquals(small, Data.crc(mount.resolve("src/a-2MiB")));
        assertEquals(smaller, Data.crc(mount.resolve("src/c-1MiB")));
        assertEquals(List.of(), Trees.temporaryFiles(mount));
        assertTrue(Files.notExists(mount.resolve("src/b-20MiB")));
    }
}
