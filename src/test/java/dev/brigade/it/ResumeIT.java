package dev.brigade.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.brigade.core.Trees;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 2 GiB copy killed at 60% is resumed, writing at most ~45% of the file again, byte for byte the same. */
class ResumeIT {
    private static final long SIZE = 2L << 30;

    @TempDir
    Path dir;

    @Test
    void aCopyKilledAt60PercentResumesWithoutRewritingTheKeptPart() throws Exception {
        assumeTrue(Launcher.usableSpace(dir) > 3 * SIZE, "needs about 6 GiB of free disk");
        Path source = dir.resolve("src/disk.img");
        long crc = Data.randomFile(source, SIZE, 7);
        Path target = Files.createDirectories(dir.resolve("backup"));

        Process first = Launcher.command("copy", "--limit", "400M", source.toString(), target.toString()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && partialSize(target) < SIZE * 6 / 10) {
            Thread.sleep(5);
        }
        first.destroyForcibly();
        first.waitFor();
        long kept = partialSize(target);
        assertTrue(kept >= SIZE * 6 / 10 && kept < SIZE, "killed at " + kept + " bytes");

        Launcher.Result resumed = Launcher.run("copy", "--resume", "--json", source.toString(), target.toString());

        assertEquals(0, resumed.exitCode(), resumed.err());
        JsonNode done = new ObjectMapper().readTree(resumed.out().lines().reduce((a, b) -> b).orElseThrow());
        long written = done.get("bytes").asLong();
        assertTrue(written <= SIZE * 45 / 100, "the resume wrote " + written + " of " + SIZE + " bytes");
        assertEquals(crc, Data.crc(target.resolve("disk.img")));
        assertEquals(List.of(), Trees.temporaryFiles(dir));
        System.out.printf("resume: killed at %.1f%%, resume wrote %.1f%% of the file%n", 100.0 * kept / SIZE,
                100.0 * written / SIZE);
    }

    private static long partialSize(Path folder) throws Exception {
        List<Path> temps = Trees.partialsOf(folder, "disk.img");
        return temps.isEmpty() ? 0 : Files.size(temps.get(0));
    }
}
