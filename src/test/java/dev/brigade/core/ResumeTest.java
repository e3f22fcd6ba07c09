package dev.brigade.core;

import static dev.brigade.core.Trees.file;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A resumed job keeps what an interrupted one already did, and only what it can prove is right. */
class ResumeTest {
    private static final int MIB = 1024 * 1024;

    @TempDir
    Path dir;

    /** Resumes a job that ran with the sync policy. */
    private static CopyOptions resuming() {
        return CopyOptions.defaults().withPolicy(Policy.SYNC).resuming();
    }

    /** Writes the first {@code length} bytes of {@code source} where an interrupted copy would have left them. */
    private Path partial(Path source, Path target, int length) throws Exception {
        BasicFileAttributes a = Files.readAttributes(source, BasicFileAttributes.class);
        Files.createDirectories(target.getParent());
        Path partial = target.getParent().resolve(TempFiles.nameFor(target.getFileName(),
                TempFiles.version(a.size(), a.lastModifiedTime())));
        return Files.write(partial, Arrays.copyOf(Files.readAllBytes(source), length));
    }

    @Test
    void aVerifiedPartialIsContinuedAndOnlyTheRestIsWritten() throws Exception {
        Path source = Trees.randomFile(dir.resolve("src/video.bin"), 40 * MIB, 1);
        Path target = dir.resolve("dst/video.bin");
        partial(source, target, 24 * MIB);

        JobReport report = Jobs.run(resuming(), dir.resolve("dst"), source).report();

        assertEquals(1, report.copied());
        assertEquals(16L * MIB, report.bytesCopied(), "only the missing 16 MiB were written");
        assertArrayEquals(Files.readAllBytes(source), Files.readAllBytes(target));
        assertEquals(List.of(), Trees.temporaryFiles(dir));
    }

    @Test
    void aVerifiedPartialIsContinuedWhenTheCopyIsVerifiedToo() throws Exception {
        Path source = Trees.randomFile(dir.resolve("src/video.bin"), 20 * MIB, 2);
        Path target = dir.resolve("dst/video.bin");
        partial(source, target, 5 * MIB);
        JobReport report = Jobs.run(resuming().withVerify(true), dir.resolve("dst"), source).report();
        assertEquals(15L * MIB, report.bytesCopied());
        assertArrayEquals(Files.readAllBytes(source), Files.readAllBytes(target));
    }

    @Test
    void aDamagedPartialIsNeverBuiltOn() throws Exception {
        Path source = Trees.randomFile(dir.resolve("src/video.bin"), 20 * MIB, 3);
        Path target = dir.resolve("dst/video.bin");
        Path partial = partial(source, target, 12 * MIB);
        byte[] damaged = Files.readAllBytes(partial);
        damaged[7 * MIB] ^= 0x40;
        Files.write(partial, damaged);

        JobReport report = Jobs.run(resuming(), dir.resolve("dst"), source).report();

        assertEquals(20L * MIB, report.bytesCopied(), "copied again from the start");
        assertArrayEquals(Files.readAllBytes(source), Files.readAllBytes(target));
        assertEquals(List.of(), Trees.temporaryFiles(dir));
    }

    @Test
    void aPartialOfAnOlderVersionOfTheSourceIsDiscarded() throws Exception {
        Path source = Trees.randomFile(dir.resolve("src/video.bin"), 20 * MIB, 4);
        Path target = dir.resolve("dst/video.bin");
        partial(source, target, 12 * MIB);
        Files.setLastModifiedTime(source, java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L));

        JobReport report = Jobs.run(resuming(), dir.resolve("dst"), source).report();

        assertEquals(20L * MIB, report.bytesCopied());
        assertEquals(List.of(), Trees.temporaryFiles(dir));
    }

    @Test
    void aCancelledResumableJobKeepsTheBigPartialAndTheNextResumeFinishesIt() throws Exception {
        Path source = Trees.randomFile(dir.resolve("src/video.bin"), 32 * MIB, 5);
        Path target = file(dir.resolve("dst/video.bin"), "old");
        JobControl control = new JobControl();
        long[] seen = {0};
        JobListener cancelHalfway = new JobListener() {
            @Override
            public void bytesCopied(long bytes) {
                seen[0] += bytes;
                if (seen[0] >= 12L * MIB) {
                    control.cancel();
                }
            }
        };
        CopyOptions slowResume = resuming().withLimit(64L * MIB);
        assertTrue(Jobs.run(control, cancelHalfway, slowResume, dir.resolve("dst"), source).report().cancelled());
        assertEquals("old", Files.readString(target), "the old target is untouched");
        assertEquals(1, Trees.temporaryFiles(dir).size(), "the partial is kept for the resume");

        JobReport resumed = Jobs.run(resuming(), dir.resolve("dst"), source).report();

        assertTrue(resumed.bytesCopied() <= 20L * MIB + ByteCopy.TRANSFER_CHUNK, "wrote " + resumed.bytesCopied());
        assertArrayEquals(Files.readAllBytes(source), Files.readAllBytes(target));
        assertEquals(List.of(), Trees.temporaryFiles(dir));
    }

    @Test
    void filesAlreadyCompleteAreSkippedByTheQuickCheck() throws Exception {
        Path src = dir.resolve("src");
        file(src.resolve("a"), "a");
        file(src.resolve("b"), "b");
        Jobs.run(CopyOptions.defaults(), dir.resolve("dst"), src);
        JobReport resumed = Jobs.run(resuming(), dir.resolve("dst"), src).report();
        assertEquals(2, resumed.skipped());
        assertEquals(0, resumed.copied());
    }

    @Test
    void resumingKeepsSkipAndSyncAndTurnsOverwriteIntoSync() {
        assertEquals(Policy.SKIP, CopyOptions.defaults().resuming().policy());
        assertEquals(Policy.SYNC, CopyOptions.defaults().withPolicy(Policy.SYNC).resuming().policy());
        assertEquals(Policy.SYNC, CopyOptions.defaults().withPolicy(Policy.OVERWRITE).resuming().policy());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new CopyOptions(Policy.OVERWRITE, CopyOptions.DEFAULT_BUFFER, false, true, 0, true));
    }

    @Test
    void aResumedSkipJobKeepsATargetThatDiffersFromItsSource() throws Exception {
        Path src = dir.resolve("src");
        file(src.resolve("notes.txt"), "the source's version");
        Path kept = file(dir.resolve("dst/src/notes.txt"), "the user's own, older version");
        JobReport resumed = Jobs.run(CopyOptions.defaults().resuming(), dir.resolve("dst"), src).report();
        assertEquals(1, resumed.skipped());
        assertEquals("the user's own, older version", Files.readString(kept));
    }

    @Test
    void aFinishedResumeRemovesThePartialsItDidNotContinue() throws Exception {
        Path src = dir.resolve("src");
        Path small = file(src.resolve("sub/small.txt"), "small");
        Path partial = partial(small, dir.resolve("dst/src/sub/small.txt"), 2);
        assertTrue(Files.exists(partial));

        JobReport resumed = Jobs.run(resuming(), dir.resolve("dst"), src).report();

        assertEquals(1, resumed.copied());
        assertEquals(List.of(), Trees.temporaryFiles(dir));
    }
}
