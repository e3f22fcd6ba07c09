package dev.brigade.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the linked launcher, target/image/bin/brigade, as a user would. */
final class Launcher {
    static final Path PATH = Path.of(System.getProperty("brigade.launcher", "target/image/bin/brigade")).toAbsolutePath();

    record Result(int exitCode, String out, String err) {
    }

    private Launcher() {
    }

    static ProcessBuilder command(String... args) {
        List<String> command = new ArrayList<>();
        command.add(PATH.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        return builder;
    }

    static Result run(String... args) throws IOException, InterruptedException {
        return finish(command(args).start(), 120);
    }

    static Result finish(Process process, int timeoutSeconds) throws IOException, InterruptedException {
        process.getOutputStream().close();
        var out = process.getInputStream();
        var err = process.getErrorStream();
        var outText = new StringBuilder();
        var errText = new StringBuilder();
        Thread drainOut = new Thread(() -> outText.append(read(out)));
        Thread drainErr = new Thread(() -> errText.append(read(err)));
        drainOut.start();
        drainErr.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("brigade did not finish in " + timeoutSeconds + " s");
        }
        drainOut.join();
        drainErr.join();
        return new Result(process.exitValue(), outText.toString(), errText.toString());
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    static boolean exists() {
        return Files.isExecutable(PATH);
    }
}
