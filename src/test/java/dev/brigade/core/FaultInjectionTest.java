package dev.brigade.core;

import static dev.brigade.core.Trees.file;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A disk that fails partway through never costs an existing file, and never leaves a temporary one. */
class FaultInjectionTest {
    private static final int SIZE = 1_000_000;

    @TempDir
    Path dir;

    @AfterEach
    void noTemporaryFileIsLeftBehind() throws Exception {
        assertEquals(List.of(), Trees.temporaryFiles(dir));
    }

    private JobReport runWith(ChannelHooks hooks, CopyOptions options, Path target, Path... sources) throws Exception {
        Plan plan = JobPlanner.plan(new CopyJob(List.of(sources), target, options), new JobProgress());
        return new JobRunner(plan, new JobProgress(), JobListener.NONE, new JobControl(), hooks).run();
    }

    private static ChannelHooks failing(FaultyChannel.Fault fault) {
        return new ChannelHooks() {
            @Override
            public FileChannel source(FileChannel channel) {
                return fault == FaultyChannel.Fault.READ ? new FaultyChannel(channel, fault, SIZE / 2) : channel;
            }

            @Override
            public FileChannel target(FileChannel channel) {
                return fault == FaultyChannel.Fault.READ ? channel : new FaultyChannel(channel, fault, SIZE / 2);
            }
        };
    }

    @ParameterizedTest
    @EnumSource(value = FaultyChannel.Fault.class, names = {"READ", "WRITE", "FORCE", "CLOSE"})
    void aFailurePartwayKeepsTheOldTargetAndRemovesTheTemporaryFile(FaultyChannel.Fault fault) throws Exception {
        Path source = Trees.randomFile(dir.resolve("src/big.bin"), SIZE, 1);
        Path target = file(dir.resolve("dst/big.bin"), "the old, precious version");
        CopyOptions options = CopyOptions.defaults().withPolicy(Policy.OVERWRITE);

        JobReport report = runWith(failing(fault), options, dir.resolve("dst"), source);

        assertEquals(1, report.failed());
        assertTrue(report.failures().get(0).reason().contains("injected"), report.failures().get(0).reason());
        assertEquals("the old, precious version", Files.readString(target));
    }

    @ParameterizedTest
    @EnumSource(value = FaultyChannel.Fault.class, names = {"READ", "WRITE", "CLOSE"})
    void aFailureOnANewFileLeavesNoTargetAtAll(FaultyChannel.Fault fault) throws Exception {
        Path source = Trees.randomFile(dir.resolve("src/big.bin"), SIZE, 1);
        JobReport report = runWith(failing(fault), CopyOptions.defaults(), dir.resolve("dst"), source);
        assertEquals(1, report.failed());
        assertEquals(List.of(Path.of("")), Trees.listing(dir.resolve("dst")));
    }

    @Test
    void aCorruptedWriteIsCaughtByVerifyAndTheOldTargetStays() throws Exception {
        Path source = Trees.randomFile(dir.resolve("src/big.bin"), SIZE, 1);
        Path target = file(dir.resolve("dst/big.bin"), "old");
        CopyOptions options = CopyOptions.defaults().withPolicy(Policy.OVERWRITE).withVerify(true);

        JobReport report = runWith(failing(FaultyChannel.Fault.CORRUPT), options, dir.resolve("dst"), source);

        assertEquals(1, report.failed());
        assertTrue(report.failures().get(0).reason().startsWith("verification failed"), report.failures().get(0).reason());
        assertEquals("old", Files.readString(target));
    }

    @Test
    void withoutVerifyTheSameCorruptionWouldGoUnnoticed() throws Exception {
        Path source = Trees.randomFile(dir.resolve("src/big.bin"), SIZE, 1);
        JobReport report = runWith(failing(FaultyChannel.Fault.CORRUPT), CopyOptions.defaults(), dir.resolve("dst"), source);
        assertEquals(0, report.failed(), "the control case: only verify catches silent corruption");
        assertTrue(!java.util.Arrays.equals(Files.readAllBytes(source), Files.readAllBytes(dir.resolve("dst/big.bin"))));
    }

    @Test
    void verifiedCopiesAreIdentical() throws Exception {
        Path src = dir.resolve("src");
        Trees.randomFile(src.resolve("a.bin"), SIZE, 2);
        Trees.randomFile(src.resolve("b.bin"), 10, 3);
        file(src.resolve("empty"), "");
        JobReport report = Jobs.run(CopyOptions.defaults().withVerify(true), dir.resolve("dst"), src).report();
        assertEquals(3, report.copied());
        Trees.assertSameTree(src, dir.resolve("dst/src"));
    }

