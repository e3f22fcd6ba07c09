package dev.brigade.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brigade.Version;
import dev.brigade.core.Trees;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The linked launcher, run as a process the way scripts and benchmarks run it. */
class LauncherIT {
    @TempDir
    Path dir;

    @BeforeAll
    static void theLauncherWasBuilt() {
        assertTrue(Launcher.exists(), "mvn package builds " + Launcher.PATH);
    }

    @Test
    void versionAnswersWithoutADisplayBecauseJavaFxIsNotStarted() throws Exception {
        Launcher.Result result = Launcher.run("--version");
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("brigade " + Version.get() + "\n", result.out());
        assertEquals("", result.err());
    }

    @Test
    void copiesARealTreeThatDiffFindsIdentical() throws Exception {
        Path src = dir.resolve("tree");
        Random random = new Random(42);
        for (int i = 0; i < 300; i++) {
            byte[] bytes = new byte[random.nextInt(70_000)];
            random.nextBytes(bytes);
            Path file = src.resolve("d" + (i % 17)).resolve("e" + (i % 5)).resolve("file " + i + ".bin");
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        }
        Files.createSymbolicLink(src.resolve("link-to-d1"), Path.of("d1"));
        Files.createDirectories(src.resolve("empty"));

        Launcher.Result result = Launcher.run("copy", src.toString(), dir.resolve("out").toString());

        assertEquals(0, result.exitCode(), result.err());
        Process diff = new ProcessBuilder("diff", "-r", "--no-dereference", src.toString(), dir.resolve("out/tree").toString())
                .redirectErrorStream(true).start();
        Launcher.Result diffResult = Launcher.finish(diff, 60);
        assertEquals(0, diffResult.exitCode(), diffResult.out());
        assertTrue(result.out().startsWith("copied 301, skipped 0, failed 0"), result.out());
    }

    @Test
    void sigintMidCopyExits130RemovesTheTemporaryFileAndPrintsTheSummary() throws Exception {
        Path source = dir.resolve("src/big.bin");
        Files.createDirectories(source.getParent());
        try (RandomAccessFile file = new RandomAccessFile(source.toFile(), "rw")) {
            file.setLength(1024L * 1024 * 1024);
        }
        Path target = Files.createDirectories(dir.resolve("dst"));
        Process process = Launcher.command("copy", "--verify", source.toString(), target.toString()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (Trees.partialsOf(target, "big.bin").isEmpty() && System.nanoTime() < deadline && process.isAlive()) {
            Thread.sleep(2);
        }
        assertTrue(process.isAlive(), "still copying when interrupted");
        new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();

        Launcher.Result result = Launcher.finish(process, 60);

        assertEquals(130, result.exitCode(), result.err());
        assertTrue(result.out().startsWith("interrupted: copied 0, skipped 0, failed 0"), result.out());
        assertEquals(List.of(), Trees.temporaryFiles(target));
        assertEquals(List.of(Path.of("")), Trees.listing(target));
    }
}
