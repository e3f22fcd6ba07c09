package dev.brigade.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The same fuzz through the real launcher, where a stack trace could also come from the JVM itself. */
class CommandLineFuzzIT {
    private static final Path LAUNCHER = Path.of(System.getProperty("brigade.launcher", "target/image/bin/brigade"));

    @Test
    void theLauncherAnswersMalformedCommandLinesWithOneLineAndExitTwo() throws Exception {
        int run = 0;
        for (String[] args : CommandLineFuzzTest.cases(200, 7L)) {
            if (Arrays.stream(args).anyMatch(a -> a.indexOf('\0') >= 0) || run++ >= 40) {
                continue; // a NUL cannot pass through exec at all
            }
            List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
            command.addAll(Arrays.asList(args));
            Process process = new ProcessBuilder(command).start();
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(60, TimeUnit.SECONDS);
            String shown = Arrays.toString(args);
            assertEquals(2, process.exitValue(), shown + " -> " + err);
            assertEquals(0, out.length, shown);
            assertEquals(1, err.lines().count(), shown + " -> " + err);
            assertFalse(err.contains("Exception") || err.contains("\tat "), shown + " -> " + err);
        }
    }
}
