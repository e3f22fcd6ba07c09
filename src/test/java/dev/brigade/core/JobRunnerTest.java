package dev.brigade.core;

import static dev.brigade.core.Trees.file;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class JobRunnerTest {
    @TempDir
    Path dir;

    @AfterEach
    void noTemporaryFileIsLeftBehind() throws Exception {
        assertEquals(List.of(), Trees.temporaryFiles(dir));
    }

    @Test
    void copiesATreeWithLinksEmptyFilesAndEmptyFolders() throws Exception {
        Path src = dir.resolve("src");
        file(src.resolve("a.txt"), "alpha");
        file(src.resolve("deep/er/b.txt"), "beta");
        file(src.resolve("empty.txt"), "");
        Files.createDirectories(src.resolve("empty-folder"));
        Files.createSymbolicLink(src.resolve("relative-link"), Path.of("a.txt"));
        Files.createSymbolicLink(src.resolve("dangling-link"), Path.of("/no/such/place"));
        Trees.randomFile(src.resolve("big.bin"), 3_000_000, 7);

        Jobs.Result result = Jobs.run(CopyOptions.defaults(), dir.resolve("target"), src);

        Trees.assertSameTree(src, dir.resolve("target/src"));
        assertEquals(6, result.report().copied());
        assertEquals(0, result.report().failed());
        assertEquals(3_000_009, result.report().bytesCopied());
        assertFalse(result.report().cancelled());
    }

    @Test
    void copiesKeepTheSourcesModificationTimeAndPermissions() throws Exception {
        Path src = dir.resolve("src");
        Path a = file(src.resolve("sub/a.sh"), "#!/bin/sh\n");
        FileTime old = FileTime.from(Instant.parse("2001-02-03T04:05:06.123456789Z"));
        Files.setPosixFilePermissions(a, PosixFilePermissions.fromString("rwxr-x---"));
        Files.setLastModifiedTime(a, old);
        Files.setPosixFilePermissions(src.resolve("sub"), PosixFilePermissions.fromString("rwx--x---"));
        Files.setLastModifiedTime(src.resolve("sub"), old);

        for (boolean fsync : new boolean[] {true, false}) {
            Path target = dir.resolve("target-" + fsync);
            Jobs.run(CopyOptions.defaults().withFsync(fsync), target, src);
            Path copy = target.resolve("src/sub/a.sh");
            assertEquals(old, Files.getLastModifiedTime(copy));
            assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(copy)));
            assertEquals(old, Files.getLastModifiedTime(target.resolve("src/sub")));
            assertEquals("rwx--x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(target.resolve("src/sub"))));
        }
    }

    @Test
    void skipPolicyKeepsAnExistingTarget() throws Exception {
        Path source = file(dir.resolve("src/a.txt"), "new");
        Path target = file(dir.resolve("dst/a.txt"), "old");
        Jobs.Result result = Jobs.run(CopyOptions.defaults().withPolicy(Policy.SKIP), dir.resolve("dst"), source);
        assertEquals("old", Files.readString(target));
        assertEquals(Outcome.SKIPPED, result.outcomeFor(source).outcome());
        assertEquals("target exists", result.outcomeFor(source).reason());
    }

    @Test
    void overwritePolicyReplacesAnExistingTarget() throws Exception {
        Path source = file(dir.resolve("src/a.txt"), "new content");
        Path target = file(dir.resolve("dst/a.txt"), "old");
        Jobs.Result result = Jobs.run(CopyOptions.defaults().withPolicy(Policy.OVERWRITE), dir.resolve("dst"), source);
        assertEquals("new content", Files.readString(target));
        assertEquals(Outcome.COPIED, result.outcomeFor(source).outcome());
    }

    @Test
    void syncPolicyReplacesOnlyWhenSizeOrWholeSecondsDiffer() throws Exception {
        FileTime time = FileTime.from(Instant.parse("2020-01-01T00:00:00.250Z"));
        Path sameQuick = file(dir.resolve("src/same.txt"), "AAAA");
        Path newer = file(dir.resolve("src/newer.txt"), "BBBB");
        Path longer = file(dir.resolve("src/longer.txt"), "CCCCCC");
        for (Path p : List.of(sameQuick, newer, longer)) {
            Files.setLastModifiedTime(p, time);
        }
        Path dst = dir.resolve("dst");
        file(dst.resolve("same.txt"), "xxxx");
        Files.setLastModifiedTime(dst.resolve("same.txt"), FileTime.from(Instant.parse("2020-01-01T00:00:00.900Z")));
        file(dst.resolve("newer.txt"), "xxxx");
        Files.setLastModifiedTime(dst.resolve("newer.txt"), FileTime.from(Instant.parse("2020-01-01T00:00:01Z")));
        file(dst.resolve("longer.txt"), "xxxx");
        Files.setLastModifiedTime(dst.resolve("longer.txt"), time);

        Jobs.Result result = Jobs.run(CopyOptions.defaults().withPolicy(Policy.SYNC), dst, sameQuick, newer, longer);

        assertEquals("xxxx", Files.readString(dst.resolve("same.txt")), "same size and second: untouched");
        assertEquals("BBBB", Files.readString(dst.resolve("newer.txt")));
        assertEquals("CCCCCC", Files.readString(dst.resolve("longer.txt")));
        assertEquals("up to date", result.outcomeFor(sameQuick).reason());
        assertEquals(2, result.report().copied());
    }

    @Test
    void aSecondSyncRunCopiesNothing() throws Exception {
        Path src = dir.resolve("src");
        for (int i = 0; i < 30; i++) {
            file(src.resolve("d" + (i % 3) + "/f" + i), "content " + i);
        }
        Files.createSymbolicLink(src.resolve("link"), Path.of("d0"));
        CopyOptions sync = CopyOptions.defaults().withPolicy(Policy.SYNC);
        assertEquals(31, Jobs.run(sync, dir.resolve("dst"), src).report().copied());
        Jobs.Result second = Jobs.run(sync, dir.resolve("dst"), src);
        assertEquals(0, second.report().copied());
        assertEquals(31, second.report().skipped());
    }

    @Test
    void oneFailedFileDoesNotStopTheJob() throws Exception {
        Path src = dir.resolve("src");
        file(src.resolve("1.txt"), "one");
        file(src.resolve("2.txt"), "two");
        file(src.resolve("3.txt"), "three");
        Path dst = dir.resolve("dst");
        Files.createDirectories(dst.resolve("src/2.txt"));

        Jobs.Result result = Jobs.run(CopyOptions.defaults(), dst, src);

        assertEquals(2, result.report().copied());
        assertEquals(1, result.report().failed());
        FileOutcome failure = result.report().failures().get(0);
        assertEquals(src.resolve("2.txt"), failure.source());
        assertTrue(failure.reason().contains("folder of that name is in the way"), failure.reason());
        assertEquals("three", Files.readString(dst.resolve("src/3.txt")));
    }

    @Test
    void aFileInTheWayOfAFolderFailsThatFolderAndEverythingInIt() throws Exception {
        Path src = dir.resolve("src");
        file(src.resolve("sub/a"), "a");
        file(src.resolve("sub/b"), "b");
        file(src.resolve("z"), "z");
        file(dir.resolve("dst/src/sub"), "I am a file");
        Jobs.Result result = Jobs.run(CopyOptions.defaults().withPolicy(Policy.OVERWRITE), dir.resolve("dst"), src);
        assertEquals("I am a file", Files.readString(dir.resolve("dst/src/sub")));
        assertEquals(3, result.report().failed(), "the folder and its two files");
        assertEquals(1, result.report().copied());
    }

    @Test
    void aLinkInTheTargetIsNeverWrittenThrough() throws Exception {
        Path src = dir.resolve("src");
        file(src.resolve("sub/payload"), "x");
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.createDirectories(dir.resolve("dst/src"));
        Files.createSymbolicLink(dir.resolve("dst/src/sub"), elsewhere);
        Jobs.Result result = Jobs.run(CopyOptions.defaults().withPolicy(Policy.OVERWRITE), dir.resolve("dst"), src);
        assertEquals(List.of(Path.of("")), Trees.listing(elsewhere), "nothing written through the link");
        assertTrue(result.report().failures().get(0).reason().contains("symbolic link"));
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aFifoIsSkippedAsSpecialAndNeverBlocks() throws Exception {
        Path src = Files.createDirectories(dir.resolve("src"));
        assertEquals(0, new ProcessBuilder("mkfifo", src.resolve("pipe").toString()).start().waitFor());
        file(src.resolve("after.txt"), "after");
        Jobs.Result result = Jobs.run(CopyOptions.defaults(), dir.resolve("dst"), src);
        FileOutcome pipe = result.outcomeFor(src.resolve("pipe"));
        assertEquals(Outcome.SKIPPED, pipe.outcome());
        assertEquals("special file", pipe.reason());
        assertFalse(Files.exists(dir.resolve("dst/src/pipe"), LinkOption.NOFOLLOW_LINKS));
        assertEquals("after", Files.readString(dir.resolve("dst/src/after.txt")));
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aLinkLoopIsCopiedAsLinks() throws Exception {
        Path src = Files.createDirectories(dir.resolve("src"));
        Files.createSymbolicLink(src.resolve("up"), Path.of(".."));
        Files.createSymbolicLink(src.resolve("me"), Path.of("me"));
        Jobs.run(CopyOptions.defaults(), dir.resolve("dst"), src);
        assertEquals(Path.of(".."), Files.readSymbolicLink(dir.resolve("dst/src/up")));
        assertEquals(Path.of("me"), Files.readSymbolicLink(dir.resolve("dst/src/me")));
    }

    @Test
    void oddNamesAreCopiedUnchanged() throws Exception {
        Path src = dir.resolve("src");
        List<String> names = List.of("with space.txt", "new\nline", "-leading-dash", "back\\slash", "café ünïcode", "emoji 🚀.txt",
                "x".repeat(255));
        for (String name : names) {
            file(src.resolve(name), name);
        }
        Jobs.Result result = Jobs.run(CopyOptions.defaults(), dir.resolve("dst"), src);
        assertEquals(names.size(), result.report().copied());
        for (String name : names) {
            assertEquals(name, Files.readString(dir.resolve("dst/src").resolve(name)));
        }
    }

    @Test
    void aSourceThatVanishedAfterPlanningFailsAndTheJobGoesOn() throws Exception {
        Path src = dir.resolve("src");
        Path gone = file(src.resolve("gone.txt"), "soon gone");
        file(src.resolve("stays.txt"), "stays");
        Plan plan = JobPlanner.plan(new CopyJob(List.of(src), dir.resolve("dst"), CopyOptions.defaults()), new JobProgress());
        Files.delete(gone);
        JobReport report = new JobRunner(plan, new JobProgress(), JobListener.NONE, new JobControl()).run();
        assertEquals(1, report.failed());
        assertEquals("source vanished", report.failures().get(0).reason());
        assertEquals("stays", Files.readString(dir.resolve("dst/src/stays.txt")));
    }

    @Test
    void staleTemporaryFilesInTheTargetAreRemovedButLiveOnesAreKept() throws Exception {
        Path source = file(dir.resolve("src/a.txt"), "a");
        Path dst = Files.createDirectories(dir.resolve("dst"));
        Path stale = file(dst.resolve(".a.txt.brigade-0000abcd-x1y2.part"), "half written by a killed run");
        Path live = file(dst.resolve(".b.txt.brigade-1111abcd-z9z9.part"), "being written right now");
        try (var channel = java.nio.channels.FileChannel.open(live, java.nio.file.StandardOpenOption.WRITE);
             var lock = channel.lock()) {
            Jobs.run(CopyOptions.defaults(), dst, source);
            assertFalse(Files.exists(stale), "stale file removed");
            assertTrue(Files.exists(live), "a file another copy holds is kept");
        }
        Files.delete(live);
        assertEquals("a", Files.readString(dst.resolve("a.txt")));
    }

    @Test
    void newFilesGetTheirTimeOnlyAfterTheirBatchIsFlushed() throws Exception {
        Path src = dir.resolve("src");
        FileTime old = FileTime.from(Instant.parse("2010-05-05T05:05:05Z"));
        for (int i = 0; i < DeferredFlush.MAX_FILES + 5; i++) {
            Files.setLastModifiedTime(file(src.resolve("f" + i), "x"), old);
        }
        Jobs.Result result = Jobs.run(CopyOptions.defaults(), dir.resolve("dst"), src);
        assertEquals(DeferredFlush.MAX_FILES + 5, result.report().copied());
        for (int i = 0; i < DeferredFlush.MAX_FILES + 5; i++) {
            assertEquals(old, Files.getLastModifiedTime(dir.resolve("dst/src/f" + i)));
        }
    }

    @Test
    void aRetryCopiesEachFailedFileToWhereItWasMeantToGo() throws Exception {
        Path src = dir.resolve("src");
        file(src.resolve("a/deep/x.txt"), "x");
        file(src.resolve("a/deep/y.txt"), "y");
        file(src.resolve("b.txt"), "b");
        Path dst = dir.resolve("dst");
        Files.createDirectories(dst.resolve("src/a/deep/x.txt"));
        Files.createDirectories(dst.resolve("src/b.txt"));
        JobReport first = Jobs.run(CopyOptions.defaults(), dst, src).report();
        assertEquals(2, first.failed());
        Files.delete(dst.resolve("src/a/deep/x.txt"));
        Files.delete(dst.resolve("src/b.txt"));

        CopyJob retry = CopyJob.retryOf(first.failures(), dst, CopyOptions.defaults());
        JobReport second = new JobRunner(JobPlanner.plan(retry, new JobProgress()), new JobProgress(), JobListener.NONE,
                new JobControl()).run();

        assertEquals(2, second.copied());
        assertEquals(0, second.failed());
        Trees.assertSameTree(src, dst.resolve("src"));
    }

    @Test
    void aRetryIntoAFolderThatNoLongerExistsRecreatesItsParents() throws Exception {
        Path source = file(dir.resolve("src/a/deep/x.txt"), "x");
        Path dst = dir.resolve("dst");
        FileOutcome failed = FileOutcome.failed(source, dst.resolve("src/a/deep/x.txt"), "earlier failure");
        JobReport report = new JobRunner(JobPlanner.plan(CopyJob.retryOf(List.of(failed), dst, CopyOptions.defaults()),
                new JobProgress()), new JobProgress(), JobListener.NONE, new JobControl()).run();
        assertEquals(1, report.copied());
        assertEquals("x", Files.readString(dst.resolve("src/a/deep/x.txt")));
    }

    @Test
    void aLimitedCopyIsNeverFasterThanItsLimit() throws Exception {
        Path source = Trees.randomFile(dir.resolve("src/limited.bin"), 600 * 1024, 9);
        long start = System.nanoTime();
        Jobs.Result result = Jobs.run(CopyOptions.defaults().withLimit(1024 * 1024), dir.resolve("dst"), source);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(1, result.report().copied());
        assertTrue(seconds >= 0.5, "600 KiB at 1 MiB/s took " + seconds + " s");
    }
}