    @Test
    void aFileThatGrowsWhileCopiedFailsAndTheOldTargetStays() throws Exception {
        Path source = Trees.randomFile(dir.resolve("src/log.txt"), (int) ByteCopy.TRANSFER_CHUNK * 2, 4);
        Path target = file(dir.resolve("dst/log.txt"), "old log");
        boolean[] appended = {false};
        JobListener appender = new JobListener() {
            @Override
            public void bytesCopied(long bytes) {
                if (!appended[0]) {
                    appended[0] = true;
                    try {
                        Files.write(source, new byte[4096], java.nio.file.StandardOpenOption.APPEND);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            }
        };
        Jobs.Result result = Jobs.run(new JobControl(), appender, CopyOptions.defaults().withPolicy(Policy.OVERWRITE),
                dir.resolve("dst"), source);
        assertEquals("source changed during copy", result.outcomeFor(source).reason());
        assertEquals("old log", Files.readString(target));
    }

    @Test
    void cancellingMidFileUndoesThatFileAndKeepsItsOldTarget() throws Exception {
        Path src = dir.resolve("src");
        Path first = Trees.randomFile(src.resolve("1-first.bin"), 1000, 5);
        Path big = Trees.randomFile(src.resolve("2-big.bin"), (int) ByteCopy.TRANSFER_CHUNK * 3, 6);
        // big enough for the large lane, so it waits behind 2-big and never starts
        Trees.randomFile(src.resolve("3-never.bin"), (int) JobRunner.LARGE, 7);
        Path dst = dir.resolve("dst");
        Path oldBig = file(dst.resolve("src/2-big.bin"), "old big");
        JobControl control = new JobControl();
        List<Long> chunks = new ArrayList<>();
        JobListener cancelInBig = new JobListener() {
            @Override
            public synchronized void bytesCopied(long bytes) {
                chunks.add(bytes);
                // 1-first runs beside 2-big on the other worker: let it land, then cancel mid-file
                if (bytes > 1000 && !control.isCancelled()) {
                    long deadline = System.nanoTime() + 10_000_000_000L;
                    while (Files.notExists(dst.resolve("src/1-first.bin")) && System.nanoTime() < deadline) {
                        Thread.onSpinWait();
                    }
                    control.cancel();
                }
            }
        };

        Jobs.Result result = Jobs.run(control, cancelInBig, CopyOptions.defaults().withPolicy(Policy.OVERWRITE), dst, src);

        assertTrue(result.report().cancelled());
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(dst.resolve("src/1-first.bin")), "done before the cancel: kept");
        assertEquals("old big", Files.readString(oldBig));
        assertTrue(Files.notExists(dst.resolve("src/3-never.bin")));
        assertEquals(Files.getLastModifiedTime(first), Files.getLastModifiedTime(dst.resolve("src/1-first.bin")),
                "a cancelled job still finishes the files it copied");
        assertTrue(Files.exists(big));
        assertTrue(!Thread.currentThread().isInterrupted(), "the cancel's interrupt does not leak to the caller");
    }

    /** Once every other copy is done, a file that found the disk full gets one more try, alone. */
    @Test
    void aFileThatFoundTheDiskFullIsTriedOnceMoreAtTheEnd() throws Exception {
        Path src = dir.resolve("src");
        Trees.randomFile(src.resolve("unlucky.bin"), SIZE, 8);
        Trees.randomFile(src.resolve("other.bin"), SIZE, 9);
        int[] opened = {0};
        ChannelHooks fullOnce = new ChannelHooks() {
            @Override
            public synchronized FileChannel target(FileChannel channel) {
                // the first file to open a target finds the disk full; every later open succeeds
                return opened[0]++ == 0 ? new FaultyChannel(channel, FaultyChannel.Fault.FULL, SIZE / 2) : channel;
            }
        };

        JobReport report = runWith(fullOnce, CopyOptions.defaults(), dir.resolve("dst"), src);

        assertEquals(2, report.copied(), report.failures().toString());
        assertEquals(3, opened[0], "the unlucky file was written a second time");
        Trees.assertSameTree(src, dir.resolve("dst/src"));
    }

    @Test
    void aFileThatFindsTheDiskFullTwiceFailsOnceWithThatReason() throws Exception {
        Path source = Trees.randomFile(dir.resolve("src/big.bin"), SIZE, 10);
        ChannelHooks alwaysFull = new ChannelHooks() {
            @Override
            public FileChannel target(FileChannel channel) {
                return new FaultyChannel(channel, FaultyChannel.Fault.FULL, SIZE / 2);
            }
        };

        JobReport report = runWith(alwaysFull, CopyOptions.defaults(), dir.resolve("dst"), source);

        assertEquals(1, report.failed());
        assertEquals(List.of("no space left on device"), report.failures().stream().map(FileOutcome::reason).toList());
        assertEquals(List.of(Path.of("")), Trees.listing(dir.resolve("dst")));
    }
}
