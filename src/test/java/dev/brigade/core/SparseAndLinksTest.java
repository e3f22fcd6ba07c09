package dev.brigade.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparseAndLinksTest {
    private static final int MIB = 1024 * 1024;

    @TempDir
    Path dir;

    /** Allocated 512-byte blocks, as stat(1) reports them: Java has no way to ask. */
    private static long blocks(Path path) throws Exception {
        Process stat = new ProcessBuilder("stat", "-c", "%b", path.toString()).start();
        String out = new String(stat.getInputStream().readAllBytes()).strip();
        assertEquals(0, stat.waitFor());
        return Long.parseLong(out);
    }

    private Path sparse(Path path, long size, int dataAt) throws Exception {
        Files.createDirectories(path.getParent());
        byte[] data = new byte[MIB];
        new Random(1).nextBytes(data);
        try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw")) {
            file.setLength(size);
            file.seek(dataAt);
            file.write(data);
        }
        return path;
    }

    @Test
    void aSparseFileKeepsItsHoles() throws Exception {
        Path source = sparse(dir.resolve("src/disk.img"), 256L * MIB, 100 * MIB);
        for (boolean verify : new boolean[] {false, true}) {
            Path target = dir.resolve("dst-" + verify);
            Jobs.run(CopyOptions.defaults().withVerify(verify), target, source);
            Path copy = target.resolve("disk.img");
            assertEquals(-1, Files.mismatch(source, copy));
            assertTrue(blocks(copy) <= blocks(source) + 16, "verify=" + verify + ": " + blocks(copy) + " blocks for a source of "
                    + blocks(source));
        }
    }

    @Test
    void aSparseFileEndingInAHoleKeepsItsLength() throws Exception {
        Path source = sparse(dir.resolve("src/tail.img"), 64L * MIB, 0);
        Jobs.run(CopyOptions.defaults(), dir.resolve("dst"), source);
        assertEquals(64L * MIB, Files.size(dir.resolve("dst/tail.img")));
        assertEquals(-1, Files.mismatch(source, dir.resolve("dst/tail.img")));
    }

    @Test
    void hardLinksInOneJobBecomeIndependentCopies() throws Exception {
        Path one = Trees.file(dir.resolve("src/one.txt"), "shared content");
        Files.createLink(dir.resolve("src/two.txt"), one);
        JobReport report = Jobs.run(CopyOptions.defaults(), dir.resolve("dst"), dir.resolve("src")).report();
        assertEquals(2, report.copied());
        Path a = dir.resolve("dst/src/one.txt");
        Path b = dir.resolve("dst/src/two.txt");
        assertEquals("shared content", Files.readString(a));
        assertEquals("shared content", Files.readString(b));
        assertNotEquals(Files.getAttribute(a, "unix:ino"), Files.getAttribute(b, "unix:ino"), "two files, not one");
        assertEquals(1, (int) Files.getAttribute(a, "unix:nlink"));
    }
}
