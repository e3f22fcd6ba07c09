package dev.brigade.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fault 9: 200,000 files with the heap held to 256 MiB; the job finishes and its memory stays bounded. */
class ScaleIT {
    private static final int FILES = 200_000;

    @TempDir
    Path dir;

    @Test
    void twoHundredThousandFilesCopyWithinA256MebibyteHeap() throws Exception {
        byte[] data = "small file\n".getBytes();
        for (int i = 0; i < FILES; i++) {
            Path folder = dir.resolve("src/d" + (i % 200));
            if (i < 200) {
                Files.createDirectories(folder);
            }
            Files.write(folder.resolve("f" + i), data);
        }
        ProcessBuilder copy = Launcher.command("copy", "--no-fsync", dir.resolve("src").toString(), dir.resolve("dst").toString());
        copy.environment().put("BRIGADE_JAVA_OPTIONS", "-Xmx256m");
        long start = System.nanoTime();
        Process process = copy.start();
        long peakKb = 0;
        Path status = Path.of("/proc/" + process.pid() + "/status");
        while (process.isAlive()) {
            try {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmHWM:")) {
                        peakKb = Math.max(peakKb, Long.parseLong(line.replaceAll("\\D", "")));
                    }
                }
            } catch (java.io.IOException e) {
                break; // the process ended between the check and the read
            }
            process.waitFor(200, TimeUnit.MILLISECONDS);
        }
        Launcher.Result result = Launcher.finish(process, 600);
        double seconds = (System.nanoTime() - start) / 1e9;

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().startsWith("copied 200,000, skipped 0, failed 0"), result.out());
        assertEquals(FILES, Launcher.countFiles(dir.resolve("dst")));
        assertTrue(peakKb < 450 * 1024, "peak RSS " + peakKb / 1024 + " MiB");
        System.out.printf("scale: %,d files in %.1f s under -Xmx256m, peak RSS %d MiB%n", FILES, seconds, peakKb / 1024);
    }
}
