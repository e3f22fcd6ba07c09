package dev.brigade.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brigade.core.Trees;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fault 5: files that are not plain files, or not what their size says. */
class OddFilesIT {
    @TempDir
    Path dir;

    @Test
    void aFifoIsSkippedAndNeverBlocks() throws Exception {
        Files.createDirectories(dir.resolve("src"));
        Launcher.sh("mkfifo '" + dir.resolve("src/pipe") + "'");
        Trees.file(dir.resolve("src/file.txt"), "file");
        Launcher.Result result = Launcher.finish(Launcher.command("copy", "--json", dir.resolve("src").toString(),
                dir.resolve("dst").toString()).start(), 30);
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("\"outcome\":\"skipped\",\"bytes\":0,\"reason\":\"special file\""), result.out());
        assertEquals("file", Files.readString(dir.resolve("dst/src/file.txt")));
    }

    @Test
    void aFileWhoseSizeReadsZeroIsCopiedToItsEnd() throws Exception {
        Path proc = Path.of("/proc/version");
        assertEquals(0, Files.size(proc), "the kernel says 0 bytes");
        Launcher.Result result = Launcher.run("copy", proc.toString(), dir.resolve("dst").toString());
        assertEquals(0, result.exitCode(), result.err());
        String copy = Files.readString(dir.resolve("dst/version"));
        assertTrue(copy.startsWith("Linux version"), copy);
        assertEquals(Files.readString(proc), copy);
    }

    @Test
    void aSparseGigabyteWithOneMebibyteOfDataKeepsItsHoles() throws Exception {
        Path sparse = dir.resolve("src/disk.img");
        Files.createDirectories(sparse.getParent());
        try (RandomAccessFile file = new RandomAccessFile(sparse.toFile(), "rw")) {
            file.setLength(1L << 30);
        }
        Launcher.sh("dd if=/dev/urandom of='" + sparse + "' bs=1M count=1 seek=300 conv=notrunc 2>/dev/null");
        Launcher.Result result = Launcher.run("copy", sparse.toString(), dir.resolve("dst").toString());
        assertEquals(0, result.exitCode(), result.err());
        Path copy = dir.resolve("dst/disk.img");
        assertEquals(-1, Files.mismatch(sparse, copy));
        long sourceBlocks = Long.parseLong(Launcher.sh("stat -c %b '" + sparse + "'").strip());
        long copyBlocks = Long.parseLong(Launcher.sh("stat -c %b '" + copy + "'").strip());
        assertTrue(copyBlocks <= sourceBlocks + 64, copyBlocks + " blocks for a source of " + sourceBlocks);
    }

    @Test
    void hardLinksInOneJobBecomeSeparateFilesWithTheSameBytes() throws Exception {
        Path one = Trees.file(dir.resolve("src/one"), "linked");
        Files.createLink(dir.resolve("src/two"), one);
        Launcher.Result result = Launcher.run("copy", dir.resolve("src").toString(), dir.resolve("dst").toString());
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("linked", Files.readString(dir.resolve("dst/src/one")));
        assertEquals("linked", Files.readString(dir.resolve("dst/src/two")));
        assertNotEquals(Files.getAttribute(dir.resolve("dst/src/one"), "unix:ino"),
                Files.getAttribute(dir.resolve("dst/src/two"), "unix:ino"));
        assertEquals(List.of(), Trees.temporaryFiles(dir));
    }
}
