package dev.brigade.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brigade.core.Trees;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fault 7: two brigade processes copy different versions of a tree into the same folder at once. */
class TwoAtOnceIT {
    private static final int FILES = 150;
    private static final int ROUNDS = 4;

    @TempDir
    Path dir;

    @Test
    void everyTargetEndsUpOneCompleteVersion() throws Exception {
        Map<String, List<Long>> versions = new HashMap<>();
        for (int i = 0; i < FILES; i++) {
            String name = "f" + i + ".bin";
            long a = Data.randomFile(dir.resolve("a/tree/" + name), 64 * 1024 + i, i);
            long b = Data.randomFile(dir.resolve("b/tree/" + name), 64 * 1024 + i, 100_000L + i);
            versions.put(name, List.of(a, b));
        }
        Path target = dir.resolve("shared");
        int failures = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Process first = Launcher.command("copy", "--policy", "overwrite", dir.resolve("a/tree").toString(),
                    target.toString()).start();
            Process second = Launcher.command("copy", "--policy", "overwrite", dir.resolve("b/tree").toString(),
                    target.toString()).start();
            for (Launcher.Result r : List.of(Launcher.finish(first, 120), Launcher.finish(second, 120))) {
                assertTrue(r.exitCode() == 0 || r.exitCode() == 1, r.err());
                failures += (int) r.errLines().stream().filter(l -> l.startsWith("brigade: failed:")).count();
            }
            for (Map.Entry<String, List<Long>> file : versions.entrySet()) {
                long crc = Data.crc(target.resolve("tree").resolve(file.getKey()));
                assertTrue(file.getValue().contains(crc), "round " + round + ": " + file.getKey() + " is neither version");
            }
            assertEquals(List.of(), Trees.temporaryFiles(target), "round " + round);
        }
        System.out.printf("two at once: %d rounds of %d files, every target one whole version, %d files failed%n",
                ROUNDS, FILES, failures);
    }
}
