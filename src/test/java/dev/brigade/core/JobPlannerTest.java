package dev.brigade.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class JobPlannerTest {
    @TempDir
    Path dir;

    private Plan plan(Path... sources) throws Exception {
        return JobPlanner.plan(new CopyJob(List.of(sources), dir.resolve("target"), CopyOptions.defaults()), new JobProgress());
    }

    @Test
    void planCountsFilesAndBytesAndPutsEachFolderBeforeItsContents() throws Exception {
        Trees.file(dir.resolve("src/b/one.txt"), "12345");
        Trees.file(dir.resolve("src/a.txt"), "abc");
        Files.createDirectories(dir.resolve("src/empty"));
        Plan plan = plan(dir.resolve("src"));
        assertEquals(2, plan.fileCount());
        assertEquals(8, plan.byteCount());
        List<Path> order = plan.entries().stream().map(e -> dir.resolve("src").relativize(e.source())).toList();
        assertEquals(List.of(Path.of(""), Path.of("a.txt"), Path.of("b"), Path.of("b/one.txt"), Path.of("empty")), order);
        assertEquals(dir.resolve("target/src/b/one.txt"), plan.entries().get(3).target());
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void linksAreNeverFollowedSoALoopCannotHangThePlan() throws Exception {
        Files.createDirectories(dir.resolve("src"));
        Files.createSymbolicLink(dir.resolve("src/loop"), dir.resolve("src"));
        Files.createSymbolicLink(dir.resolve("src/self"), Path.of("self"));
        Files.createSymbolicLink(dir.resolve("src/outside"), Path.of("/outside/of/the/tree"));
        Plan plan = plan(dir.resolve("src"));
        assertEquals(3, plan.fileCount());
        assertTrue(plan.entries().stream().skip(1).allMatch(e -> e.kind() == EntryKind.SYMLINK));
    }

    @Test
    void fifosAreSpecialFilesAndNeverOpened() throws Exception {
        Files.createDirectories(dir.resolve("src"));
        Path fifo = dir.resolve("src/pipe");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        Plan plan = plan(dir.resolve("src"));
        assertEquals(EntryKind.SPECIAL, plan.entries().get(1).kind());
    }

    @Test
    void leftoverTemporaryFilesInASourceAreNotContent() throws Exception {
        Trees.file(dir.resolve("src/real.txt"), "x");
        Trees.file(dir.resolve("src/.real.txt.brigade-0a1b2c3d-k3k3.part"), "half");
        Plan plan = plan(dir.resolve("src"));
        assertEquals(1, plan.fileCount());
    }

    @Test
    void theProgressCountsGrowWhileScanning() throws Exception {
        for (int i = 0; i < 20; i++) {
            Trees.file(dir.resolve("src/f" + i), "0123456789");
        }
        JobProgress progress = new JobProgress();
        JobPlanner.plan(new CopyJob(List.of(dir.resolve("src")), dir.resolve("t"), CopyOptions.defaults()), progress);
        assertEquals(20, progress.snapshot().filesTotal());
        assertEquals(200, progress.snapshot().bytesTotal());
    }

    @Test
    void aDeepTreePlansWithoutRecursion() throws Exception {
        Path deep = dir.resolve("src");
        for (int i = 0; i < 300; i++) {
            deep = deep.resolve("d");
        }
        Files.createDirectories(deep);
        Trees.file(deep.resolve("leaf"), "x");
        Plan plan = plan(dir.resolve("src"));
        assertEquals(1, plan.fileCount());
        assertEquals(302, plan.entries().size());
    }


    private CopyJob oneFileJob() throws Exception {
        Trees.file(dir.resolve("src/a/one.txt"), "1");
        return new CopyJob(List.of(dir.resolve("src")), dir.resolve("target"), CopyOptions.defaults());
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aCancelStopsTheWalk() throws Exception {
        CopyJob job = oneFileJob();
        JobControl control = new JobControl();
        control.cancel();
        assertThrows(CopyCancelledException.class, () -> JobPlanner.plan(job, new JobProgress(), control));
        assertFalse(Thread.currentThread().isInterrupted(), "the cancel's interrupt is consumed");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aPausedWalkWaitsUntilItIsResumed() throws Exception {
        CopyJob job = oneFileJob();
        JobControl control = new JobControl();
        control.pause();
        CompletableFuture<Plan> walk = CompletableFuture.supplyAsync(() -> {
            try {
                return JobPlanner.plan(job, new JobProgress(), control);
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        });
        Thread.sleep(300);
        assertFalse(walk.isDone(), "the walk waits while paused");
        control.resume();
        assertEquals(1, walk.get(5, TimeUnit.SECONDS).fileCount());
    }
}
