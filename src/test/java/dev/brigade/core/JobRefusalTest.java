package dev.brigade.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every job that must not start is refused before anything is written, with a message naming the path. */
class JobRefusalTest {
    @TempDir
    Path dir;

    private JobRefusedException refusal(Path target, Path... sources) {
        CopyJob job = new CopyJob(List.of(sources), target, CopyOptions.defaults());
        return assertThrows(JobRefusedException.class, () -> JobPlanner.plan(job, new JobProgress()));
    }

    @Test
    void aMissingSourceIsRefused() {
        Path target = dir.resolve("target");
        JobRefusedException e = refusal(target, dir.resolve("nope"));
        assertTrue(e.getMessage().contains("source does not exist") && e.getMessage().contains("nope"), e.getMessage());
        assertFalse(Files.exists(target), "nothing created");
    }

    @Test
    void aFolderCopiedIntoItselfIsRefused() throws IOException {
        Path source = Files.createDirectories(dir.resolve("src"));
        JobRefusedException e = refusal(source, source);
        assertTrue(e.getMessage().contains("into itself"), e.getMessage());
    }

    @Test
    void aFolderCopiedIntoItsOwnSubtreeIsRefusedEvenWhereTheTargetIsNotYetMade() throws IOException {
        Path source = Files.createDirectories(dir.resolve("src/a"));
        Path target = source.resolve("b/c");
        JobRefusedException e = refusal(target, dir.resolve("src"));
        assertTrue(e.getMessage().contains("into itself"), e.getMessage());
        assertFalse(Files.exists(source.resolve("b")), "nothing created");
    }

    @Test
    void aTargetReachedThroughALinkIntoTheSourceIsRefused() throws IOException {
        Path source = Files.createDirectories(dir.resolve("src/inner"));
        Path link = Files.createSymbolicLink(dir.resolve("alias"), source);
        JobRefusedException e = refusal(link, dir.resolve("src"));
        assertTrue(e.getMessage().contains("into itself"), e.getMessage());
    }

    @Test
    void aSourceWhoseTargetIsItselfIsRefused() throws IOException {
        Path source = Trees.file(dir.resolve("a.txt"), "keep me");
        JobRefusedException e = refusal(dir, source);
        assertTrue(e.getMessage().contains("same"), e.getMessage());
        assertEquals("keep me", Files.readString(source));
    }

    @Test
    void aSourceSpelledDifferentlyButTheSameFileIsRefused() throws IOException {
        Path source = Trees.file(dir.resolve("a.txt"), "keep me");
        Path spelledViaLink = Files.createSymbolicLink(dir.resolve("same-dir"), dir);
        JobRefusedException e = refusal(spelledViaLink, source);
        assertTrue(e.getMessage().contains("same"), e.getMessage());
    }

    @Test
    void aHardLinkOfTheSourceAsTargetIsRefused() throws IOException {
        Path source = Trees.file(dir.resolve("src/a.txt"), "keep me");
        Files.createDirectories(dir.resolve("dst"));
        Files.createLink(dir.resolve("dst/a.txt"), source);
        JobRefusedException e = refusal(dir.resolve("dst"), source);
        assertTrue(e.getMessage().contains("same"), e.getMessage());
    }

    @Test
    void twoSourcesWithTheSameNameAreRefused() throws IOException {
        Path one = Trees.file(dir.resolve("one/report.txt"), "1");
        Path two = Trees.file(dir.resolve("two/report.txt"), "2");
        Path target = dir.resolve("target");
        JobRefusedException e = refusal(target, one, two);
        assertTrue(e.getMessage().contains("same name 'report.txt'"), e.getMessage());
        assertFalse(Files.exists(target));
    }

    @Test
    void aTargetThatIsAFileIsRefused() throws IOException {
        Path source = Trees.file(dir.resolve("a.txt"), "a");
        Path target = Trees.file(dir.resolve("target"), "not a folder");
        JobRefusedException e = refusal(target, source);
        assertTrue(e.getMessage().contains("not a folder"), e.getMessage());
        assertEquals("not a folder", Files.readString(target));
    }

    @Test
    void aJobWithoutSourcesIsRefused() {
        JobRefusedException e = refusal(dir.resolve("target"));
        assertTrue(e.getMessage().contains("no sources"), e.getMessage());
    }

    @Test
    void optionValuesOutOfRangeAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> CopyOptions.defaults().withBufferSize(4095));
        assertThrows(IllegalArgumentException.class, () -> CopyOptions.defaults().withBufferSize(64 * 1024 * 1024 + 1));
        assertEquals(4096, CopyOptions.defaults().withBufferSize(4096).bufferSize());
    }
}
