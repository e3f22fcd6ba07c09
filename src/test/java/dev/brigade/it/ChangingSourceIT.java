package dev.brigade.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brigade.core.Trees;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fault 4: sources that change while the job runs. A bandwidth limit makes the timing deterministic. */
class ChangingSourceIT {
    @TempDir
    Path dir;

    private void waitForCopyOf(Path targetFolder, String name) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (Files.isDirectory(targetFolder) && !Trees.partialsOf(targetFolder, name).isEmpty()) {
                return;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the copy of " + name + " never started");
    }

    @Test
    void aFileDeletedAfterPlanningFailsAsVanishedAndTheJobGoesOn() throws Exception {
        Data.randomFile(dir.resolve("src/1-slow.bin"), 2 << 20, 1);
        Path doomed = Trees.file(dir.resolve("src/2-doomed.txt"), "soon gone");
        Trees.file(dir.resolve("src/3-after.txt"), "after");
        ProcessBuilder command = Launcher.command("copy", "--limit", "2M", dir.resolve("src").toString(),
                dir.resolve("dst").toString());
        // One worker, so 2-doomed waits behind the slow file; with two it could be done before the delete.
        command.environment().put("BRIGADE_JAVA_OPTIONS", "-Dbrigade.workers=1");
        Process copy = command.start();
        waitForCopyOf(dir.resolve("dst/src"), "1-slow.bin");
        Files.delete(doomed);

        Launcher.Result result = Launcher.finish(copy, 60);

        assertEquals(1, result.exitCode(), result.err());
        assertEquals(List.of("brigade: failed: " + doomed + ": source vanished"), result.errLines());
        assertEquals("after", Files.readString(dir.resolve("dst/src/3-after.txt")));
        assertEquals(List.of(), Trees.temporaryFiles(dir));
    }

    @Test
    void aFileAppendedToDuringItsCopyFailsAsChangedAndTheOldTargetIsKept() throws Exception {
        Path log = dir.resolve("src/app.log");
        Data.randomFile(log, 3 << 20, 2);
        Path old = Trees.file(dir.resolve("dst/app.log"), "yesterday's log");
        Process copy = Launcher.command("copy", "--policy", "overwrite", "--limit", "2M", log.toString(),
                dir.resolve("dst").toString()).start();
        waitForCopyOf(dir.resolve("dst"), "app.log");
        Files.writeString(log, "one more line\n", StandardOpenOption.APPEND);

        Launcher.Result result = Launcher.finish(copy, 60);

        assertEquals(1, result.exitCode(), result.err());
        assertEquals(List.of("brigade: failed: " + log + ": source changed during copy"), result.errLines());
        assertEquals("yesterday's log", Files.readString(old));
        assertTrue(Trees.temporaryFiles(dir).isEmpty());
    }
}
