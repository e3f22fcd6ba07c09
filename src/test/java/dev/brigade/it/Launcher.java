package dev.brigade.it;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Runs the linked launcher, target/image/bin/brigade, as a user would. */
final class Launcher {
    static final Path PATH = Path.of(System.getProperty("brigade.launcher", "target/image/bin/brigade")).toAbsolutePath();

    record Result(int exitCode, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private Launcher() {
    }

    static ProcessBuilder command(String... args) {
        return command(PATH, List.of(args));
    }

    static ProcessBuilder command(Path launcher, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        return builder;
    }

    static Result run(String... args) throws IOException, InterruptedException {
        return finish(command(args).start(), 300);
    }

    static Result finish(Process process, int timeoutSeconds) throws IOException, InterruptedException {
        process.getOutputStream().close();
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        Thread drainOut = drain(process.getInputStream(), out);
        Thread drainErr = drain(process.getErrorStream(), err);
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("brigade did not finish in " + timeoutSeconds + " s");
        }
        drainOut.join();
        drainErr.join();
        return new Result(process.exitValue(), out.toString(), err.toString());
    }

    private static Thread drain(InputStream in, StringBuilder into) {
        Thread thread = new Thread(() -> {
            try {
                into.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                into.append("<unreadable: ").append(e).append('>');
            }
        });
        thread.start();
        return thread;
    }

    static boolean exists() {
        return Files.isExecutable(PATH);
    }

    /** Runs a shell command line, for the few things only a shell does conveniently; returns its output. */
    static String sh(String script) throws IOException, InterruptedException {
        Result result = finish(new ProcessBuilder("sh", "-c", script).start(), 120);
        if (result.exitCode() != 0) {
            throw new AssertionError("sh -c '" + script + "' failed: " + result.err());
        }
        return result.out();
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Free bytes where the tests put their files. */
    static long usableSpace(Path dir) throws IOException {
        return Files.getFileStore(dir).getUsableSpace();
    }

    static long countFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }
}
