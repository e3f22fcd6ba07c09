package dev.brigade.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.brigade.core.Trees;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault 1: SIGKILL at random moments while a 1 GiB file is overwritten. Whenever the process dies,
 * the target is the complete old version or the complete new one, never a mix, never truncated; the
 * next run clears the temporary file the killed one left.
 */
class CrashIT {
    private static final long SIZE = 1L << 30;
    private static final int TRIALS = 20;

    @TempDir
    Path dir;

    @Test
    void aKilledOverwriteLeavesTheOldOrTheNewFileWhole() throws Exception {
        assumeTrue(Launcher.usableSpace(dir) > 6 * SIZE, "needs about 6 GiB of free disk");
        Path versionA = dir.resolve("a/video.bin");
        Path versionB = dir.resolve("b/video.bin");
        long crcA = Data.randomFile(versionA, SIZE, 1);
        long crcB = Data.randomFile(versionB, SIZE, 2);
        Path targetDir = Files.createDirectories(dir.resolve("backup"));
        Path target = targetDir.resolve("video.bin");
        Files.copy(versionA, target);
        Random random = new Random(42);
        int killedBeforeRename = 0;

        for (int trial = 0; trial < TRIALS; trial++) {
            long before = Data.crc(target);
            Path newer = before == crcA ? versionB : versionA;
            List<String> args = trial % 2 == 0
                    ? List.of("copy", "--policy", "overwrite", newer.toString(), targetDir.toString())
                    : List.of("copy", "--policy", "overwrite", "--no-fsync", newer.toString(), targetDir.toString());
            Process copy = Launcher.command(Launcher.PATH, args).start();
            Thread.sleep(50 + random.nextInt(1500));
            copy.destroyForcibly();
            copy.waitFor();

            long after = Data.crc(target);
            assertTrue(Set.of(crcA, crcB).contains(after), "trial " + trial + ": the target is a mix or truncated");
            assertEquals(SIZE, Files.size(target));
            if (after == before) {
                killedBeforeRename++;
            }
            assertTrue(Trees.temporaryFiles(dir).size() <= 1, "a killed run leaves at most its one temporary file");
        }

        Launcher.Result finalRun = Launcher.run("copy", "--policy", "overwrite", "--no-fsync", versionB.toString(),
                targetDir.toString());
        assertEquals(0, finalRun.exitCode(), finalRun.err());
        assertEquals(List.of(), Trees.temporaryFiles(dir), "the next run cleared what the killed ones left");
        assertEquals(crcB, Data.crc(target));
        System.out.printf("crash: %d trials, %d killed before the rename, %d after; every target whole%n",
                TRIALS, killedBeforeRename, TRIALS - killedBeforeRename);
    }
}
