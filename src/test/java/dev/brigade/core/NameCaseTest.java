package dev.brigade.core;

import static dev.brigade.core.Trees.file;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a disk that takes {@code Readme} and {@code README} for one name, a new file must never be renamed
 * over what is there. This machine's disks tell case apart, so the job is told its target ignores case,
 * and the colliding file is made to appear at the moment the copy starts, as a same-named sibling would.
 */
class NameCaseTest {
    @TempDir
    Path dir;

    private JobReport runIgnoringCase(Path target, Path collision, Path source) throws Exception {
        ChannelHooks caseless = new ChannelHooks() {
            @Override
            public FileChannel source(FileChannel channel) {
                try {
                    file(collision, "written first under another case");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return channel;
            }

            @Override
            public boolean namesIgnoreCase(Path folder) {
                return true;
            }
        };
        CopyJob job = new CopyJob(List.of(source), target, CopyOptions.defaults());
        Plan plan = JobPlanner.plan(job, new JobProgress());
        return new JobRunner(plan, new JobProgress(), JobListener.NONE, new JobControl(), caseless).run();
    }

    @Test
    void aNewFileIsNeverRenamedOverANameTakenMeanwhile() throws Exception {
        Path source = file(dir.resolve("src/README"), "the second file");
        Path taken = dir.resolve("dst/src/README");

        JobReport report = runIgnoringCase(dir.resolve("dst"), taken, dir.resolve("src"));

        assertEquals(1, report.failed());
        assertEquals(JobRunner.NAME_TAKEN, report.failures().get(0).reason());
        assertEquals(source, report.failures().get(0).source());
        assertEquals("written first under another case", Files.readString(taken));
        assertEquals(List.of(), Trees.temporaryFiles(dir));
    }

    @Test
    void theRenameWithoutReplaceRefusesAnExistingTarget() throws Exception {
        Path temp = file(dir.resolve("temp"), "new");
        Path target = file(dir.resolve("target"), "old");
        assertThrows(FileAlreadyExistsException.class, () -> TempFile.moveIntoPlace(temp, target, false));
        assertEquals("old", Files.readString(target));
    }

    @Test
    void thisMachinesTemporaryFolderTellsCaseApartAndTheProbeLeavesNothing() throws Exception {
        assertFalse(NameCase.ignoredIn(dir));
        try (var listing = Files.list(dir)) {
            assertEquals(0, listing.count());
        }
    }
}
